package org.samskap.board;

import java.util.List;
import java.util.Optional;

import io.vertx.core.Future;

import org.samskap.domain.Role;

/**
 * The storage port of the board runtime. Every adapter passes the same contract test
 * ({@code BoardStoreContract}). Writes complete only once they are durable.
 */
public interface BoardStore {

  /** Stores a new board; fails if the id exists. */
  Future<Void> createBoard(BoardMeta meta);

  Future<Optional<BoardMeta>> findBoard(String boardId);

  /** Reads the board, its latest snapshot and every event after it, in version order. Fails if there is no board. */
  Future<LoadedBoard> load(String boardId);

  /**
   * Appends events (consecutive versions, continuing the stored log without a gap; a gap or a
   * repeated version fails and stores nothing). Succeeds once the events are durable. Snapshots
   * are written on their own ({@link #saveSnapshot}), after the events they cover.
   */
  Future<Void> append(String boardId, List<StoredEvent> events);

  Future<Void> saveSnapshot(Snapshot snapshot);

  /**
   * Replaces the hash of the board's token for {@code role} with {@code newHash} in one atomic
   * update (rule F9: revoking a link). Completes with false if there is no such board.
   */
  Future<Boolean> replaceToken(String boardId, Role role, String newHash);

  /**
   * Like {@link #replaceToken}, but adds a token for {@code role} when the board has none yet
   * (the observer link, rule A13, is made on first use). Completes with false if there is no
   * such board. Stores that cannot add a token only replace one.
   */
  default Future<Boolean> putToken(String boardId, Role role, String newHash) {
    return replaceToken(boardId, role, newHash);
  }

  /**
   * Rule PM10: gives the project member {@code member} one token for {@code role} on the board,
   * replacing the one they were given before (so a member holds at most one per board). The
   * board's own links are not touched. Completes with false if there is no such board. Stores
   * that cannot keep member tokens fail.
   */
  default Future<Boolean> putMemberToken(String boardId, String member, Role role, String newHash) {
    return Future.failedFuture(new UnsupportedOperationException("putMemberToken"));
  }

  /** Rule PM10: removes every token given to {@code member} on these boards (left the project, or a new role). */
  default Future<Void> dropMemberTokens(List<String> boardIds, String member) {
    return Future.failedFuture(new UnsupportedOperationException("dropMemberTokens"));
  }

  /**
   * Removes the snapshot of a board that never got its board document (an import whose second
   * write failed, docs/EXPORT.md). Adapters that cannot do this fail, and the orphan stays
   * invisible: a board without a board document cannot be opened.
   */
  default Future<Void> discardSnapshot(String boardId) {
    return Future.failedFuture(new UnsupportedOperationException("discardSnapshot"));
  }

  /**
   * Rule D1 (docs/PROTOCOL.md): removes the board's events, its snapshot and its board document
   * (title and token hashes), and keeps a tombstone of the id and the time only, so later uses
   * are answered {@code not_found} (D2). The events and the snapshot go first: a delete cut
   * short leaves a board that still opens and can be deleted again. Completes with false when
   * there is no such board. Called by the board's single writer only ({@code BoardActor}).
   */
  default Future<Boolean> deleteBoard(String boardId, long at) {
    return Future.failedFuture(new UnsupportedOperationException("deleteBoard"));
  }

  /**
   * Rule D8b (docs/PROTOCOL.md): once a snapshot at {@code version} is stored, replaces the body
   * of every stored event of the board before {@code version} with {@link #COMPACTED} (their
   * version, op id, session and time stay, so the log stays gapless and loads from the
   * snapshot). Called by the board's single writer only, after an erasure.
   */
  default Future<Void> compactEventsBefore(String boardId, long version) {
    return Future.failedFuture(new UnsupportedOperationException("compactEventsBefore"));
  }

  /** Rule D8b: the body an event gets when its content was compacted away. */
  java.util.Map<String, Object> COMPACTED = java.util.Map.of("type", "compacted");

  /** Rule D2: true when the board was deleted (its tombstone is stored). */
  default Future<Boolean> deleted(String boardId) {
    return Future.succeededFuture(false);
  }

  /** Succeeds when the database answers. */
  Future<Void> ping();

  /**
   * Events handed to {@link #append} and not yet confirmed or failed: the node's write queue,
   * which load shedding bounds (docs/PROTOCOL.md, O1). Adapters that do not queue answer 0.
   */
  default long writeBacklog() {
    return 0;
  }
}
