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
  /**
   * The member id of ops the server itself makes (e.g. an import between boards). No client
   * gets this id: member ids are derived from member keys (rule J1) and start with {@code m}.
   */
  public static final String SERVER = "server";

  public Actor {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ids, "ids");
  }

  /** True for an op the server made itself, never for a client's op. */
  public boolean isServer() {
    return SERVER.equals(memberId);
  }

  /** An actor with no member identity (tests, server-made changes). */
  public Actor(Role role, String name, Supplier<String> ids) {
    this(role, "", name, ids);
  }
}
