package org.samskap.kinds;

import java.util.Map;

/** Makes the live model of one board kind: empty for a new board, or from a stored snapshot. */
public interface BoardKind {

  /** The kind's wire name, e.g. {@code ideas}. */
  String name();

  BoardModel create(String title);

  BoardModel restore(String title, Map<String, Object> content);
}
