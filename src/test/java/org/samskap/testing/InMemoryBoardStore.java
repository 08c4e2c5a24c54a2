package org.samskap.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vertx.core.Future;

import org.samskap.board.BoardMeta;
import org.samskap.board.BoardStore;
import org.samskap.board.LoadedBoard;
import org.samskap.board.Snapshot;
import org.samskap.board.StoredEvent;
import org.samskap.domain.Role;

/**
 * A {@link BoardStore} in memory for unit tests. It passes the same contract suite as the Mongo
 * adapter ({@code InMemoryBoardStoreTest}): a gapless log per board, a repeated or missing
 * version stores nothing, the newest snapshot per board, load returns the events after it.
 * Every call completes at once. Tests that need a store that fails or waits wrap this one in a
 * {@link ForwardingBoardStore}.
 */
public final class InMemoryBoardStore implements BoardStore {
  private final Map<String, BoardMeta> boards = new HashMap<>();
  private final Map<String, List<StoredEvent>> logs = new HashMap<>();
  private final Map<String, Snapshot> snapshots = new HashMap<>();

  @Override
  public synchronized Future<Void> createBoard(BoardMeta meta) {
    if (boards.containsKey(meta.id())) return Future.failedFuture(new IllegalStateException("board " + meta.id() + " exists"));
    boards.put(meta.id(), meta);
    return Future.succeededFuture();
  }

  @Override
  public synchronized Future<Optional<BoardMeta>> findBoard(String boardId) {
    return Future.succeededFuture(Optional.ofNullable(boards.get(boardId)));
  }

  @Override
  public synchronized Future<LoadedBoard> load(String boardId) {
    BoardMeta meta = boards.get(boardId);
    if (meta == null) return Future.failedFuture(new IllegalArgumentException("no board " + boardId));
    Snapshot snapshot = snapshots.get(boardId);
    long after = snapshot == null ? 0 : snapshot.version();
    List<StoredEvent> tail = log(boardId).stream().filter(e -> e.version() > after).toList();
    return Future.succeededFuture(new LoadedBoard(meta, snapshot, tail));
  }

  @Override
  public synchronized Future<Void> append(String boardId, List<StoredEvent> batch) {
    List<StoredEvent> log = log(boardId);
    long expected = log.size() + 1L;
    if (batch.isEmpty()) return Future.failedFuture(new IllegalArgumentException("board " + boardId + ": nothing to append"));
    for (StoredEvent e : batch) {
      if (e.version() <= log.size()) {
        return Future.failedFuture(new IllegalStateException("board " + boardId + ": version " + e.version() + " is already stored"));
      }
      if (e.version() != expected) {
        return Future.failedFuture(new IllegalArgumentException(
            "board " + boardId + ": versions must follow the log: expected " + expected + ", got " + e.version()));
      }
      expected++;
    }
    log.addAll(batch);
    return Future.succeededFuture();
  }

  @Override
  public synchronized Future<Void> saveSnapshot(Snapshot snapshot) {
    snapshots.put(snapshot.boardId(), snapshot);
    return Future.succeededFuture();
  }

  @Override
  public synchronized Future<Boolean> replaceToken(String boardId, Role role, String newHash) {
    BoardMeta meta = boards.get(boardId);
    if (meta == null) return Future.succeededFuture(false);
    Map<String, Role> hashes = new LinkedHashMap<>(meta.tokenHashes());
    Optional<String> old = hashes.entrySet().stream().filter(e -> e.getValue() == role).map(Map.Entry::getKey).findFirst();
    if (old.isEmpty()) return Future.succeededFuture(false);
    hashes.remove(old.get());
    hashes.put(newHash, role);
    boards.put(boardId, new BoardMeta(meta.id(), meta.kind(), meta.title(), meta.createdAt(), hashes));
    return Future.succeededFuture(true);
  }

  @Override
  public synchronized Future<Void> discardSnapshot(String boardId) {
    snapshots.remove(boardId);
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> ping() {
    return Future.succeededFuture();
  }

  /** Every stored event of a board, in version order (for assertions). */
  @Override
  public synchronized Future<Void> compactEventsBefore(String boardId, long version) {
    List<StoredEvent> log = logs.get(boardId);
    if (log != null) {
      log.replaceAll(e -> e.version() < version ? new StoredEvent(e.version(), e.clientOpId(), e.by(), e.at(), COMPACTED) : e);
    }
    return Future.succeededFuture();
  }

  public synchronized List<StoredEvent> events(String boardId) {
    return List.copyOf(log(boardId));
  }

  /** The board's stored snapshot, or null (for assertions). */
  public synchronized Snapshot snapshot(String boardId) {
    return snapshots.get(boardId);
  }

  private List<StoredEvent> log(String boardId) {
    return logs.computeIfAbsent(boardId, b -> new ArrayList<>());
  }
}
