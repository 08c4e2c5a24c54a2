package org.samskap.persistence.embedded;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend of mongo-java-server, committing after every command that changed data.
 * The stock backend commits about once a second, so a {@code kill -9} would lose writes that
 * were already acknowledged. Here a write is answered only after its commit; with
 * {@code fsync} it is also forced to the disk (surviving power loss, not just a process kill).
 */
final class CommittingH2Backend extends H2Backend {
  private final boolean fsync;

  CommittingH2Backend(MVStore store, boolean fsync) {
    super(store);
    this.fsync = fsync;
  }

  @Override
  public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
    Document response = super.handleCommand(channel, databaseName, command, query);
    MVStore store = getMvStore();
    if (store.hasUnsavedChanges()) {
      commit();
      if (fsync) store.sync();
    }
    return response;
  }
}
