package org.samskap.testing;

import java.util.List;
import java.util.Optional;

import io.vertx.core.Future;

import org.samskap.board.BoardMeta;
import org.samskap.board.BoardStore;
import org.samskap.board.LoadedBoard;
import org.samskap.board.Snapshot;
import org.samskap.board.StoredEvent;
import org.samskap.domain.Role;

/**
 * A {@link BoardStore} that hands every call to another one. A test that needs a store that
 * fails, waits or counts overrides the calls it cares about, e.g. around an {@link InMemoryBoardStore}.
 */
public class ForwardingBoardStore implements BoardStore {
  protected final BoardStore delegate;

  public ForwardingBoardStore(BoardStore delegate) {
    this.delegate = delegate;
  }

  @Override
  public Future<Void> createBoard(BoardMeta meta) {
    return delegate.createBoard(meta);
  }

  @Override
  public Future<Optional<BoardMeta>> findBoard(String boardId) {
    return delegate.findBoard(boardId);
  }

  @Override
  public Future<LoadedBoard> load(String boardId) {
    return delegate.load(boardId);
  }

  @Override
  public Future<Void> append(String boardId, List<StoredEvent> events) {
    return delegate.append(boardId, events);
  }

  @Override
  public Future<Void> saveSnapshot(Snapshot snapshot) {
    return delegate.saveSnapshot(snapshot);
  }

  @Override
  public Future<Boolean> replaceToken(String boardId, Role role, String newHash) {
    return delegate.replaceToken(boardId, role, newHash);
  }

  @Override
  public Future<Void> discardSnapshot(String boardId) {
    return delegate.discardSnapshot(boardId);
  }

  @Override
  public Future<Void> ping() {
    return delegate.ping();
  }

  @Override
  public long writeBacklog() {
    return delegate.writeBacklog();
  }

  @Override
  public Future<Void> compactEventsBefore(String boardId, long version) {
    return delegate.compactEventsBefore(boardId, version);
  }
}
