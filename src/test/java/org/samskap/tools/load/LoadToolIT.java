package org.samskap.tools.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import org.samskap.testing.TestServer;

/**
 * The load tool (issue 21, docs/PERFORMANCE.md) against a real Samskap over real websockets:
 * its Vert.x receive side hears every event, and its cheap frame scan agrees with a JSON parse
 * on the frames the server really sends.
 */
class LoadToolIT {

  @Test
  void a_short_run_against_a_real_server_loses_nothing_and_counts_every_event() throws Exception {
    try (TestServer server = TestServer.start()) {
      int clients = 5;
      double rate = 20;
      LoadOptions o = LoadOptions.parse(new String[] {"--url", server.baseUrl(), "--clients", Integer.toString(clients),
          "--rate", "20", "--seconds", "3", "--warmup", "1", "--label", "it"});
      JsonObject r = new LoadTool(o).run();

      long sent = r.getLong("opsSent");
      // a fixed schedule of 20 ops/s for the 3 measured seconds
      assertTrue(sent >= 0.8 * rate * 3 && sent <= 1.2 * rate * 3 + 1, "ops sent on schedule: " + sent);
      assertEquals(sent, r.getLong("opsAcked"), "every op acknowledged");
      assertEquals(0, r.getLong("opsRefused"));
      assertEquals(0, r.getLong("eventsLost"), "no event lost");
      // each op's event reaches every other client of the board, once
      assertEquals(sent * (clients - 1), r.getLong("eventsDelivered"));
      assertEquals(r.getLong("eventsDelivered"), r.getJsonObject("fanoutMs").getLong("count"));
      double p50 = r.getJsonObject("fanoutMs").getDouble("p50");
      assertTrue(p50 > 0 && p50 < 5000, "plausible fan-out p50: " + p50);
      JsonObject g = r.getJsonObject("generator");
      assertNotNull(g.getJsonObject("sendLagMs"));
      assertTrue(g.getJsonObject("receiveLoopDelayMs").getLong("count") > 0, "the receive loop was probed");
      assertTrue(g.getDouble("sentPerSecond") > 0.8 * rate);
      // Linux: the generator's own CPU and its receive loop's busy share (schedstat) are read
      double busy = g.getDouble("receiveLoopBusyPercent");
      assertTrue(busy > 0 && busy < 100, "receive loop busy share: " + busy);
      assertTrue(g.getDouble("cpuMicrosPerReceived") > 0, "generator CPU per event: " + g);
    }
  }

  @Test
  void the_frame_scan_agrees_with_a_json_parse_on_the_servers_frames() throws Exception {
    try (TestServer server = TestServer.start(); LoadClient client = new LoadClient(1)) {
      JsonObject board = server.createBoard("Skanning");
      String id = board.getString("id");
      String token = board.getJsonObject("tokens").getString("participant");
      URI ws = URI.create(server.baseUrl().replaceFirst("^http", "ws") + "/eventbus/websocket");
      LoadSocket watcher = LoadSocket.connect(client, ws, "watch");
      List<String> frames = new CopyOnWriteArrayList<>();
      watcher.onRaw(frames::add);
      watcher.register("board." + id + ".events", token);
      // the watcher's own join: its reply (a snapshot) and the presence event it causes
      watcher.sendRawFrame(new JsonObject().put("type", "send").put("address", "board." + id + ".ops")
          .put("replyAddress", "watch.1").put("headers", new JsonObject().put("token", token))
          .put("body", new JsonObject().put("type", "join").put("name", "Kari \"K\" Nordmann")));
      LoadSocket writer = LoadSocket.connect(client, ws, "write");
      writer.register("board." + id + ".events", token);
      assertEquals(Boolean.TRUE, writer.request("board." + id + ".ops", new JsonObject().put("type", "join").put("name", "skriv"), token)
          .get(10, TimeUnit.SECONDS).getBoolean("ok"));
      JsonObject created = writer.request("board." + id + ".ops", new JsonObject().put("type", "note.create")
          .put("clientOpId", "op_1.a:b-c").put("text", "\"clientOpId\":\"not-this\" {[ \\ æ").put("x", 1).put("y", 2), token)
          .get(10, TimeUnit.SECONDS);
      assertEquals(Boolean.TRUE, created.getBoolean("ok"), created.encode());
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (frames.stream().noneMatch(f -> f.contains("op_1.a:b-c")) && System.nanoTime() < until) Thread.sleep(20);

      int events = 0;
      boolean sawOp = false;
      for (String f : frames) {
        JsonObject j = new JsonObject(f);
        EventFrames.Scan scan = EventFrames.scan(f.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        boolean event = "rec".equals(j.getString("type")) && j.getString("address", "").startsWith("board.");
        assertEquals(event, scan.event(), f);
        Object opId = event ? j.getJsonObject("body").getValue("clientOpId") : null;
        assertEquals(opId instanceof String s ? s : null, scan.clientOpId(), f);
        if (event) events++;
        if ("op_1.a:b-c".equals(scan.clientOpId())) sawOp = true;
      }
      assertTrue(frames.stream().anyMatch(f -> f.contains("\"watch.1\"")), "the join reply was seen: " + frames);
      assertTrue(events >= 1, "the note's event was seen: " + frames);
      assertTrue(sawOp, "the op's clientOpId was read back, not the one in the note text: " + frames);
      watcher.close();
      writer.close();
    }
  }
}
