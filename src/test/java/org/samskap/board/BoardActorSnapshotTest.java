package org.samskap.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.Samskap;
import org.samskap.config.SamskapConfig;
import org.samskap.protocol.Headers;
import org.samskap.testing.ForwardingBoardStore;
import org.samskap.testing.InMemoryBoardStore;

/**
 * Rule R3 with snapshots: an op is acknowledged once its event is durable, without waiting for
 * the snapshot that follows it, and a board never has two snapshot writes in flight.
 */
class BoardActorSnapshotTest {
  static final String OPS = "test.board.ops";

  /** Events are durable at once (in memory); snapshot writes wait until the test lets them finish. */
  static final class SlowSnapshots extends ForwardingBoardStore {
    final InMemoryBoardStore memory;
    final List<Snapshot> snapshots = new CopyOnWriteArrayList<>();
    final List<Promise<Void>> inFlight = new CopyOnWriteArrayList<>();

    SlowSnapshots(InMemoryBoardStore memory) {
      super(memory);
      this.memory = memory;
    }

    @Override public Future<Void> saveSnapshot(Snapshot s) {
      snapshots.add(s);
      Promise<Void> p = Promise.promise();
      inFlight.add(p);
      return p.future().compose(v -> memory.saveSnapshot(s));
    }
  }

  Vertx vertx;
  SlowSnapshots store;
  BoardActor actor;
  Context context;

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    store = new SlowSnapshots(new InMemoryBoardStore());
    BoardSettings settings = new BoardSettings(Samskap.kinds(SamskapConfig.defaults()), System::currentTimeMillis,
        () -> UUID.randomUUID().toString(), 3, 64, 60_000);
    BoardMeta meta = new BoardMeta("board-snap", "ideas", "Snapshots", 0L, Map.of());
    store.createBoard(meta);
    CompletableFuture<Void> ready = new CompletableFuture<>();
    vertx.runOnContext(v -> {
      context = Vertx.currentContext();
      actor = new BoardActor(vertx, store, new LoadedBoard(meta, null, List.of()), settings, () -> {});
      vertx.eventBus().consumer(OPS, actor::handle).completion().onComplete(ar -> ready.complete(null));
    });
    ready.get(5, TimeUnit.SECONDS);
  }

  @AfterEach
  void stop() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  JsonObject createNote(String clientOpId) throws Exception {
    JsonObject op = new JsonObject().put("type", "note.create").put("clientOpId", clientOpId)
        .put("text", "Idé " + clientOpId).put("x", 1).put("y", 2);
    return (JsonObject) vertx.eventBus().request(OPS, op, new DeliveryOptions().addHeader(Headers.INTERNAL, "server-op"))
        .toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS).body();
  }

  void finishSnapshots() throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    context.runOnContext(v -> {
      for (Promise<Void> p : new ArrayList<>(store.inFlight)) p.tryComplete();
      store.inFlight.clear();
      done.complete(null);
    });
    done.get(5, TimeUnit.SECONDS);
  }

  @Test
  @DisplayName("R3: ops are acknowledged while the snapshot after them is still being written")
  void acks_do_not_wait_for_snapshots() throws Exception {
    for (int i = 1; i <= 8; i++) {
      JsonObject reply = createNote("c" + i);
      assertEquals(Boolean.TRUE, reply.getBoolean("ok"), reply.encode());
      assertEquals(i, reply.getLong("version"));
    }
    assertEquals(8, store.memory.events("board-snap").size(), "every acknowledged op's event was written first");
    assertEquals(1, store.snapshots.size(), "one snapshot write at a time: the second waits for the first");
    assertTrue(store.snapshots.get(0).version() >= 3, "the first snapshot is due after 3 events");
  }

  @Test
  @DisplayName("R3: once a snapshot is written the next one is taken at a later version")
  void next_snapshot_after_the_first_finishes() throws Exception {
    for (int i = 1; i <= 3; i++) createNote("a" + i);
    finishSnapshots();
    for (int i = 1; i <= 3; i++) createNote("b" + i);
    assertEquals(2, store.snapshots.size());
    assertTrue(store.snapshots.get(1).version() > store.snapshots.get(0).version());
    assertEquals(6, store.snapshots.get(1).version());
  }

  @Test
  @DisplayName("J4: unloading waits for a snapshot still being written, then writes the final one")
  void unload_waits_for_the_snapshot_in_flight() throws Exception {
    for (int i = 1; i <= 4; i++) createNote("u" + i);
    assertEquals(1, store.inFlight.size());
    CompletableFuture<Void> unloaded = new CompletableFuture<>();
    context.runOnContext(v -> actor.unload().onComplete(ar -> unloaded.complete(null)));
    Thread.sleep(200);
    assertFalse(unloaded.isDone(), "unload must not finish while a snapshot write is in flight");
    assertEquals(1, store.snapshots.size(), "and must not start a second snapshot write beside it");
    finishSnapshots();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (store.snapshots.size() < 2 && System.nanoTime() < deadline) Thread.sleep(10);
    assertEquals(2, store.snapshots.size(), "the final snapshot is written after the first finished");
    assertEquals(4, store.snapshots.get(1).version());
    finishSnapshots();
    unloaded.get(5, TimeUnit.SECONDS);
  }
}
