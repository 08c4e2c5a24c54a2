package org.samskap.persistence;

import org.samskap.polls.PollStore;
import org.samskap.testing.EmbeddedDatabase;

/** The {@link PollStore} contract against {@link MongoPollStore} on the real driver and the embedded database. */
class MongoPollStoreIT extends PollStoreContract {
  private EmbeddedDatabase database;

  @Override
  protected PollStore openStore() {
    database = EmbeddedDatabase.open("samskap-poll-contract");
    return new MongoPollStore(database.vertx(), database.db());
  }

  @Override
  protected void closeStore() {
    if (database != null) database.close();
  }
}
