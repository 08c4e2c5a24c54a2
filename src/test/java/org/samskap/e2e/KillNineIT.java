package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.samskap.testing.BusClient;
import org.samskap.testing.ServerProcess;
import org.samskap.testing.TempDirs;

/**
 * Rule R3 under a crash: the server process is killed with SIGKILL in the middle of a burst from
 * several clients. After a restart every acknowledged op is there, and re-sending every op with
 * its clientOpId applies each exactly once (R2).
 */
class KillNineIT {
  static final int CLIENTS = 4;
  static final int OPS_PER_CLIENT = 400;
  /** Each client sends about 100 ops a second: a steady burst, not one flood that fills the store's buffers. */
  static final long PAUSE_MILLIS = 10;
  static final Map<String, String> SETTINGS = Map.of("SAMSKAP_OPS_PER_SECOND", "100000", "SAMSKAP_SNAPSHOT_EVERY", "50");

  Path dataDir;
  ServerProcess server;

  @AfterEach
  void cleanUp() {
    if (server != null) server.close();
    TempDirs.delete(dataDir);
  }

  @Test
  void R3_every_acknowledged_op_survives_kill_9_mid_burst_and_resent_ops_apply_exactly_once() throws Exception {
    dataDir = Files.createTempDirectory("samskap-kill9");
    server = ServerProcess.start(dataDir, SETTINGS);
    JsonObject board = createBoard(server.baseUrl());
    String boardId = board.getString("id");
    String token = board.getJsonObject("tokens").getString("participant");
    String ops = "board." + boardId + ".ops";

    // every op this test will ever send, by clientOpId
    Map<String, JsonObject> sent = new ConcurrentHashMap<>();
    Map<String, String> acked = new ConcurrentHashMap<>(); // clientOpId -> noteId
    AtomicInteger ackCount = new AtomicInteger();
    CountDownLatch enoughAcks = new CountDownLatch(CLIENTS * 40);
    List<BusClient> clients = new ArrayList<>();
    List<Thread> senders = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      BusClient client = BusClient.connect(server.port());
      clients.add(client);
      int clientNo = c;
      Thread t = new Thread(() -> {
        for (int i = 0; i < OPS_PER_CLIENT; i++) {
          String clientOpId = "c" + clientNo + "-op" + i;
          JsonObject op = new JsonObject().put("type", "note.create").put("clientOpId", clientOpId)
              .put("text", "klient " + clientNo + " idé " + i).put("x", i).put("y", clientNo);
          sent.put(clientOpId, op);
          try {
            client.requestAsync(ops, op, token).thenAccept(r -> {
              if (Boolean.TRUE.equals(r.getBoolean("ok"))) {
                acked.put(clientOpId, r.getString("noteId"));
                ackCount.incrementAndGet();
                enoughAcks.countDown();
              }
            });
            Thread.sleep(PAUSE_MILLIS);
          } catch (InterruptedException e) {
            return;
          } catch (RuntimeException e) {
            return; // the socket died with the server
          }
        }
      });
      senders.add(t);
      t.start();
    }
    assertTrue(enoughAcks.await(60, TimeUnit.SECONDS), "the burst got going");
    server.kill9();
    int ackedAtKill = ackCount.get();
    senders.forEach(Thread::interrupt);
    for (Thread t : senders) t.join(5_000);
    clients.forEach(BusClient::close);
    Map<String, String> ackedBeforeKill = new HashMap<>(acked);
    System.out.printf("kill -9: %d ops sent, %d acknowledged before the kill%n", sent.size(), ackedAtKill);
    assertTrue(ackedBeforeKill.size() < CLIENTS * OPS_PER_CLIENT, "the kill landed in the middle of the burst");

    server = ServerProcess.start(dataDir, SETTINGS);
    try (BusClient c = BusClient.connect(server.port())) {
      JsonObject snap = c.request(ops, new JsonObject().put("type", "join"), token).getJsonObject("snapshot");
      Map<String, String> textById = new HashMap<>();
      for (Object o : snap.getJsonArray("notes")) textById.put(((JsonObject) o).getString("id"), ((JsonObject) o).getString("text"));
      for (Map.Entry<String, String> e : ackedBeforeKill.entrySet()) {
        String text = textById.get(e.getValue());
        assertNotNull(text, "acknowledged op " + e.getKey() + " survived");
        assertEquals(sent.get(e.getKey()).getString("text"), text);
      }

      // a client re-sends everything it ever sent; each op must exist exactly once afterwards
      // (in windows: the bridge allows at most 1000 requests in flight per socket, rule T7)
      List<JsonObject> all = new ArrayList<>(sent.values());
      for (int from = 0; from < all.size(); from += 500) {
        List<CompletableFuture<JsonObject>> window = new ArrayList<>();
        for (JsonObject op : all.subList(from, Math.min(all.size(), from + 500))) window.add(c.requestAsync(ops, op, token));
        for (CompletableFuture<JsonObject> f : window) assertEquals(Boolean.TRUE, f.join().getBoolean("ok"), "resend accepted");
      }
      for (Map.Entry<String, String> e : ackedBeforeKill.entrySet()) {
        JsonObject again = c.request(ops, sent.get(e.getKey()), token);
        assertEquals(e.getValue(), again.getString("noteId"), "a replay of an acknowledged op returns its original note");
      }
      JsonArray notes = c.request(ops, new JsonObject().put("type", "join"), token).getJsonObject("snapshot").getJsonArray("notes");
      Map<String, Integer> copies = new HashMap<>();
      for (Object o : notes) copies.merge(((JsonObject) o).getString("text"), 1, Integer::sum);
      assertEquals(sent.size(), notes.size(), "every op applied once");
      assertTrue(copies.values().stream().allMatch(n -> n == 1), "no op applied twice");
    }
  }

  static JsonObject createBoard(String baseUrl) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(baseUrl + "/api/boards")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"ideas\",\"title\":\"Krasjtest\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(201, r.statusCode(), r.body());
    return new JsonObject(r.body());
  }
}
