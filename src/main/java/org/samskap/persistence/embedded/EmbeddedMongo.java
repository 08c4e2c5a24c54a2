package org.samskap.persistence.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default database: mongo-java-server with its H2 file backend, listening on
 * loopback and spoken to over the wire protocol by the same driver code as real MongoDB.
 */
public final class EmbeddedMongo implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongo.class);
  public static final String FILE_NAME = "samskap.mv.db";

  private final MongoServer server;
  private final InetSocketAddress address;

  private EmbeddedMongo(MongoServer server, InetSocketAddress address) {
    this.server = server;
    this.address = address;
  }

  /** Opens (or creates) {@code dataDir/samskap.mv.db} and listens on 127.0.0.1:{@code port} (0 = any free port). */
  public static EmbeddedMongo start(Path dataDir, int port, boolean fsync) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + dataDir.toAbsolutePath(), e);
    }
    Path file = dataDir.resolve(FILE_NAME);
    MVStore store = new MVStore.Builder().fileName(file.toString()).open();
    MongoServer server = new MongoServer(new CommittingH2Backend(store, fsync));
    server.bind("127.0.0.1", port);
    InetSocketAddress bound = server.getLocalAddress();
    LOG.info("embedded database {} listening on 127.0.0.1:{}", file.toAbsolutePath(), bound.getPort());
    return new EmbeddedMongo(server, bound);
  }

  public int port() {
    return address.getPort();
  }

  public String connectionString() {
    return "mongodb://127.0.0.1:" + address.getPort();
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
