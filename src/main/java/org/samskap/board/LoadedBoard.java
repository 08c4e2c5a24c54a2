package org.samskap.board;

import java.util.List;
import java.util.Objects;

/** What a load reads: the board's metadata, its latest snapshot (or null), and the events after it. */
public record LoadedBoard(BoardMeta meta, Snapshot snapshot, List<StoredEvent> tail) {
  public LoadedBoard {
    Objects.requireNonNull(meta, "meta");
    tail = List.copyOf(tail);
  }
}
