package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.Boards.ok;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.bridge.BridgeGuard;
import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/** Slow consumers (T8), reconnect churn, and catching up after missed events (J3, E2). */
class ResilienceIT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(Map.of("SAMSKAP_OPS_PER_SECOND", "100000"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonObject join(BusClient c, String boardId, String token) {
    c.register("board." + boardId + ".events", token);
    JsonObject r = c.request("board." + boardId + ".ops", new JsonObject().put("type", "join"), token);
    assertEquals(Boolean.TRUE, r.getBoolean("ok"), r.encode());
    return r;
  }

  @Test
  void T8_a_client_that_stops_reading_is_cut_off_and_the_others_get_every_event() throws Exception {
    JsonObject board = server.createBoard("Treg klient");
    String id = board.getString("id");
    String token = board.getJsonObject("tokens").getString("participant");
    String ops = "board." + id + ".ops";
    BridgeGuard guard = server.node().http().guard();
    long closedBefore = guard.slowConsumersClosed();

    CompletableFuture<Integer> slowClosed = new CompletableFuture<>();
    WebSocket slow = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(BusClient.endpoint(server.port()), new WebSocket.Listener() {
          @Override
          public void onOpen(WebSocket ws) {
            // never ask for a message: the client reads nothing, as a frozen browser tab would
          }

          @Override
          public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
            slowClosed.complete(code);
            return null;
          }

          @Override
          public void onError(WebSocket ws, Throwable error) {
            slowClosed.complete(-1);
          }
        }).get(10, TimeUnit.SECONDS);
    slow.sendText(new JsonObject().put("type", "register").put("address", "board." + id + ".events")
        .put("headers", new JsonObject().put("token", token)).encode(), true).get(5, TimeUnit.SECONDS);

    try (BusClient writer = BusClient.connect(server.port()); BusClient reader = BusClient.connect(server.port())) {
      join(reader, id, token);
      String noteId = ok(writer.op(id, token, new JsonObject().put("type", "note.create").put("clientOpId", "slow-0")
          .put("text", "x").put("x", 0).put("y", 0))).getString("noteId");
      String big = "æ".repeat(1900);
      int sent = 0;
      long lastVersion = 0;
      // 2 KB events until the server gives up on the slow socket (at most 40 MB)
      while (guard.slowConsumersClosed() == closedBefore && sent < 20_000) {
        List<CompletableFuture<JsonObject>> window = new ArrayList<>();
        for (int i = 0; i < 200; i++, sent++) {
          window.add(writer.requestAsync(ops, new JsonObject().put("type", "note.edit").put("clientOpId", "slow-e" + sent)
              .put("noteId", noteId).put("text", big + sent), token));
        }
        for (CompletableFuture<JsonObject> f : window) lastVersion = Math.max(lastVersion, ok(f.get(20, TimeUnit.SECONDS)).getLong("version"));
      }
      assertTrue(guard.slowConsumersClosed() > closedBefore, "the slow socket was cut off after " + sent + " events");
      slow.request(Long.MAX_VALUE); // read again, so the close frame arrives
      assertEquals(BridgeGuard.SLOW_CONSUMER_CLOSE_CODE, slowClosed.get(20, TimeUnit.SECONDS), "closed with 1013");

      long want = lastVersion;
      JsonObject last = reader.awaitEvent("board." + id + ".events", e -> e.getLong("version", 0L) == want, Duration.ofSeconds(30));
      assertEquals(want, last.getLong("version"), "the reading client got every event up to the last");
      System.out.printf("slow consumer: cut off after %d events of about 2 KB%n", sent);
    }
  }

  @Test
  void churn_1000_connect_join_leave_cycles_leave_no_sockets_or_members_behind() throws Exception {
    JsonObject board = server.createBoard("Churn");
    String id = board.getString("id");
    String token = board.getJsonObject("tokens").getString("participant");
    BridgeGuard guard = server.node().http().guard();
    int socketsBefore = guard.openSockets();
    long heapBefore = usedHeapAfterGc();

    for (int i = 0; i < 1000; i++) {
      try (BusClient c = BusClient.connect(server.port())) {
        join(c, id, token);
      }
    }
    awaitTrue(() -> guard.openSockets() == socketsBefore, 20, "every closed socket is forgotten by the bridge");
    try (BusClient c = BusClient.connect(server.port())) {
      JsonArray presence = join(c, id, token).getJsonObject("snapshot").getJsonArray("presence");
      assertEquals(1, presence.size(), "only the current member is present: " + presence.size());
    }
    awaitTrue(() -> guard.openSockets() == socketsBefore, 20, "the last socket is forgotten too");
    long heapGrowth = usedHeapAfterGc() - heapBefore;
    System.out.printf("churn: 1000 cycles, heap growth %d KiB (server and test clients in one JVM)%n", heapGrowth / 1024);
    assertTrue(heapGrowth < 16L * 1024 * 1024, "heap after 1000 cycles grew by " + heapGrowth / 1024 + " KiB");
  }

  @Test
  void J3_E2_a_client_that_missed_500_events_catches_up_to_exactly_the_server_state() throws Exception {
    JsonObject board = server.createBoard("Innhenting");
    String id = board.getString("id");
    String token = board.getJsonObject("tokens").getString("participant");
    String ops = "board." + id + ".ops";
    Map<String, JsonObject> mine;
    long myVersion;
    try (BusClient away = BusClient.connect(server.port())) {
      JsonObject j = join(away, id, token);
      myVersion = j.getLong("version");
      mine = notes(j.getJsonObject("snapshot"));
    }
    try (BusClient busy = BusClient.connect(server.port())) {
      List<String> noteIds = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        JsonObject op = i % 5 == 0 || noteIds.isEmpty()
            ? new JsonObject().put("type", "note.create").put("text", "idé " + i).put("x", i).put("y", 0)
            : new JsonObject().put("type", "note.move").put("noteId", noteIds.get(i % noteIds.size())).put("x", i).put("y", i * 2);
        JsonObject r = ok(busy.op(id, token, op.put("clientOpId", "miss-" + i)));
        if (r.getString("noteId") != null) noteIds.add(r.getString("noteId"));
      }
    }
    try (BusClient back = BusClient.connect(server.port())) {
      back.register("board." + id + ".events", token);
      JsonObject caughtUp = ok(back.request(ops, new JsonObject().put("type", "since").put("version", myVersion), token));
      JsonArray events = caughtUp.getJsonArray("events");
      assertEquals(500, events.size(), "since returns every missed event");
      long v = myVersion;
      for (Object o : events) {
        JsonObject e = (JsonObject) o;
        assertEquals(v + 1, e.getLong("version"), "events are gapless and in order");
        v = e.getLong("version");
        if ("note.create".equals(e.getString("type"))) {
          mine.put(e.getString("noteId"), new JsonObject().put("id", e.getString("noteId")).put("text", e.getString("text"))
              .put("x", e.getDouble("x")).put("y", e.getDouble("y")));
        } else {
          JsonObject n = mine.get(e.getString("noteId"));
          n.put("x", e.getDouble("x")).put("y", e.getDouble("y"));
        }
      }
      Map<String, JsonObject> server = notes(ok(back.request(ops, new JsonObject().put("type", "join"), token)).getJsonObject("snapshot"));
      assertEquals(hash(server), hash(mine), "the caught-up state hashes the same as the server's");
      assertEquals(100, mine.size());
    }
  }

  static Map<String, JsonObject> notes(JsonObject snapshot) {
    Map<String, JsonObject> m = new TreeMap<>();
    for (Object o : snapshot.getJsonArray("notes")) {
      JsonObject n = (JsonObject) o;
      m.put(n.getString("id"), new JsonObject().put("id", n.getString("id")).put("text", n.getString("text"))
          .put("x", n.getDouble("x")).put("y", n.getDouble("y")));
    }
    return m;
  }

  static String hash(Map<String, JsonObject> notes) throws Exception {
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    for (JsonObject n : new TreeMap<>(notes).values()) d.update(n.encode().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d.digest());
  }

  static long usedHeapAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  static void awaitTrue(java.util.function.BooleanSupplier condition, int seconds, String what) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!condition.getAsBoolean() && System.nanoTime() < until) Thread.sleep(50);
    assertTrue(condition.getAsBoolean(), what);
  }
}
