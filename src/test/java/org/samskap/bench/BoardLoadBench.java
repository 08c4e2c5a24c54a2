package org.samskap.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/**
 * Benchmark, not a test (docs/PERFORMANCE.md): how long a cold 5000-note board takes to load
 * from the database, measured as a client sees it: the first {@code join} after the board
 * was unloaded. Run it with
 * {@code ./mvnw -o verify -Dit.test=BoardLoadBench -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 * It asserts only that the board came back whole; the timings are printed. The second pass has
 * no snapshot: the one each unload stores is removed again, so every run replays 5000 events.
 */
class BoardLoadBench {
  static final int NOTES = 5000;
  static final int RUNS = 15;

  @Test
  void cold_join_of_a_5000_note_board() throws Exception {
    for (String snapshotEvery : List.of("200", "1000000")) {
      boolean withSnapshots = !"1000000".equals(snapshotEvery);
      try (TestServer server = TestServer.start(Map.of("SAMSKAP_OPS_PER_SECOND", "100000",
          "SAMSKAP_IDLE_UNLOAD_SECONDS", "1", "SAMSKAP_SNAPSHOT_EVERY", snapshotEvery))) {
        JsonObject board = server.createBoard("Stor tavle");
        String id = board.getString("id");
        String token = board.getJsonObject("tokens").getString("participant");
        String ops = "board." + id + ".ops";
        try (BusClient c = BusClient.connect(server.port())) {
          for (int from = 0; from < NOTES; from += 500) {
            List<CompletableFuture<JsonObject>> window = new ArrayList<>();
            for (int i = from; i < from + 500; i++) {
              window.add(c.requestAsync(ops, new JsonObject().put("type", "note.create").put("clientOpId", "n" + i)
                  .put("text", "Idé nummer " + i + ": bedre oppfølging av brukere med sammensatte behov")
                  .put("x", i % 100 * 20).put("y", i / 100 * 20), token));
            }
            for (CompletableFuture<JsonObject> f : window) assertEquals(Boolean.TRUE, f.join().getBoolean("ok"));
          }
        }
        double[] ms = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
          while (server.node().directory().liveCount() > 0) Thread.sleep(50); // wait for the idle unload
          // the unload stores a final snapshot; without this, only the first run would replay the log
          if (!withSnapshots) server.node().store().discardSnapshot(id).toCompletionStage().toCompletableFuture().join();
          try (BusClient c = BusClient.connect(server.port())) {
            long t0 = System.nanoTime();
            JsonObject r = c.request(ops, new JsonObject().put("type", "join"), token);
            ms[run] = (System.nanoTime() - t0) / 1e6;
            assertEquals(NOTES, r.getJsonObject("snapshot").getJsonArray("notes").size(), "the board loaded whole");
          }
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCH board load, %d notes, snapshot every %s events: cold join median %.1f ms, "
            + "p90 %.1f ms, min %.1f ms, max %.1f ms (%d runs; first run %.1f ms)%n", NOTES, snapshotEvery,
            sorted[RUNS / 2], sorted[(int) (RUNS * 0.9)], sorted[0], sorted[RUNS - 1], RUNS, ms[0]);
      }
    }
  }
}
