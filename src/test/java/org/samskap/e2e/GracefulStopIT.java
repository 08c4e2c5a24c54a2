package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.samskap.testing.BusClient;
import org.samskap.testing.ServerProcess;
import org.samskap.testing.TempDirs;

/**
 * Rule R7, a graceful stop: SIGTERM while clients have many requests in flight. Every request a
 * client sent before it learnt of the stop gets a reply (ok, or {@code unavailable}), none is
 * left hanging; every socket is closed with 1012; the process exits within 10 s; every
 * acknowledged op is there after a restart; the log has no errors.
 */
class GracefulStopIT {
  static final int CLIENTS = 4;
  static final int MAX_IN_FLIGHT = 150;
  final List<Path> dirs = new ArrayList<>();
  final List<ServerProcess> processes = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    processes.forEach(ServerProcess::close);
    dirs.forEach(TempDirs::delete);
  }

  /** One client sending note.create ops with up to MAX_IN_FLIGHT waiting, until it is told the server stops. */
  static final class Sender {
    final BusClient client;
    final Map<String, JsonObject> sent = new ConcurrentHashMap<>();
    final Map<String, CompletableFuture<JsonObject>> replies = new ConcurrentHashMap<>();
    final Map<String, String> acked = new ConcurrentHashMap<>();
    final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicBoolean toldToStop = new AtomicBoolean();
    final Semaphore window = new Semaphore(MAX_IN_FLIGHT);
    final Thread thread;

    Sender(int port, String boardId, String token, int no, CountDownLatch started) {
      client = BusClient.connect(port);
      thread = new Thread(() -> {
        for (int i = 0; !toldToStop.get() && !Thread.currentThread().isInterrupted(); i++) {
          try {
            if (!window.tryAcquire(50, TimeUnit.MILLISECONDS)) continue;
          } catch (InterruptedException e) {
            return;
          }
          if (toldToStop.get()) return;
          String id = "g" + no + "-" + i;
          JsonObject op = new JsonObject().put("type", "note.create").put("clientOpId", id)
              .put("text", "stopp " + no + " " + i).put("x", i % 500).put("y", no);
          CompletableFuture<JsonObject> f;
          try {
            f = client.requestAsync("board." + boardId + ".ops", op, token);
          } catch (RuntimeException closed) {
            return; // the socket is gone: this one was never sent
          }
          sent.put(id, op);
          sentAt.put(id, System.nanoTime());
          replies.put(id, f);
          inFlight.incrementAndGet();
          f.whenComplete((r, e) -> {
            inFlight.decrementAndGet();
            window.release();
            if (r == null) return;
            if (Boolean.TRUE.equals(r.getBoolean("ok"))) {
              acked.put(id, r.getString("noteId"));
              started.countDown();
            } else if ("unavailable".equals(r.getString("reason"))) {
              toldToStop.set(true); // as a real client: send again after reconnecting
            }
          });
        }
      }, "stop-sender-" + no);
      thread.start();
    }
  }

  @Test
  void R7_sigterm_answers_every_request_in_flight_closes_with_1012_and_exits_within_10_s() throws Exception {
    Path dir = Files.createTempDirectory("samskap-stop");
    dirs.add(dir);
    ServerProcess server = track(ServerProcess.start(dir, FaultSuiteIT.FAST));
    JsonObject board = KillNineIT.createBoard(server.baseUrl());
    String boardId = board.getString("id");
    String token = board.getJsonObject("tokens").getString("participant");

    CountDownLatch started = new CountDownLatch(400);
    List<Sender> senders = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) senders.add(new Sender(server.port(), boardId, token, c, started));
    assertTrue(started.await(60, TimeUnit.SECONDS), "the burst got going");
    int inFlightAtTerm = senders.stream().mapToInt(s -> s.inFlight.get()).sum();
    long termAt = System.nanoTime();
    long exitMillis = server.terminate(10_000);

    int ok = 0, refused = 0;
    List<String> hanging = new ArrayList<>();
    List<String> otherAnswers = new ArrayList<>();
    for (Sender s : senders) {
      s.thread.join(5_000);
      for (Map.Entry<String, CompletableFuture<JsonObject>> e : s.replies.entrySet()) {
        JsonObject r;
        try {
          r = e.getValue().get(BusClient.TIMEOUT.toSeconds() + 2, TimeUnit.SECONDS);
        } catch (Exception noReply) {
          hanging.add(e.getKey());
          continue;
        }
        if (Boolean.TRUE.equals(r.getBoolean("ok"))) ok++;
        else if ("unavailable".equals(r.getString("reason"))) refused++;
        else otherAnswers.add(e.getKey() + " " + r.encode());
      }
    }
    List<Integer> codes = new ArrayList<>();
    for (Sender s : senders) codes.add(s.client.closed().get(5, TimeUnit.SECONDS));
    senders.forEach(s -> s.client.close());
    System.out.printf("R7 SIGTERM: %d requests in flight at SIGTERM, exit after %d ms; %d ok, %d refused "
        + "(unavailable), %d without a reply, close codes %s%n", inFlightAtTerm, exitMillis, ok, refused, hanging.size(), codes);

    if (!hanging.isEmpty()) {
      for (Sender s : senders) System.out.println("sender sent " + s.sent.size() + " acked " + s.acked.size() + " first hanging " + s.replies.entrySet().stream().filter(e -> !e.getValue().isDone() || e.getValue().isCompletedExceptionally()).map(Map.Entry::getKey).sorted().findFirst().map(id -> id + " sent at " + (s.sentAt.get(id) - termAt) / 1_000_000 + " ms after SIGTERM").orElse("-"));
      System.out.println("server log:\n" + tail(server.log()));
    }
    assertTrue(hanging.isEmpty(), hanging.size() + " requests never got a reply, e.g. " + hanging.subList(0, Math.min(5, hanging.size())));
    assertTrue(otherAnswers.isEmpty(), "only ok or unavailable: " + otherAnswers);
    for (int code : codes) assertEquals(1012, code, "closed with 1012 (service restart) so clients reconnect at once");
    assertTrue(exitMillis < 10_000, "exit within 10 s: " + exitMillis);
    String log = server.log();
    assertFalse(log.contains("WebSocket is closed"), "no 'WebSocket is closed' in the log:\n" + tail(log));
    assertFalse(log.contains(" ERROR "), "no error in the log:\n" + tail(log));

    ServerProcess again = track(ServerProcess.start(dir, FaultSuiteIT.FAST));
    try (BusClient c = BusClient.connect(again.port())) {
      Map<String, String> texts = FaultSuiteIT.notesById(c.request("board." + boardId + ".ops", new JsonObject().put("type", "join"), token));
      int checked = 0;
      for (Sender s : senders) {
        for (Map.Entry<String, String> e : s.acked.entrySet()) {
          assertEquals(s.sent.get(e.getKey()).getString("text"), texts.get(e.getValue()),
              "acknowledged op " + e.getKey() + " survived the stop");
          checked++;
        }
      }
      assertEquals(ok, checked, "every ok counted is checked");
    }
  }

  static String tail(String log) {
    return log.length() <= 4000 ? log : log.substring(log.length() - 4000);
  }

  ServerProcess track(ServerProcess p) {
    processes.add(p);
    return p;
  }
}
