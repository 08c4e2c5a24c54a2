package org.samskap.domain;

import java.util.Locale;
import java.util.Optional;

/** The roles a board token can grant. */
public enum Role {
  FACILITATOR,
  PARTICIPANT;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> fromWire(String s) {
    if (s == null) return Optional.empty();
    for (Role r : values()) {
      if (r.wire().equals(s)) return Optional.of(r);
    }
    return Optional.empty();
  }
}
