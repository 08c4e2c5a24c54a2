package org.samskap.kinds;

import java.util.Map;

import org.samskap.domain.OpCatalog;

/** Makes the live model of one board kind: empty for a new board, or from a stored snapshot. */
public interface BoardKind {

  /** The kind's wire name, e.g. {@code ideas}. */
  String name();

  BoardModel create(String title);

  BoardModel restore(String title, Map<String, Object> content);

  /**
   * The text limits the web client checks before it sends (docs/PROTOCOL.md J1, {@code limits}):
   * {@code noteChars} for a note, item or card text, {@code labelChars} for names, and the
   * kind's own (e.g. {@code reasonChars}). The server still checks every op itself.
   */
  Map<String, Integer> limits();

  /**
   * Every op of this kind with its category and the items it names (docs/PROTOCOL.md F2): the
   * session layer asks it instead of reading op names, and the join reply serves it to the
   * browser ({@code ops}). An op that is not in it is answered {@code unknown_op}.
   */
  OpCatalog ops();
}
