package org.samskap.domain.projects;

import java.util.Optional;

/**
 * A project member's role (docs/API.md PM2) and what it allows. The table, in one place:
 *
 * <pre>
 *                         owner  facilitator  member  readonly
 *   READ (project, members) x       x          x        x
 *   TICK (checklist items)  x       x          x        -
 *   EDIT (decisions, boards,
 *         templates, export) x      x          -        -
 *   MEMBERS (invite, links,
 *         roles, remove)    x       -          -        -
 *   OWNER_LINK (rotate)     x       -          -        -
 *   DELETE (the project,
 *         D10)              x       -          -        -
 * </pre>
 */
public enum MemberRole {
  OWNER("owner"), FACILITATOR("facilitator"), MEMBER("member"), READONLY("readonly");

  /** What a request wants to do with a project (PM2). */
  public enum Action { READ, TICK, EDIT, MEMBERS, OWNER_LINK, DELETE }

  private final String wire;

  MemberRole(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Optional<MemberRole> fromWire(String s) {
    for (MemberRole r : values()) if (r.wire.equals(s)) return Optional.of(r);
    return Optional.empty();
  }

  /** Rule PM2: whether this role may do {@code a}. */
  public boolean allows(Action a) {
    return switch (a) {
      case READ -> true;
      case TICK -> this != READONLY;
      case EDIT -> this == OWNER || this == FACILITATOR;
      case MEMBERS, OWNER_LINK, DELETE -> this == OWNER;
    };
  }
}
