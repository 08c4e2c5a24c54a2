package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.Boards.join;
import static org.samskap.testing.Boards.newBoard;
import static org.samskap.testing.Boards.ok;
import static org.samskap.testing.Boards.op;
import static org.samskap.testing.Boards.refused;

import java.net.http.HttpResponse;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.Board;
import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/** The read-only observer link of a board (docs/PROTOCOL.md A13) and QR codes of links (A14). */
class ObserverLinkIT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String observerToken(Board b) {
    HttpResponse<String> r = server.call("POST", "/api/boards/" + b.id() + "/links/observer", b.facilitator(), null);
    assertEquals(200, r.statusCode(), r.body());
    JsonObject body = new JsonObject(r.body());
    assertTrue(body.getString("link").endsWith("/b/" + b.id() + "#t=" + body.getString("token")), body.encode());
    return body.getString("token");
  }

  @Test
  void A13_an_observer_joins_and_reads_live_but_every_op_is_refused_and_a_new_link_retires_the_old_one() {
    Board b = newBoard(server, "ideas");
    assertEquals(403, server.call("POST", "/api/boards/" + b.id() + "/links/observer", b.participant(), null).statusCode(),
        "only the facilitator makes an observer link");
    String observer = observerToken(b);
    try (BusClient f = BusClient.connect(server.port()); BusClient o = BusClient.connect(server.port())) {
      join(f, b, b.facilitator(), "Frida");
      ok(f, b, b.facilitator(), op("note.create").put("text", "Fast kontaktperson").put("x", 1).put("y", 1));
      JsonObject joined = join(o, b, observer, "Leder");
      assertEquals("observer", joined.getString("role"));
      assertEquals(1, joined.getJsonObject("snapshot").getJsonArray("notes").size());
      refused(o.op(b.id(), observer, op("note.create").put("text", "Nei").put("x", 1).put("y", 1)), "forbidden");
      refused(o.op(b.id(), observer, op("vote.cast").put("targetId", "x")), "forbidden");
      refused(o.request(b.ops(), new JsonObject().put("type", "presence.set").put("name", "X"), observer), "forbidden");
      refused(o.request(b.ops(), new JsonObject().put("type", "cursor.move").put("x", 1).put("y", 1), observer), "forbidden");
      // It follows the board live.
      ok(f, b, b.facilitator(), op("note.create").put("text", "SMS før besøk").put("x", 2).put("y", 2));
      o.awaitEvent(b.events(), e -> "note.create".equals(e.getString("type")) && "SMS før besøk".equals(e.getString("text")), BusClient.TIMEOUT);

      String next = observerToken(b);
      o.closed().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join(); // the old observer's socket is closed
      try (BusClient o2 = BusClient.connect(server.port())) {
        refused(o2.request(b.ops(), new JsonObject().put("type", "join").put("name", "Leder"), observer), "invalid_token");
        o2.register(b.events(), next);
        assertEquals("observer", ok(o2.request(b.ops(), new JsonObject().put("type", "join").put("name", "Leder"), next)).getString("role"));
      }
      ok(f, b, b.facilitator(), op("note.create").put("text", "Fasilitatoren er fortsatt med").put("x", 3).put("y", 3));
    }
  }

  @Test
  void A14_a_link_becomes_an_svg_qr_code_and_anything_else_is_refused_with_a_reason() {
    HttpResponse<String> r = server.call("POST", "/api/qr", null, new JsonObject().put("text", server.baseUrl() + "/b/abcdefgh#t=xyz"));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
    assertTrue(r.body().startsWith("<svg") && r.body().contains("<path"), r.body());
    HttpResponse<String> bad = server.call("POST", "/api/qr", null, new JsonObject().put("text", "javascript:alert(1)"));
    assertEquals(400, bad.statusCode());
    assertEquals("bad_request", new JsonObject(bad.body()).getString("error"));
  }
}
