package org.samskap.domain.session;

import java.util.Locale;
import java.util.Optional;

import org.samskap.domain.OpCategory;

/**
 * The phase of a workshop on a board (docs/PROTOCOL.md, rule F2). Each phase lets participants
 * do only the ops that fit it; facilitators are never limited by the phase.
 */
public enum Phase {
  /** No phase set: everything is allowed (the default). */
  FREE,
  /** Writing: content and arranging (create, edit, delete, move, group). */
  WRITE,
  /** Grouping: arranging only (move, colour, cluster, link); no new items, no edits. */
  GROUP,
  /** Voting: only votes and scores. */
  VOTE,
  /** Discussing: read-only for participants; the facilitator drives. */
  DISCUSS;

  /**
   * True when a participant may do an op of this category in this phase. The category comes
   * from the board kind's op catalogue ({@link org.samskap.domain.OpCatalog}), never from the
   * op's name.
   */
  public boolean allows(OpCategory c) {
    return switch (this) {
      case FREE -> true;
      case WRITE -> c == OpCategory.CONTENT || c == OpCategory.ARRANGE;
      case GROUP -> c == OpCategory.ARRANGE;
      case VOTE -> c == OpCategory.VOTE;
      case DISCUSS -> false;
    };
  }

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Phase> fromWire(String s) {
    for (Phase p : values()) {
      if (p.wire().equals(s)) return Optional.of(p);
    }
    return Optional.empty();
  }
}
