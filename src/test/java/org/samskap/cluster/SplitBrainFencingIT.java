package org.samskap.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.model.Filters;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.samskap.Samskap;
import org.samskap.board.BoardDirectory;
import org.samskap.board.BoardMeta;
import org.samskap.board.BoardOwnership;
import org.samskap.board.BoardSettings;
import org.samskap.board.BoardShard;
import org.samskap.config.SamskapConfig;
import org.samskap.persistence.Database;
import org.samskap.persistence.MongoBoardStore;
import org.samskap.persistence.embedded.EmbeddedMongo;
import org.samskap.protocol.Headers;
import org.samskap.testing.TempDirs;
import org.samskap.util.RandomIds;

/**
 * The database is the last fence of "one owner per board" (R4). Two writers that both believe
 * they own one board (as after a network split, when the cluster manager can no longer tell)
 * write to one database at once. Each version is stored at most once, so the writer that
 * loses a race fails its write, acknowledges nothing, and reloads: every acknowledged op is
 * stored under the version its ack named, and the versions stay unique and gapless.
 */
class SplitBrainFencingIT {
  static final int OPS_PER_WRITER = 150;

  Path dir;
  EmbeddedMongo mongo;
  final List<Vertx> vertxes = new ArrayList<>();
  final List<Database> databases = new ArrayList<>();

  @AfterEach
  void cleanUp() throws Exception {
    for (Vertx v : vertxes) v.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    databases.forEach(Database::close);
    if (mongo != null) mongo.close();
    TempDirs.delete(dir);
  }

  @Test
  void R4_two_writers_of_one_board_never_store_a_version_twice_and_the_loser_acknowledges_nothing() throws Exception {
    dir = Files.createTempDirectory("samskap-split");
    mongo = EmbeddedMongo.start(dir, 0, false);
    String boardId = "splitBrainBoard01";
    List<Vertx> writers = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      Vertx vertx = Vertx.vertx();
      vertxes.add(vertx);
      Database database = Database.connect(mongo.connectionString(), "samskap");
      databases.add(database);
      MongoBoardStore store = new MongoBoardStore(vertx, database.db());
      await(store.init());
      if (w == 0) await(store.createBoard(new BoardMeta(boardId, "ideas", "Splitt", 1L, Map.of())));
      BoardDirectory directory = new BoardDirectory(vertx, 1);
      BoardSettings settings = new BoardSettings(Samskap.kinds(SamskapConfig.defaults()), System::currentTimeMillis,
          () -> RandomIds.of(9), 10, 4096, 600_000);
      // SINGLE_NODE: each writer believes it owns every board
      await(vertx.deployVerticle(new BoardShard(0, store, directory, settings, BoardOwnership.SINGLE_NODE)));
      await(directory.ensureLive(boardId));
      writers.add(vertx);
    }

    Map<String, Long> acked = new ConcurrentHashMap<>();
    AtomicInteger refused = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      Vertx vertx = writers.get(w);
      String prefix = "w" + w + "-";
      Thread t = new Thread(() -> {
        for (int i = 0; i < OPS_PER_WRITER; i++) {
          String opId = prefix + i;
          for (int attempt = 0; attempt < 50; attempt++) {
            JsonObject r = request(vertx, "board." + boardId + ".ops", new JsonObject().put("type", "note.create")
                .put("clientOpId", opId).put("text", opId).put("x", 1).put("y", 2));
            if (Boolean.TRUE.equals(r.getBoolean("ok"))) {
              assertNotNull(r.getLong("version"));
              assertEquals(null, acked.put(opId, r.getLong("version")), "one ack per op");
              break;
            }
            assertEquals("unavailable", r.getString("reason"), r.encode());
            refused.incrementAndGet();
          }
        }
      }, "writer-" + w);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) t.join(120_000);

    System.out.printf("split brain: %d ops acknowledged, %d writes refused by the version fence%n", acked.size(), refused.get());
    assertTrue(refused.get() > 0, "the two writers raced for the same versions");
    Set<Long> ackedVersions = new HashSet<>(acked.values());
    assertEquals(acked.size(), ackedVersions.size(), "no version was acknowledged twice");

    List<Long> versions = new ArrayList<>();
    Map<String, Long> stored = new HashMap<>();
    for (Document d : databases.get(0).db().getCollection("events").find(Filters.eq("b", boardId))) {
      versions.add(d.getLong("v"));
      stored.put(d.getString("c"), d.getLong("v"));
    }
    versions.sort(Long::compare);
    for (int i = 0; i < versions.size(); i++) assertEquals(i + 1L, versions.get(i), "versions are unique and gapless");
    for (Map.Entry<String, Long> e : acked.entrySet()) {
      assertEquals(e.getValue(), stored.get(e.getKey()), "acknowledged op " + e.getKey() + " is stored at its version");
    }
  }

  static JsonObject request(Vertx vertx, String address, JsonObject body) {
    DeliveryOptions o = new DeliveryOptions().setSendTimeout(20_000)
        .addHeader(Headers.ROLE, "participant").addHeader(Headers.SESSION, "session-" + Thread.currentThread().getName());
    return await(vertx.eventBus().<JsonObject>request(address, body, o)).body();
  }

  static <T> T await(Future<T> f) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
