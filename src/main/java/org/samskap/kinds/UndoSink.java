package org.samskap.kinds;

import java.util.List;
import java.util.Map;

/**
 * Where a board model tells the undo layer ({@link UndoModel}) what an accepted event changed
 * (docs/PROTOCOL.md U3): the keys it touched (an item id, or {@code id#field}) and the op, as a
 * wire map with its {@code type}, that puts it back; null when it cannot be undone (U2).
 */
@FunctionalInterface
public interface UndoSink {
  void changed(List<String> keys, Map<String, Object> inverse);
}
