package org.samskap.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;

import org.samskap.board.BoardMeta;
import org.samskap.board.StoredEvent;
import org.samskap.persistence.Database;
import org.samskap.persistence.MongoBoardStore;
import org.samskap.persistence.embedded.EmbeddedMongo;
import org.samskap.testing.TempDirs;

/**
 * Benchmark, not a test (docs/PERFORMANCE.md, "Write lock of the embedded database"): many
 * boards append at once, each with one append in flight, as busy boards do. The appends of all
 * boards share the store's concurrent writes, so this shows what serialising the embedded
 * database's data-changing commands and their commits (rule S1) costs. Run with
 * {@code ./mvnw -o verify -Dit.test=StoreConcurrentAppendBench -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class StoreConcurrentAppendBench {
  static final int BOARDS = 40;
  static final int APPENDS_PER_BOARD = 150;
  static final int EVENTS_PER_APPEND = 3;

  @Test
  void concurrent_appends_of_many_boards() throws Exception {
    Path dir = Files.createTempDirectory("samskap-append-conc");
    Vertx vertx = Vertx.vertx();
    try (EmbeddedMongo mongo = EmbeddedMongo.start(dir, 0, false);
         Database db = Database.connect(mongo.connectionString(), "bench")) {
      MongoBoardStore store = new MongoBoardStore(vertx, db.db());
      store.init().toCompletionStage().toCompletableFuture().get();
      for (int b = 0; b < BOARDS; b++) {
        store.createBoard(new BoardMeta("bench" + b, "ideas", "Bench", 0, Map.of())).toCompletionStage().toCompletableFuture().get();
      }
      for (int round = 0; round < 2; round++) { // the first round warms up
        long t0 = System.nanoTime();
        List<CompletableFuture<Void>> boards = new ArrayList<>();
        int offset = round * APPENDS_PER_BOARD * EVENTS_PER_APPEND;
        for (int b = 0; b < BOARDS; b++) boards.add(chain(store, "bench" + b, offset + 1, offset + APPENDS_PER_BOARD * EVENTS_PER_APPEND));
        CompletableFuture.allOf(boards.toArray(CompletableFuture[]::new)).get();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (round == 1) {
          long events = (long) BOARDS * APPENDS_PER_BOARD * EVENTS_PER_APPEND;
          System.out.printf("BENCH concurrent appends (%d boards x %d appends of %d events, embedded H2): %.0f events/s, "
              + "%.0f appends/s, %d database writes, file %d KB%n", BOARDS, APPENDS_PER_BOARD, EVENTS_PER_APPEND,
              events / seconds, BOARDS * APPENDS_PER_BOARD / seconds, store.eventWriteCount(),
              Files.size(dir.resolve(EmbeddedMongo.FILE_NAME)) / 1024);
        }
      }
      assertEquals(2 * APPENDS_PER_BOARD * EVENTS_PER_APPEND,
          store.load("bench0").toCompletionStage().toCompletableFuture().get().tail().size());
    } finally {
      vertx.close();
      TempDirs.delete(dir);
    }
  }

  /** One board's appends, one in flight at a time, from {@code from} to {@code to}. */
  private static CompletableFuture<Void> chain(MongoBoardStore store, String board, long from, long to) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    next(store, board, from, to, done);
    return done;
  }

  private static void next(MongoBoardStore store, String board, long v, long to, CompletableFuture<Void> done) {
    if (v > to) {
      done.complete(null);
      return;
    }
    List<StoredEvent> batch = new ArrayList<>();
    for (long i = v; i < v + EVENTS_PER_APPEND; i++) {
      batch.add(new StoredEvent(i, "c" + i, "s", i, Map.of("type", "note.move", "noteId", "n1", "x", (double) i, "y", 1.0)));
    }
    Future<Void> f = store.append(board, batch);
    f.onSuccess(x -> next(store, board, v + EVENTS_PER_APPEND, to, done)).onFailure(done::completeExceptionally);
  }
}
