package org.samskap.persistence;

import org.samskap.auth.SessionStore;
import org.samskap.testing.EmbeddedDatabase;

/** The {@link SessionStore} contract against {@link MongoSessionStore} on the real driver and the embedded database. */
class MongoSessionStoreIT extends SessionStoreContract {
  private EmbeddedDatabase database;

  @Override
  protected SessionStore openStore() {
    database = EmbeddedDatabase.open("samskap-session-contract");
    return new MongoSessionStore(database.vertx(), database.db());
  }

  @Override
  protected void closeStore() {
    if (database != null) database.close();
  }
}
