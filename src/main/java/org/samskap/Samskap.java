package org.samskap;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.access.BoardAccess;
import org.samskap.board.BoardDirectory;
import org.samskap.board.BoardOwnership;
import org.samskap.board.BoardSettings;
import org.samskap.board.BoardShard;
import org.samskap.bridge.Refusals;
import org.samskap.cluster.ClusterBoards;
import org.samskap.cluster.ClusterNode;
import org.samskap.config.SamskapConfig;
import org.samskap.kinds.BoardKinds;
import org.samskap.http.HttpVerticle;
import org.samskap.persistence.Database;
import org.samskap.persistence.MongoBoardStore;
import org.samskap.persistence.embedded.EmbeddedMongo;
import org.samskap.util.RandomIds;

/** One running Samskap node: database, board shards and the HTTP front, started and stopped together. */
public final class Samskap {
  private static final Logger LOG = LoggerFactory.getLogger(Samskap.class);
  /** The node's one wall clock: board writers and board kinds read the time from it. */
  static final LongSupplier CLOCK = System::currentTimeMillis;
  /** The node's one source of ids for what ops create (notes, clusters, items, cards). */
  static final Supplier<String> IDS = () -> RandomIds.of(9);

  private final Vertx vertx;
  private final EmbeddedMongo embedded;
  private final Database database;
  private final MongoBoardStore store;
  private final BoardDirectory directory;
  private final HttpVerticle http;
  private final List<String> deployments;

  private Samskap(Vertx vertx, EmbeddedMongo embedded, Database database, MongoBoardStore store,
      BoardDirectory directory, HttpVerticle http, List<String> deployments) {
    this.vertx = vertx;
    this.embedded = embedded;
    this.database = database;
    this.store = store;
    this.directory = directory;
    this.http = http;
    this.deployments = deployments;
  }

  public static Future<Samskap> start(Vertx vertx, SamskapConfig config) {
    return start(vertx, config, null);
  }

  /** Starts a node; with a {@link ClusterNode} (whose Vert.x {@code vertx} must be) it owns boards cluster-wide. */
  public static Future<Samskap> start(Vertx vertx, SamskapConfig config, ClusterNode cluster) {
    return start(vertx, config, cluster, CLOCK);
  }

  /** As {@link #start(Vertx, SamskapConfig, ClusterNode)} with another clock than {@link #CLOCK} (tests move time, D5). */
  public static Future<Samskap> start(Vertx vertx, SamskapConfig config, ClusterNode cluster, LongSupplier clock) {
    return vertx.executeBlocking(() -> {
      Files.createDirectories(config.dataDir());
      EmbeddedMongo embedded = config.embeddedDatabase()
          ? EmbeddedMongo.start(config.dataDir(), config.embeddedMongoPort(), config.embeddedFsync())
          : null;
      if (embedded != null) StartPhases.mark("embedded database open");
      String uri = embedded != null ? embedded.connectionString() : config.mongoUri();
      Database database = Database.connect(uri, config.mongoDatabase());
      StartPhases.mark("driver made");
      return new Object[] {embedded, database};
    }).compose(parts -> {
      EmbeddedMongo embedded = (EmbeddedMongo) parts[0];
      Database database = (Database) parts[1];
      MongoBoardStore store = new MongoBoardStore(vertx, database.db());
      org.samskap.persistence.MongoPilotStore pilots = new org.samskap.persistence.MongoPilotStore(vertx, database.db());
      return store.init().andThen(v -> StartPhases.mark("board store ready (first round trip)"))
          .compose(v -> pilots.init()).andThen(v -> StartPhases.mark("pilot indexes"))
          .recover(e -> Future.failedFuture(new IllegalStateException(
              "cannot reach the database" + (embedded == null ? " at SAMSKAP_MONGO_URI" : "") + ": " + e.getMessage(), e)))
          .compose(v -> deploy(vertx, config, embedded, database, store, pilots, cluster == null ? null : cluster.boards(), clock))
          .onFailure(e -> {
            database.close();
            if (embedded != null) embedded.close();
          });
    });
  }

  private static Future<Samskap> deploy(Vertx vertx, SamskapConfig config, EmbeddedMongo embedded, Database database,
      MongoBoardStore store, org.samskap.persistence.MongoPilotStore pilots, ClusterBoards cluster, LongSupplier clock) {
    BoardDirectory directory = new BoardDirectory(vertx, config.boardShards());
    BoardKinds kinds = org.samskap.kinds.KindRegistry.kinds(config, clock);
    // rules O1-O4: queue limits and the write deadline, shared by every board writer of the node
    org.samskap.board.LoadShedding shedding = org.samskap.board.LoadShedding.of(
        config.boardQueueLimit(), config.writeQueueLimit(), config.writeDeadlineMillis(), store::writeBacklog);
    BoardSettings settings = new BoardSettings(kinds,
        clock, IDS, config.snapshotEvery(), config.dedupeWindow(),
        config.idleUnloadSeconds() * 1000L, shedding, config.maxMembers());
    BoardAccess access = new BoardAccess(store);
    List<String> deployments = new ArrayList<>();
    Future<Void> chain = Refusals.register(vertx).mapEmpty();
    BoardOwnership ownership = cluster != null ? cluster : BoardOwnership.SINGLE_NODE;
    if (cluster != null) chain = chain.compose(v -> cluster.start(directory));
    for (int i = 0; i < config.boardShards(); i++) {
      int index = i;
      chain = chain.compose(v -> vertx.deployVerticle(new BoardShard(index, store, directory, settings, ownership))
          .map(id -> { deployments.add(id); return null; }));
    }
    HttpVerticle http = new HttpVerticle(config, store, access, directory, kinds,
        new org.samskap.persistence.MongoPollStore(vertx, database.db()), pilots,
        new org.samskap.persistence.MongoHistoryStore(vertx, database.db()), shedding, clock)
        .sessions(new org.samskap.persistence.MongoSessionStore(vertx, database.db()));
    // Projects (PJ11): every board and pilot that no project holds is placed in one before the server listens.
    org.samskap.persistence.MongoProjectStore projects = new org.samskap.persistence.MongoProjectStore(vertx, database.db());
    http.projects(projects).projectRemains(new org.samskap.persistence.MongoProjectRemains(vertx, database.db())); // D10, D11
    chain = chain.andThen(v -> StartPhases.mark("board shards deployed"));
    chain = chain.compose(v -> new org.samskap.projects.ProjectPlacement(projects, clock).run()
        .onSuccess(p -> { if (p.boards() + p.pilots() > 0) LOG.info("projects: placed {} boards and {} pilots, {} projects made",
            p.boards(), p.pilots(), p.projectsMade()); }).mapEmpty());
    org.samskap.persistence.MongoAuditLog audit = new org.samskap.persistence.MongoAuditLog(vertx, database.db());
    http.privacy(new org.samskap.persistence.MongoBoardRemains(vertx, database.db()), // rules D1-D3
        embedded == null ? org.samskap.boards.StoreCompaction.NONE
            : () -> vertx.executeBlocking(embedded::compactFully, false),
        new org.samskap.persistence.MongoRetentionStore(vertx, database.db()), audit);
    // rule H5: the audit log's indexes only speed up reads; they are made once the server listens
    http.deferred().add("audit indexes", audit::init);
    if (config.metricsEnabled()) metrics(vertx, config, store, directory, http); // rules ME1-ME3
    return chain.andThen(v -> StartPhases.mark("projects placed"))
        .compose(v -> http.pollsReady()).andThen(v -> StartPhases.mark("poll indexes"))
        .compose(v -> vertx.deployVerticle(http)).map(id -> {
      StartPhases.mark("listening");
      http.deferred().run().onSuccess(v -> StartPhases.mark("deferred steps done (H5)"));
      deployments.add(id);
      Samskap node = new Samskap(vertx, embedded, database, store, directory, http, deployments);
      LOG.info("Samskap listens on http://{}:{} ({} database{})", config.httpHost(), http.port(),
          embedded != null ? "embedded" : "MongoDB", cluster == null ? "" : ", cluster node " + cluster.nodeId());
      return node;
    });
  }

  /** Rules ME1-ME3: Samskap's meters and the gauges read at each scrape of /metrics. */
  private static void metrics(Vertx vertx, SamskapConfig config, MongoBoardStore store, BoardDirectory directory,
      HttpVerticle http) {
    org.samskap.metrics.NodeMetrics metrics = org.samskap.metrics.NodeMetrics.of(vertx, config.metricsToken())
        .gauge("samskap.boards.live", "Boards whose single writer runs on this node", directory::liveCount)
        .gauge("samskap.sockets.open", "Open bridge sockets (websockets) on this node",
            () -> http.guard() == null ? 0 : http.guard().openSockets())
        .gauge("samskap.write.backlog", "Events handed to the database and not yet confirmed stored", store::writeBacklog);
    store.meters(metrics.meters());
    http.metrics(metrics);
  }

  /** Every board kind this node serves (registered in {@link org.samskap.kinds.KindRegistry}). */
  public static BoardKinds kinds(SamskapConfig config) {
    return org.samskap.kinds.KindRegistry.kinds(config, CLOCK);
  }

  public int port() {
    return http.port();
  }

  public MongoBoardStore store() {
    return store;
  }

  public BoardDirectory directory() {
    return directory;
  }

  public HttpVerticle http() {
    return http;
  }

  /**
   * A graceful stop (rule R7, SIGTERM): no new sockets or sends, every request in flight gets
   * its reply (waiting at most {@code drainMillis}), every socket is closed with 1012, then
   * {@link #close()}.
   */
  public Future<Void> shutdown(long drainMillis) {
    long t0 = System.nanoTime();
    return http.drain(drainMillis)
        .onComplete(ar -> LOG.info("graceful stop: sockets closed after {} ms", (System.nanoTime() - t0) / 1_000_000))
        .eventually(this::close);
  }

  /** Stops HTTP first, then the shards (which persist their boards), then the database. */
  public Future<Void> close() {
    List<String> reversed = new ArrayList<>(deployments);
    java.util.Collections.reverse(reversed);
    Future<Void> chain = Future.succeededFuture();
    for (String id : reversed) chain = chain.compose(v -> vertx.undeploy(id).recover(e -> Future.succeededFuture()));
    return chain.eventually(() -> vertx.executeBlocking(() -> {
      database.close();
      if (embedded != null) embedded.close();
      return null;
    })).mapEmpty();
  }
}
