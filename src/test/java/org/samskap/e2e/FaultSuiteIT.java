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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.samskap.testing.BusClient;
import org.samskap.testing.ServerProcess;
import org.samskap.testing.TempDirs;

/**
 * Faults with real processes: the database killed with SIGKILL under load (R3, E4, H2), and
 * a graceful stop with SIGTERM under load. A test that the server survives {@code kill -9}
 * itself is {@link KillNineIT}.
 */
class FaultSuiteIT {
  static final Map<String, String> FAST = Map.of("SAMSKAP_OPS_PER_SECOND", "100000");
  final HttpClient http = HttpClient.newHttpClient();
  final List<Path> dirs = new ArrayList<>();
  final List<ServerProcess> processes = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    processes.forEach(ServerProcess::close);
    dirs.forEach(TempDirs::delete);
  }

  /** Clients sending note.create ops in a steady stream, remembering what was acknowledged and refused. */
  static final class Burst {
    final Map<String, JsonObject> sent = new ConcurrentHashMap<>();
    final Map<String, String> acked = new ConcurrentHashMap<>();
    final Map<String, String> refusedWith = new ConcurrentHashMap<>();
    final CountDownLatch started = new CountDownLatch(60);
    final List<BusClient> clients = new ArrayList<>();
    final List<Thread> threads = new ArrayList<>();

    Burst(int port, String boardId, String token, int clientCount) {
      String ops = "board." + boardId + ".ops";
      for (int c = 0; c < clientCount; c++) {
        BusClient client = BusClient.connect(port);
        clients.add(client);
        int no = c;
        Thread t = new Thread(() -> {
          for (int i = 0; i < 100_000 && !Thread.currentThread().isInterrupted(); i++) {
            String id = "f" + no + "-" + i;
            JsonObject op = new JsonObject().put("type", "note.create").put("clientOpId", id)
                .put("text", "feil " + no + " " + i).put("x", i % 1000).put("y", no);
            sent.put(id, op);
            try {
              client.requestAsync(ops, op, token).thenAccept(r -> {
                if (Boolean.TRUE.equals(r.getBoolean("ok"))) {
                  acked.put(id, r.getString("noteId"));
                  started.countDown();
                } else {
                  refusedWith.put(id, r.containsKey("reason") ? r.getString("reason") : r.encode());
                }
              });
              Thread.sleep(15);
            } catch (InterruptedException e) {
              return;
            } catch (RuntimeException e) {
              return; // the socket is gone
            }
          }
        }, "burst-" + c);
        threads.add(t);
        t.start();
      }
    }

    void stop() throws InterruptedException {
      threads.forEach(Thread::interrupt);
      for (Thread t : threads) t.join(5_000);
    }

    void close() {
      clients.forEach(BusClient::close);
    }
  }

  @Test
  void R3_E4_H2_database_killed_mid_burst_gives_clear_errors_and_no_false_ok_and_service_resumes() throws Exception {
    Path dbDir = tempDir("samskap-db");
    int dbPort = ServerProcess.freePort();
    ServerProcess db = track(ServerProcess.startDatabase(dbDir, dbPort));
    Map<String, String> settings = new HashMap<>(FAST);
    settings.put("SAMSKAP_MONGO_URI", "mongodb://127.0.0.1:" + dbPort);
    ServerProcess server = track(ServerProcess.start(tempDir("samskap-node"), settings));
    JsonObject board = KillNineIT.createBoard(server.baseUrl());
    String boardId = board.getString("id");
    String token = board.getJsonObject("tokens").getString("participant");

    Burst burst = new Burst(server.port(), boardId, token, 3);
    assertTrue(burst.started.await(60, TimeUnit.SECONDS), "the burst got going");
    db.kill9();
    Map<String, String> ackedAtKill = new HashMap<>(burst.acked);

    assertEquals(503, awaitReady(server, 503, 30), "readiness reports the database outage");
    // ops sent while the database is down get a clear refusal, never ok
    Thread.sleep(4_000);
    burst.stop();
    Set<String> reasons = Set.copyOf(burst.refusedWith.values());
    assertTrue(reasons.contains("unavailable"), "clients were told the database is unavailable: " + reasons);
    assertTrue(Set.of("unavailable").containsAll(reasons), "no other refusal than unavailable: " + reasons);
    assertTrue(server.alive(), "the server stays up while its database is down");

    track(ServerProcess.startDatabase(dbDir, dbPort));
    assertEquals(200, awaitReady(server, 200, 60), "readiness recovers by itself");
    burst.close();

    try (BusClient c = BusClient.connect(server.port())) {
      String ops = "board." + boardId + ".ops";
      JsonObject after = null;
      for (int attempt = 0; attempt < 40; attempt++) {
        after = c.request(ops, new JsonObject().put("type", "note.create").put("clientOpId", "after-outage")
            .put("text", "etter").put("x", 1).put("y", 1), token);
        if (Boolean.TRUE.equals(after.getBoolean("ok"))) break;
        Thread.sleep(500);
      }
      assertEquals(Boolean.TRUE, after.getBoolean("ok"), "service resumes by itself: " + after.encode());

      Map<String, String> texts = notesById(c.request(ops, new JsonObject().put("type", "join"), token));
      for (Map.Entry<String, String> e : burst.acked.entrySet()) {
        assertEquals(burst.sent.get(e.getKey()).getString("text"), texts.get(e.getValue()),
            "acknowledged op " + e.getKey() + " survived the database crash");
      }
      System.out.printf("database kill -9: %d acked before the kill, %d acked in all, %d refused (%s)%n",
          ackedAtKill.size(), burst.acked.size(), burst.refusedWith.size(), reasons);
    }
  }

  @Test
  void R3_sigterm_mid_burst_closes_sockets_exits_within_10_s_and_loses_nothing() throws Exception {
    Path dir = tempDir("samskap-term");
    ServerProcess server = track(ServerProcess.start(dir, FAST));
    JsonObject board = KillNineIT.createBoard(server.baseUrl());
    String boardId = board.getString("id");
    String token = board.getJsonObject("tokens").getString("participant");

    Burst burst = new Burst(server.port(), boardId, token, 3);
    assertTrue(burst.started.await(60, TimeUnit.SECONDS), "the burst got going");
    long exitMillis = server.terminate(10_000);
    burst.stop();
    for (BusClient c : burst.clients) {
      assertNotNull(c.closed().get(5, TimeUnit.SECONDS), "the server closed the socket, telling the client to reconnect");
    }
    burst.close();
    System.out.printf("SIGTERM: exited in %d ms with %d ops acknowledged%n", exitMillis, burst.acked.size());

    ServerProcess again = track(ServerProcess.start(dir, FAST));
    try (BusClient c = BusClient.connect(again.port())) {
      Map<String, String> texts = notesById(c.request("board." + boardId + ".ops", new JsonObject().put("type", "join"), token));
      for (Map.Entry<String, String> e : burst.acked.entrySet()) {
        assertEquals(burst.sent.get(e.getKey()).getString("text"), texts.get(e.getValue()),
            "acknowledged op " + e.getKey() + " survived the graceful stop");
      }
    }
  }

  static Map<String, String> notesById(JsonObject joinReply) {
    assertEquals(Boolean.TRUE, joinReply.getBoolean("ok"), joinReply.encode());
    Map<String, String> texts = new HashMap<>();
    for (Object o : joinReply.getJsonObject("snapshot").getJsonArray("notes")) {
      texts.put(((JsonObject) o).getString("id"), ((JsonObject) o).getString("text"));
    }
    return texts;
  }

  /** Polls /health/ready until it answers {@code wanted} or the time is up; returns the last status. */
  int awaitReady(ServerProcess server, int wanted, int seconds) throws Exception {
    int status = -1;
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < until) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/health/ready"))
          .timeout(java.time.Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
      status = r.statusCode();
      if (status == wanted) return status;
      Thread.sleep(250);
    }
    return status;
  }

  Path tempDir(String prefix) throws Exception {
    Path d = Files.createTempDirectory(prefix);
    dirs.add(d);
    return d;
  }

  ServerProcess track(ServerProcess p) {
    processes.add(p);
    return p;
  }
}
