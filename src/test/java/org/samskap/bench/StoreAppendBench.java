package org.samskap.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;

import org.samskap.board.BoardMeta;
import org.samskap.board.StoredEvent;
import org.samskap.persistence.Database;
import org.samskap.persistence.MongoBoardStore;
import org.samskap.persistence.embedded.EmbeddedMongo;
import org.samskap.testing.TempDirs;

/**
 * Benchmark, not a test (docs/PERFORMANCE.md): how long one durable append of one event takes
 * on the embedded database (driver → wire → H2 commit), the floor under every op's ack and
 * fan-out latency. Run with
 * {@code ./mvnw -o verify -Dit.test=StoreAppendBench -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class StoreAppendBench {
  static final int APPENDS = 1000;

  @Test
  void one_event_appends() throws Exception {
    Path dir = Files.createTempDirectory("samskap-append");
    Vertx vertx = Vertx.vertx();
    try (EmbeddedMongo mongo = EmbeddedMongo.start(dir, 0, false);
         Database db = Database.connect(mongo.connectionString(), "bench")) {
      MongoBoardStore store = new MongoBoardStore(vertx, db.db());
      store.init().toCompletionStage().toCompletableFuture().get();
      store.createBoard(new BoardMeta("bench", "ideas", "Bench", 0, Map.of())).toCompletionStage().toCompletableFuture().get();
      double[] ms = new double[APPENDS];
      for (int v = 1; v <= APPENDS; v++) {
        StoredEvent e = new StoredEvent(v, "c" + v, "s", v, Map.of("type", "note.move", "noteId", "n1", "x", (double) v, "y", 1.0));
        long t0 = System.nanoTime();
        store.append("bench", List.of(e)).toCompletionStage().toCompletableFuture().get();
        ms[v - 1] = (System.nanoTime() - t0) / 1e6;
      }
      assertEquals(APPENDS, store.load("bench").toCompletionStage().toCompletableFuture().get().tail().size());
      double[] sorted = ms.clone();
      Arrays.sort(sorted);
      System.out.printf("BENCH store append (1 event, embedded H2, commit per write): p50 %.2f ms, p95 %.2f ms, "
          + "p99 %.2f ms, max %.2f ms over %d appends%n", sorted[APPENDS / 2], sorted[(int) (APPENDS * 0.95)],
          sorted[(int) (APPENDS * 0.99)], sorted[APPENDS - 1], APPENDS);
    } finally {
      vertx.close();
      TempDirs.delete(dir);
    }
  }
}
