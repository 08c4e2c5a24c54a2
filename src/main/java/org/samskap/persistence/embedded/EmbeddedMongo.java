package org.samskap.persistence.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVMap;
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

  /** Marks, inside the file, that this version's full start-up check has run on it (rule S1). */
  static final String REPAIR_MAP = "samskap.repair";
  static final String FULL_CHECK_DONE = "fullCheckDone";
  /**
   * How often the housekeeping checkpoint runs (rule S4: an MVStore commit, with the chunk
   * housekeeping MVStore's own background writer, now off, ran about as often).
   */
  static final long HOUSEKEEPING_MILLIS = 1000;

  private final MongoServer server;
  private final CommittingH2Backend backend;
  private final ScheduledExecutorService housekeeping;
  private final String host;
  private final InetSocketAddress address;

  private EmbeddedMongo(MongoServer server, CommittingH2Backend backend, ScheduledExecutorService housekeeping,
      String host, InetSocketAddress address) {
    this.server = server;
    this.backend = backend;
    this.housekeeping = housekeeping;
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
    return start(dataDir, host, port, fsync, HOUSEKEEPING_MILLIS);
  }

  /** As above, with the housekeeping checkpoint every {@code checkpointMillis} (tests: rarely, to keep records in the journal). */
  static EmbeddedMongo start(Path dataDir, String host, int port, boolean fsync, long checkpointMillis) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + dataDir.toAbsolutePath(), e);
    }
    Path file = dataDir.resolve(FILE_NAME);
    // No commit of MVStore's own (rule S1): neither its background writer (autoCommitDelay) nor one
    // from inside a map write when unsaved changes pile up (autoCommitBufferSize). Every commit is
    // the backend's, taken while no other data-changing command is half done.
    MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().autoCommitBufferSize(0).open();
    IndexKeyType.openAll(store); // before anything opens them with H2's default key type
    checkOnStart(store);
    Journal journal;
    try {
      journal = new Journal(dataDir.resolve(Journal.FILE_NAME));
    } catch (IOException e) {
      store.close();
      throw new UncheckedIOException("cannot open the embedded database's journal in " + dataDir.toAbsolutePath(), e);
    }
    CommittingH2Backend backend = new CommittingH2Backend(store, fsync, journal);
    backend.recover(); // rule S4: what the journal holds beyond the file's last checkpoint, before anyone connects
    MongoServer server = new MongoServer(backend);
    server.bind(host, port);
    InetSocketAddress bound = server.getLocalAddress();
    ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "samskap-embedded-housekeeping");
      t.setDaemon(true);
      return t;
    });
    housekeeping.scheduleWithFixedDelay(backend::housekeeping, checkpointMillis, checkpointMillis, TimeUnit.MILLISECONDS);
    LOG.info("embedded database {} listening on {}:{}", file.toAbsolutePath(), host, bound.getPort());
    return new EmbeddedMongo(server, backend, housekeeping, host, bound);
  }

  /**
   * Rule S1: finds and mends what a torn commit of an older version left in the file, before
   * the server uses it. The first start of this version checks every document and index entry;
   * later starts check the collections whose index and document counts differ (cheap: the
   * counts are kept by the maps), since this version no longer tears commits. Logs counts only.
   */
  static OrphanRepair.Result checkOnStart(MVStore store) {
    long t0 = System.nanoTime();
    MVMap<String, String> marker = store.openMap(REPAIR_MAP);
    boolean full = !"1".equals(marker.get(FULL_CHECK_DONE));
    OrphanRepair.Result r = OrphanRepair.repairAll(store, full);
    marker.put(FULL_CHECK_DONE, "1");
    store.commit();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    if (r.repaired() > 0) {
      LOG.warn("embedded database repair: {} index entries without document removed, {} documents without index entry "
          + "indexed again, {} removed, in {} collections checked ({} ms, rule S1)", r.indexEntriesRemoved(),
          r.documentsReindexed(), r.documentsRemoved(), r.collections(), ms);
    } else {
      LOG.info("embedded database check: {} collections checked{}, nothing to repair ({} ms)", r.collections(),
          full ? " in full" : " by count", ms);
    }
    return r;
  }

  /**
   * Rule D3: rewrites the database file so deleted documents cannot be read from its bytes
   * ({@link CommittingH2Backend#compactFully}); blocks, so call it off the event loop. Returns
   * the milliseconds it took.
   */
  public long compactFully() {
    return backend.compactFully();
  }

  /** The backend, for tests in this package (rule S2: keys mended by failed inserts). */
  CommittingH2Backend backend() {
    return backend;
  }

  public int port() {
    return address.getPort();
  }

  public String connectionString() {
    return "mongodb://" + host + ":" + address.getPort();
  }

  /** Simulates a crash for tests (rule S4): the file and the journal are closed with no checkpoint, as a {@code kill -9} leaves them. */
  void crashForTest() {
    housekeeping.shutdown();
    awaitHousekeeping();
    backend.getMvStore().closeImmediately();
    try {
      server.shutdownNow();
    } catch (RuntimeException ignored) {
      // the store is already closed under the server
    }
  }

  @Override
  public void close() {
    // not shutdownNow: an interrupt during a file operation would close the journal's channel
    housekeeping.shutdown();
    awaitHousekeeping();
    server.shutdownNow();
  }

  private void awaitHousekeeping() {
    try {
      if (!housekeeping.awaitTermination(10, TimeUnit.SECONDS)) housekeeping.shutdownNow();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
