package org.samskap.kinds;

import org.samskap.domain.Role;

/**
 * Who is looking at a board: a member (a person on one device, stable across reconnects)
 * with a role. {@link #STORAGE} is the database, which sees everything.
 */
public record Viewer(String memberId, Role role) {
  public static final Viewer STORAGE = new Viewer("", Role.FACILITATOR);

  public boolean isStorage() {
    return this == STORAGE;
  }
}
