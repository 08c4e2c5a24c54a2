package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Map;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/**
 * Rule J7 (docs/PROTOCOL.md): the join reply carries the text limits of the board's kind, so the
 * web client counts against the server's setting (SAMSKAP_MAX_NOTE_CHARS) and not a copy of it.
 */
class JoinLimitsIT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(Map.of("SAMSKAP_MAX_NOTE_CHARS", "321"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonObject joinNew(String kind) {
    HttpResponse<String> r = server.post("/api/boards", new JsonObject().put("kind", kind).put("title", "Grenser " + kind).encode());
    assertEquals(201, r.statusCode(), r.body());
    JsonObject b = new JsonObject(r.body());
    String id = b.getString("id");
    String token = b.getJsonObject("tokens").getString("participant");
    try (BusClient c = BusClient.connect(server.port())) {
      c.register("board." + id + ".events", token);
      JsonObject reply = c.request("board." + id + ".ops", new JsonObject().put("type", "join").put("name", "Kari"), token);
      assertEquals(Boolean.TRUE, reply.getBoolean("ok"), reply.encode());
      return reply.getJsonObject("limits");
    }
  }

  @Test
  void J7_the_join_reply_of_every_kind_carries_the_configured_note_limit_and_the_label_limit() {
    assertEquals(new JsonObject().put("noteChars", 321).put("labelChars", 200), joinNew("ideas"));
    assertEquals(new JsonObject().put("noteChars", 321).put("labelChars", 200), joinNew("journey"));
    assertEquals(new JsonObject().put("noteChars", 321).put("labelChars", 200).put("reasonChars", 1000), joinNew("matrix"));
  }
}
