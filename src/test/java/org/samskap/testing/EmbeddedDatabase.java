package org.samskap.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.client.MongoDatabase;
import io.vertx.core.Vertx;

import org.samskap.persistence.Database;
import org.samskap.persistence.embedded.EmbeddedMongo;

/**
 * The real database for adapter tests: the embedded wire-protocol server with its H2 file in a
 * fresh temporary directory, the real driver connected to it, and a Vert.x for the adapters'
 * blocking calls. {@link #close()} stops all three and deletes the directory.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private final Path dataDir;
  private final Vertx vertx;
  private final EmbeddedMongo mongo;
  private final Database database;

  private EmbeddedDatabase(Path dataDir, String name) {
    this.dataDir = dataDir;
    this.vertx = Vertx.vertx();
    this.mongo = EmbeddedMongo.start(dataDir, 0, false);
    this.database = Database.connect(mongo.connectionString(), name);
  }

  public static EmbeddedDatabase open(String name) {
    try {
      return new EmbeddedDatabase(Files.createTempDirectory("samskap-db-it"), name);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public Vertx vertx() {
    return vertx;
  }

  public MongoDatabase db() {
    return database.db();
  }

  @Override
  public void close() {
    database.close();
    mongo.close();
    TestServer.await(vertx.close().toCompletionStage().toCompletableFuture());
    TempDirs.delete(dataDir);
  }
}
