package org.samskap.domain;

import java.util.Locale;

/**
 * What an op does, as far as the phases of a workshop care (docs/PROTOCOL.md F2). Each board
 * kind names the category of every op it has in its {@link OpCatalog}; nothing is judged from
 * an op's name.
 */
public enum OpCategory {
  /** Writes the board's content: creates, edits or deletes an item or its text. */
  CONTENT,
  /** Arranges what is there without writing: moves, groups, colours, links. */
  ARRANGE,
  /** A vote or a score. */
  VOTE,
  /** Steers the board: its settings, decisions, the session itself. The kinds' rules keep these for facilitators. */
  FACILITATION;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
