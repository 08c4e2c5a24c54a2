package org.samskap.persistence;

import org.samskap.history.HistoryStore;
import org.samskap.testing.EmbeddedDatabase;

/** The {@link HistoryStore} contract against {@link MongoHistoryStore} on the real driver and the embedded database. */
class MongoHistoryStoreIT extends HistoryStoreContract {
  private EmbeddedDatabase database;

  @Override
  protected HistoryStore openStore() {
    database = EmbeddedDatabase.open("samskap-history-contract");
    return new MongoHistoryStore(database.vertx(), database.db());
  }

  @Override
  protected void closeStore() {
    if (database != null) database.close();
  }
}
