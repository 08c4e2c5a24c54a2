package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.Boards.join;
import static org.samskap.testing.Boards.newBoard;
import static org.samskap.testing.Boards.ok;
import static org.samskap.testing.Boards.op;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import org.samskap.testing.Board;
import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/**
 * Who may reach the server and how much, over real HTTP and websockets: origins (T4), rate and
 * frame limits (T5, T6), board creation input (H1) and health (H2). Names cite docs/PROTOCOL.md.
 */
class AccessIT {
  static final int OPS_PER_SECOND = 10;
  static final int MAX_FRAME_BYTES = 1024;

  /** Default settings. */
  static TestServer server;
  /** Low limits, so a test can reach them quickly. */
  static TestServer limited;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    limited = TestServer.start(Map.of(
        "SAMSKAP_OPS_PER_SECOND", Integer.toString(OPS_PER_SECOND),
        "SAMSKAP_MAX_FRAME_BYTES", Integer.toString(MAX_FRAME_BYTES)));
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (limited != null) limited.close();
  }

  static JsonObject noteCreate(String text) {
    return op("note.create").put("text", text).put("x", 1).put("y", 2);
  }

  /** The HTTP status a websocket upgrade with this Origin got (JDK client; its Host is 127.0.0.1:port). */
  static int refusedUpgradeStatus(Executable connect) {
    try {
      connect.execute();
    } catch (Throwable t) {
      for (Throwable c = t; c != null; c = c.getCause()) {
        if (c instanceof WebSocketHandshakeException h) return h.getResponse().statusCode();
      }
      throw new AssertionError("the upgrade failed without an HTTP answer", t);
    }
    throw new AssertionError("the upgrade was accepted");
  }

  /**
   * Sends a websocket upgrade by hand, so the {@code Host} header can be what a LAN client or a
   * reverse proxy sends, and returns the status of the answer (101 is accepted).
   */
  static int rawUpgradeStatus(int port, String host, String origin) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      StringBuilder req = new StringBuilder()
          .append("GET /eventbus/websocket HTTP/1.1\r\n")
          .append("Host: ").append(host).append("\r\n")
          .append("Upgrade: websocket\r\n")
          .append("Connection: Upgrade\r\n")
          .append("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n")
          .append("Sec-WebSocket-Version: 13\r\n");
      if (origin != null) req.append("Origin: ").append(origin).append("\r\n");
      req.append("\r\n");
      OutputStream out = s.getOutputStream();
      out.write(req.toString().getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
      assertNotNull(status, "no answer");
      return Integer.parseInt(status.split(" ")[1]);
    }
  }

  static HttpResponse<String> get(TestServer s, String path, String origin) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(java.net.URI.create(s.baseUrl() + path)).GET();
    if (origin != null) b.header("Origin", origin);
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  // ---- T4: origins ----

  @Test
  @DisplayName("T4: a websocket upgrade from a foreign Origin is refused with 403, and so is any bridge request")
  void T4_foreign_origin_gets_403() throws Exception {
    int port = server.port();
    assertEquals(403, refusedUpgradeStatus(() -> BusClient.connect(port, "http://evil.example")));
    assertEquals(403, refusedUpgradeStatus(() -> BusClient.connect(port, "http://localhost:" + (port + 1))),
        "the port is part of the origin");
    assertEquals(403, refusedUpgradeStatus(() -> BusClient.connect(port, "null")));
    HttpResponse<String> info = get(server, "/eventbus/info", "https://evil.example");
    assertEquals(403, info.statusCode());
    assertEquals("Origin not allowed: https://evil.example", info.body());
  }

  @Test
  @DisplayName("T4: the server's own origins, http://localhost:PORT and http://127.0.0.1:PORT, may join a board")
  void T4_own_loopback_origins_pass() {
    Board b = newBoard(server, "ideas");
    for (String origin : List.of("http://localhost:" + server.port(), "http://127.0.0.1:" + server.port())) {
      try (BusClient c = BusClient.connect(server.port(), origin)) {
        join(c, b, b.participant(), origin);
        ok(c.op(b.id(), b.participant(), noteCreate("from " + origin)));
      }
    }
  }

  @Test
  @DisplayName("T4: a request with no Origin (a native client) passes; the token is what counts")
  void T4_no_origin_passes() {
    Board b = newBoard(server, "ideas");
    try (BusClient c = BusClient.connect(server.port())) {
      join(c, b, b.participant(), "native");
      ok(c.op(b.id(), b.participant(), noteCreate("native")));
    }
  }

  @Test
  @DisplayName("T4: with no list set, an Origin matching the Host header passes: LAN address and reverse proxy")
  void T4_origin_matching_the_host_header_passes() throws Exception {
    int port = server.port();
    assertEquals(101, rawUpgradeStatus(port, "192.168.1.20:" + port, "http://192.168.1.20:" + port));
    assertEquals(101, rawUpgradeStatus(port, "samskap.kommune.no", "https://samskap.kommune.no"));
    assertEquals(101, rawUpgradeStatus(port, "Samskap.Kommune.no", "https://samskap.kommune.no"));
    assertEquals(101, rawUpgradeStatus(port, "127.0.0.1:" + port, null));
    assertEquals(403, rawUpgradeStatus(port, "samskap.kommune.no", "https://evil.example"));
    assertEquals(403, rawUpgradeStatus(port, "samskap.kommune.no", "https://samskap.kommune.no:8443"));
    assertEquals(403, rawUpgradeStatus(port, "192.168.1.20:" + port, "http://192.168.1.21:" + port));
  }

  @Test
  @DisplayName("T4: a configured SAMSKAP_ALLOWED_ORIGINS is strict: its entries pass, the Host match and loopback do not")
  void T4_a_configured_list_is_strict() throws Exception {
    try (TestServer strict = TestServer.start(Map.of("SAMSKAP_ALLOWED_ORIGINS", "https://samskap.kommune.no"))) {
      int port = strict.port();
      assertEquals(101, rawUpgradeStatus(port, "samskap.kommune.no", "https://samskap.kommune.no"));
      assertEquals(101, rawUpgradeStatus(port, "127.0.0.1:" + port, null));
      assertEquals(403, rawUpgradeStatus(port, "intranet.example:" + port, "http://intranet.example:" + port));
      assertEquals(403, refusedUpgradeStatus(() -> BusClient.connect(port, "http://localhost:" + port)));
    }
  }

  // ---- T6: rate limit ----

  @Test
  @DisplayName("T6: a flooding socket is answered rate_limited, nothing of it is applied, and another socket carries on")
  void T6_flooding_socket_is_rate_limited_and_others_are_not() throws Exception {
    Board b = newBoard(limited, "ideas");
    try (BusClient flooder = BusClient.connect(limited.port()); BusClient calm = BusClient.connect(limited.port())) {
      join(flooder, b, b.participant(), "flooder");
      int sent = 4 * OPS_PER_SECOND;
      List<CompletableFuture<JsonObject>> pending = IntStream.range(0, sent)
          .mapToObj(i -> flooder.requestAsync(b.ops(), noteCreate("flood " + i), b.participant())).toList();
      List<JsonObject> replies = pending.stream().map(CompletableFuture::join).toList();
      long ok = replies.stream().filter(r -> Boolean.TRUE.equals(r.getBoolean("ok"))).count();
      List<JsonObject> limitedReplies = replies.stream().filter(r -> "rate_limited".equals(r.getString("reason"))).toList();
      assertEquals(sent, ok + limitedReplies.size(), "every send got ok or rate_limited: " + replies);
      assertTrue(limitedReplies.size() >= sent / 2, "most of the flood was refused: " + limitedReplies.size());
      assertTrue(ok >= 1, "the burst let some through");
      assertEquals("Too many messages; at most " + OPS_PER_SECOND + " per second.", limitedReplies.get(0).getString("message"));
      assertEquals(Boolean.FALSE, limitedReplies.get(0).getBoolean("ok"));

      // the other socket, same board, same token: unaffected
      JsonObject joined = join(calm, b, b.participant(), "calm");
      assertEquals(ok, joined.getLong("version"), "R5: only the admitted ops raised the version");
      assertEquals(ok, joined.getJsonObject("snapshot").getJsonArray("notes").size());
      ok(calm.op(b.id(), b.participant(), noteCreate("calm")));

      // and the flooder gets tokens back as time passes
      TimeUnit.MILLISECONDS.sleep(1100);
      ok(flooder.op(b.id(), b.participant(), noteCreate("after a pause")));
    }
  }

  // ---- T5: frame size ----

  @Test
  @DisplayName("T5: a send over SAMSKAP_MAX_FRAME_BYTES is refused frame_too_large with its size; the socket and others carry on")
  void T5_oversized_send_is_refused_and_the_socket_carries_on() {
    Board b = newBoard(limited, "ideas");
    try (BusClient big = BusClient.connect(limited.port()); BusClient other = BusClient.connect(limited.port())) {
      join(big, b, b.participant(), "big");
      join(other, b, b.participant(), "other");
      JsonObject refused = big.op(b.id(), b.participant(), noteCreate("y".repeat(1500)));
      assertEquals("frame_too_large", refused.getString("reason"), refused.encode());
      String message = refused.getString("message");
      assertTrue(message.matches("The message is \\d+ bytes; the limit is " + MAX_FRAME_BYTES + "\\."), message);
      int size = Integer.parseInt(message.replaceAll("\\D+", " ").trim().split(" ")[0]);
      assertTrue(size > MAX_FRAME_BYTES && size < MAX_FRAME_BYTES * 2, "the size is the frame's: " + size);

      JsonObject after = big.op(b.id(), b.participant(), noteCreate("small again"));
      ok(after);
      assertEquals(1L, after.getLong("version"), "R5: the refused send changed nothing");
      JsonObject seen = other.awaitEvent(b.events(), e -> "note.create".equals(e.getString("type")), BusClient.TIMEOUT);
      assertNotNull(seen, "the other socket saw the small note");
      assertEquals("small again", seen.getString("text"));
    }
  }

  @Test
  @DisplayName("T5: a websocket frame over four times the limit closes that socket with 1009; other sockets carry on")
  void T5_a_huge_frame_closes_only_that_socket() throws Exception {
    Board b = newBoard(limited, "ideas");
    try (BusClient huge = BusClient.connect(limited.port()); BusClient other = BusClient.connect(limited.port())) {
      join(huge, b, b.participant(), "huge");
      join(other, b, b.participant(), "other");
      JsonObject frame = new JsonObject().put("type", "send").put("address", b.ops())
          .put("replyAddress", UUID.randomUUID().toString())
          .put("headers", new JsonObject().put("token", b.participant()))
          .put("body", noteCreate("z".repeat(4 * MAX_FRAME_BYTES + 100)));
      huge.sendText(frame.encode());
      assertEquals(1009, huge.closed().get(10, TimeUnit.SECONDS), "closed with 'message too big'");
      ok(other.op(b.id(), b.participant(), noteCreate("still here")));
      assertEquals(0, other.op(b.id(), b.participant(), new JsonObject().put("type", "join"))
          .getJsonObject("snapshot").getJsonArray("notes").stream()
          .filter(n -> ((JsonObject) n).getString("text").startsWith("zzz")).count(), "the huge note was not applied");
    }
  }

  @Test
  @DisplayName("T5: a message over four times the limit sent in small fragments also closes that socket with 1009")
  void T5_a_huge_fragmented_message_closes_only_that_socket() throws Exception {
    Board b = newBoard(limited, "ideas");
    try (BusClient huge = BusClient.connect(limited.port()); BusClient other = BusClient.connect(limited.port())) {
      join(huge, b, b.participant(), "huge");
      join(other, b, b.participant(), "other");
      String text = new JsonObject().put("type", "send").put("address", b.ops())
          .put("replyAddress", UUID.randomUUID().toString())
          .put("headers", new JsonObject().put("token", b.participant()))
          .put("body", noteCreate("f".repeat(4 * MAX_FRAME_BYTES + 100))).encode();
      int third = text.length() / 3;
      huge.sendTextInFragments(text.substring(0, third), text.substring(third, 2 * third), text.substring(2 * third));
      assertEquals(1009, huge.closed().get(10, TimeUnit.SECONDS), "closed with 'message too big'");
      ok(other.op(b.id(), b.participant(), noteCreate("still here")));
    }
  }

  // ---- H1: board creation input ----

  static JsonObject problem(HttpResponse<String> r) {
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
    JsonObject p = new JsonObject(r.body());
    assertInstanceOf(String.class, p.getValue("error"));
    assertTrue(p.getString("message").length() > 10, "the message is a sentence: " + p);
    return p;
  }

  @Test
  @DisplayName("H1: a body that is not a JSON object answers 400 bad_request with an example of a good body")
  void H1_bad_json_is_a_bad_request() {
    for (String body : List.of("{not json", "[1,2]", "\"ideas\"", "", "null")) {
      JsonObject p = problem(server.post("/api/boards", body));
      assertEquals("bad_request", p.getString("error"), body);
      assertTrue(p.getString("message").contains("JSON object"), p.encode());
    }
  }

  @Test
  @DisplayName("H1: an unknown or missing kind answers 400 unknown_kind naming the field and the kinds there are")
  void H1_unknown_kind() {
    for (String body : List.of("{\"kind\":\"matrix-of-doom\",\"title\":\"x\"}", "{\"title\":\"x\"}", "{\"kind\":7,\"title\":\"x\"}")) {
      JsonObject p = problem(server.post("/api/boards", body));
      assertEquals("unknown_kind", p.getString("error"), body);
      assertTrue(p.getString("message").contains("'kind'") && p.getString("message").contains("\"ideas\""), p.encode());
    }
  }

  @Test
  @DisplayName("H1: a missing, blank or non-string title answers 400 bad_request naming the field")
  void H1_missing_title() {
    for (String body : List.of("{\"kind\":\"ideas\"}", "{\"kind\":\"ideas\",\"title\":\"  \"}",
        "{\"kind\":\"ideas\",\"title\":42}", "{\"kind\":\"ideas\",\"title\":null}")) {
      JsonObject p = problem(server.post("/api/boards", body));
      assertEquals("bad_request", p.getString("error"), body);
      assertEquals("Field 'title' must be a non-empty string.", p.getString("message"));
    }
  }

  @Test
  @DisplayName("H1/R6: a title over 200 characters answers 400 text_too_long; 200, counted in code points, is fine")
  void H1_title_too_long() {
    JsonObject p = problem(server.post("/api/boards",
        new JsonObject().put("kind", "ideas").put("title", "t".repeat(201)).encode()));
    assertEquals("text_too_long", p.getString("error"));
    assertEquals("The title may have at most 200 characters.", p.getString("message"));

    String emoji200 = new String(Character.toChars(0x1F4A1)).repeat(200);
    HttpResponse<String> ok = server.post("/api/boards", new JsonObject().put("kind", "ideas").put("title", emoji200).encode());
    assertEquals(201, ok.statusCode(), ok.body());
    assertEquals(emoji200, new JsonObject(ok.body()).getString("title"));
  }

  @Test
  @DisplayName("H1: a body over 16 KiB is refused with 413 before it is read")
  void H1_oversized_body_is_refused() {
    String body = new JsonObject().put("kind", "ideas").put("title", "x".repeat(17 * 1024)).encode();
    var r = server.post("/api/boards", body);
    assertEquals(413, r.statusCode());
    assertEquals("too_large", new JsonObject(r.body()).getString("error"), "the problem has the JSON shape of H1");
  }

  @Test
  @DisplayName("H1: a good body answers 201 with tokens and share links that carry the token in the fragment")
  void H1_good_body_creates_a_board() {
    HttpResponse<String> r = server.post("/api/boards", "{\"kind\":\"ideas\",\"title\":\"  Workshop  \"}");
    assertEquals(201, r.statusCode(), r.body());
    JsonObject b = new JsonObject(r.body());
    assertEquals("Workshop", b.getString("title"), "the title is trimmed");
    String participant = b.getJsonObject("tokens").getString("participant");
    assertEquals(server.baseUrl() + "/b/" + b.getString("id") + "#t=" + participant,
        b.getJsonObject("links").getString("participant"));
    assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
  }

  // ---- H2: health ----

  @Test
  @DisplayName("H2: /health/live and /health/ready answer 200 while the database is up")
  void H2_health_endpoints() throws Exception {
    HttpResponse<String> live = server.get("/health/live");
    assertEquals(200, live.statusCode());
    assertEquals("up", new JsonObject(live.body()).getString("status"));
    HttpResponse<String> ready = server.get("/health/ready");
    assertEquals(200, ready.statusCode());
    assertEquals("ready", new JsonObject(ready.body()).getString("status"));
  }
}
