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

  private static final String LOOPBACK = "127.0.0.1";

  private final MongoServer server;
  private final String host;
  private final InetSocketAddress address;

  private EmbeddedMongo(MongoServer server, String host, InetSocketAddress address) {
    this.server = server;
    this.host = host;
    this.address = address;
  }

  /** Opens (or creates) {@code dataDir/samskap.mv.db} and listens on 127.0.0.1:{@code port} (0 = any free port). */
  public static EmbeddedMongo start(Path dataDir, int port, boolean fsync) {
    return start(dataDir, LOOPBACK, port, fsync);
  }

  /**
   * As {@link #start(Path, int, boolean)} but listening on {@code host}. Only the standalone
   * database process uses another address (for test hosts in network namespaces); the database
   * a server embeds always stays on loopback.
   */
  public static EmbeddedMongo start(Path dataDir, String host, int port, boolean fsync) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + dataDir.toAbsolutePath(), e);
    }
    Path file = dataDir.resolve(FILE_NAME);
    MVStore store = new MVStore.Builder().fileName(file.toString()).open();
    MongoServer server = new MongoServer(new CommittingH2Backend(store, fsync));
    server.bind(host, port);
    InetSocketAddress bound = server.getLocalAddress();
    LOG.info("embedded database {} listening on {}:{}", file.toAbsolutePath(), host, bound.getPort());
    return new EmbeddedMongo(server, host, bound);
  }

  public int port() {
    return address.getPort();
  }

  public String connectionString() {
    return "mongodb://" + host + ":" + address.getPort();
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
