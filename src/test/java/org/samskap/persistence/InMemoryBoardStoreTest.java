package org.samskap.persistence;

import org.samskap.board.BoardStore;
import org.samskap.testing.InMemoryBoardStore;

/** The {@link BoardStore} contract against the in-memory store that unit tests use in place of the database. */
class InMemoryBoardStoreTest extends BoardStoreContract {
  @Override
  protected BoardStore openStore() {
    return new InMemoryBoardStore();
  }

  @Override
  protected void closeStore() {
  }
}
