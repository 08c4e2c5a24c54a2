package org.samskap.persistence;

import static org.samskap.persistence.StoreAwait.await;

import org.samskap.pilots.PilotStore;
import org.samskap.testing.EmbeddedDatabase;

/** The {@link PilotStore} contract against {@link MongoPilotStore} on the real driver and the embedded database. */
class MongoPilotStoreIT extends PilotStoreContract {
  private EmbeddedDatabase database;

  @Override
  protected PilotStore openStore() throws Exception {
    database = EmbeddedDatabase.open("samskap-pilot-contract");
    MongoPilotStore s = new MongoPilotStore(database.vertx(), database.db());
    await(s.init());
    return s;
  }

  @Override
  protected void closeStore() {
    if (database != null) database.close();
  }
}
