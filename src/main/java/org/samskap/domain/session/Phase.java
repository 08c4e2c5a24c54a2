package org.samskap.domain.session;

import java.util.Locale;
import java.util.Optional;

/**
 * The phase of a workshop on a board (docs/PROTOCOL.md, rule F2). Each phase lets participants
 * do only the ops that fit it; facilitators are never limited by the phase.
 */
public enum Phase {
  /** No phase set: everything is allowed (the default). */
  FREE,
  /** Writing ideas: create, edit, delete and arrange notes. */
  WRITE,
  /** Grouping: arrange only (move, colour, cluster); no new notes, no edits. */
  GROUP,
  /** Voting: only votes. */
  VOTE,
  /** Discussing: read-only for participants; the facilitator drives. */
  DISCUSS;

  /** What an op does, judged from its wire type, so the table works for every board kind. */
  public enum Category { CONTENT, ARRANGE, VOTE, OTHER }

  public static Category categoryOf(String opType) {
    if (opType.startsWith("vote.") || opType.endsWith(".score")) return Category.VOTE;
    if (opType.startsWith("cluster.") || opType.endsWith(".move") || opType.endsWith(".cluster")
        || opType.endsWith(".color")) {
      return Category.ARRANGE;
    }
    if (opType.endsWith(".create") || opType.endsWith(".edit") || opType.endsWith(".delete")) return Category.CONTENT;
    return Category.OTHER;
  }

  /** True when a participant may do an op of this type in this phase. */
  public boolean allows(String opType) {
    Category c = categoryOf(opType);
    return switch (this) {
      case FREE -> true;
      case WRITE -> c == Category.CONTENT || c == Category.ARRANGE;
      case GROUP -> c == Category.ARRANGE;
      case VOTE -> c == Category.VOTE;
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
