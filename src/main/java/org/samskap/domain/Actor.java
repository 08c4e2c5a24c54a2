package org.samskap.domain;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Who is making an op, as the server established it: the role from the verified token,
 * the member id (one person on one device, stable across reconnects, see rule J1), a
 * display name the person chose, and a source of fresh ids (injected so tests are
 * deterministic).
 */
public record Actor(Role role, String memberId, String name, Supplier<String> ids) {
  public Actor {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ids, "ids");
  }

  /** An actor with no member identity (tests, server-made changes). */
  public Actor(Role role, String name, Supplier<String> ids) {
    this(role, "", name, ids);
  }
}
