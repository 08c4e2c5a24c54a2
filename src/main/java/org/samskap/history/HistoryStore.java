package org.samskap.history;

import java.util.List;
import java.util.Optional;

import io.vertx.core.Future;

/** Storage of board history snapshots. Writes complete once durable. */
public interface HistoryStore {
  Future<Void> init();

  /** Stores the entry, then drops the board's oldest automatic entries beyond {@code keep}. */
  Future<Void> add(HistoryEntry entry, int keep);

  /** The board's entries, newest first, without content. */
  Future<List<HistoryEntry>> list(String boardId);

  Future<Optional<HistoryEntry>> find(String boardId, String id);

  /**
   * Rule D8c: replaces the content of one snapshot (an erasure rewrote it); everything else of
   * the entry stays. Completes once durable.
   */
  default Future<Void> replaceContent(String boardId, String id, java.util.Map<String, Object> content) {
    return Future.failedFuture(new UnsupportedOperationException("replaceContent"));
  }
}
