package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/** Rule H3 (docs/PROTOCOL.md): REST writes are limited per client address, over real HTTP. */
class ApiLimitIT {
  static final int PER_MINUTE = 4;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(Map.of("SAMSKAP_API_REQUESTS_PER_MINUTE", Integer.toString(PER_MINUTE)));
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
  }

  @Test
  @DisplayName("H3: past its limit an address gets 429 rate_limited with Retry-After; other addresses and live ops carry on")
  void H3_writes_are_limited_per_address() throws Exception {
    String first = null;
    for (int i = 0; i < PER_MINUTE; i++) {
      HttpResponse<String> r = createBoard("203.0.113.7", "Board " + i);
      assertEquals(201, r.statusCode(), r.body());
      if (first == null) first = r.body();
    }
    HttpResponse<String> refused = createBoard("203.0.113.7", "One too many");
    assertEquals(429, refused.statusCode(), refused.body());
    JsonObject problem = new JsonObject(refused.body());
    assertEquals("rate_limited", problem.getString("error"));
    assertTrue(problem.getString("message").contains("try again in"), problem.getString("message"));
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);

    assertEquals(201, createBoard("198.51.100.20", "Another office").statusCode(),
        "another address (as seen by the proxy on loopback) is not held back");

    JsonObject board = new JsonObject(first);
    String token = board.getJsonObject("tokens").getString("participant");
    try (BusClient c = BusClient.connect(server.port())) {
      c.op(board.getString("id"), token, new JsonObject().put("type", "join").put("name", "Kari"));
      JsonObject note = c.op(board.getString("id"), token, new JsonObject().put("type", "note.create")
          .put("clientOpId", "h3-1").put("text", "still writing").put("x", 1).put("y", 1));
      assertEquals(Boolean.TRUE, note.getBoolean("ok"), "websocket ops have their own limit (T6): " + note.encode());
    }
  }

  /** A request as a reverse proxy on loopback forwards it for {@code client}. */
  private static HttpResponse<String> createBoard(String client, String title) throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/boards"))
        .header("Content-Type", "application/json").header("X-Forwarded-For", client)
        .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("kind", "ideas").put("title", title).encode()))
        .build();
    return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
  }
}
