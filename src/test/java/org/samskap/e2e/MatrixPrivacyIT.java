package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.Boards.event;
import static org.samskap.testing.Boards.join;
import static org.samskap.testing.Boards.newBoard;
import static org.samskap.testing.Boards.ok;
import static org.samskap.testing.Boards.op;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.Board;
import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/**
 * docs/PROTOCOL.md [M4] and [M11] over real websockets: who gave which score stays private.
 * Kari and Ola score; Per only watches. Per must never see who scored, nor any aggregate of
 * fewer than three scorers, unless the facilitator reveals the scores.
 */
class MatrixPrivacyIT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonObject item(BusClient c, Board b, String token) {
    JsonObject snap = ok(c.op(b.id(), token, new JsonObject().put("type", "since").put("version", 0))).getJsonObject("snapshot");
    return snap.getJsonArray("items").getJsonObject(0);
  }

  static JsonObject snapshot(BusClient c, Board b, String token) {
    return ok(c.op(b.id(), token, new JsonObject().put("type", "since").put("version", 0))).getJsonObject("snapshot");
  }

  /** A score event as an onlooker gets it: no author of any kind, no values, the aggregate hidden. */
  static void hiddenAndAnonymous(JsonObject e, int count, String... secrets) {
    assertNull(e.getValue("by"), "the score event names no session: " + e.encode());
    assertNull(e.getValue("memberId"), e.encode());
    assertNull(e.getValue("x"), e.encode());
    assertNull(e.getValue("y"), e.encode());
    JsonObject a = e.getJsonObject("aggregate");
    assertEquals(count, a.getInteger("count"));
    assertEquals(Boolean.TRUE, a.getBoolean("hidden"), e.encode());
    assertNull(a.getValue("x"), e.encode());
    assertNull(a.getValue("y"), e.encode());
    for (String s : secrets) assertFalse(e.encode().contains(s), "the event holds " + s + ": " + e.encode());
  }

  @Test
  void M4_M11_an_onlooker_never_learns_who_scored_nor_an_aggregate_below_three_scorers() {
    Board b = newBoard(server, "matrix");
    try (BusClient frida = BusClient.connect(server.port()); BusClient kari = BusClient.connect(server.port());
        BusClient ola = BusClient.connect(server.port()); BusClient per = BusClient.connect(server.port())) {
      join(frida, b, b.facilitator(), "Frida");
      JsonObject kariJoin = join(kari, b, b.participant(), "Kari");
      JsonObject olaJoin = join(ola, b, b.participant(), "Ola");
      join(per, b, b.participant(), "Per");
      String[] kariIds = {kariJoin.getString("sessionId"), kariJoin.getString("memberId")};
      String[] olaIds = {olaJoin.getString("sessionId"), olaJoin.getString("memberId")};
      String itemId = ok(frida.op(b.id(), b.facilitator(), op("item.create").put("text", "Nattlys i gangen"))).getString("itemId");

      // Kari scores: she gets her own score back, but not an aggregate of one (which is her score).
      JsonObject kariReply = ok(kari.op(b.id(), b.participant(), op("item.score").put("itemId", itemId).put("x", 4).put("y", 5)));
      assertEquals(4.0, kariReply.getJsonObject("event").getDouble("x"), "the scorer still sees her own score");
      assertEquals(Boolean.TRUE, kariReply.getJsonObject("event").getJsonObject("aggregate").getBoolean("hidden"));
      hiddenAndAnonymous(event(per, b, "item.score", kariReply.getLong("version")), 1, kariIds);

      // Ola scores: his reply must not give him the median of two either (it would tell him Kari's score).
      JsonObject olaReply = ok(ola.op(b.id(), b.participant(), op("item.score").put("itemId", itemId).put("x", 2).put("y", 1)));
      JsonObject olaAggregate = olaReply.getJsonObject("event").getJsonObject("aggregate");
      assertEquals(2, olaAggregate.getInteger("count"));
      assertNull(olaAggregate.getValue("x"), olaReply.encode());
      JsonObject second = event(per, b, "item.score", olaReply.getLong("version"));
      hiddenAndAnonymous(second, 2, olaIds);
      assertEquals(Boolean.TRUE, second.getBoolean("anonymous"));

      // Snapshots hide it too, for everyone (the facilitator's screen is often on the wall), and show each their own score.
      for (JsonObject it : new JsonObject[] {item(per, b, b.participant()), item(frida, b, b.facilitator())}) {
        assertEquals(2, it.getJsonObject("aggregate").getInteger("count"));
        assertTrue(it.getJsonObject("aggregate").getBoolean("hidden"), it.encode());
        assertNull(it.getJsonObject("aggregate").getValue("x"));
        assertNull(it.getValue("position"), "the position by scores is the median: hidden too");
        assertNull(it.getValue("quadrant"));
        assertNull(it.getValue("scores"));
      }
      JsonObject perSnap = snapshot(per, b, b.participant());
      assertEquals(3, perSnap.getJsonObject("matrix").getInteger("revealAt"));
      assertFalse(perSnap.getJsonObject("matrix").getBoolean("revealed"));
      assertEquals(new JsonObject().put("x", 4.0).put("y", 5.0), item(kari, b, b.participant()).getJsonObject("myScore"));

      // A decision now is logged, but what others see of it holds no scores.
      long decided = ok(frida.op(b.id(), b.facilitator(), op("item.decide").put("itemId", itemId)
          .put("status", "parked").put("reason", "Vent på flere"))).getLong("version");
      JsonObject decision = event(per, b, "item.decide", decided);
      assertEquals(new JsonArray(), decision.getJsonArray("scores"), decision.encode());
      assertTrue(decision.getJsonObject("aggregate").getBoolean("hidden"), decision.encode());
      JsonObject logged = snapshot(per, b, b.participant()).getJsonArray("decisionLog").getJsonObject(0);
      assertEquals(new JsonArray(), logged.getJsonArray("scores"));
      assertNull(logged.getJsonObject("aggregate").getValue("x"));

      // The third scorer makes the aggregate public, still without naming anyone.
      long third = ok(frida.op(b.id(), b.facilitator(), op("item.score").put("itemId", itemId).put("x", 3).put("y", 3)))
          .getLong("version");
      JsonObject shown = event(per, b, "item.score", third);
      assertNull(shown.getValue("by"), shown.encode());
      assertNull(shown.getValue("memberId"));
      JsonObject a = shown.getJsonObject("aggregate");
      assertEquals(3, a.getInteger("count"));
      assertFalse(a.getBoolean("hidden"));
      assertEquals(new JsonObject().put("median", 3.0).put("min", 2.0).put("max", 4.0), a.getJsonObject("x"));
      assertEquals(new JsonObject().put("median", 3.0).put("min", 1.0).put("max", 5.0), a.getJsonObject("y"));
      assertEquals(new JsonObject().put("x", 3.0).put("y", 3.0), item(per, b, b.participant()).getJsonObject("position"));

      // On the wire as a whole: no score event Per received ever carried a session or member id.
      int scoreFrames = 0;
      for (String frame : per.rawFrames()) {
        // A score event or reply (the join reply's op catalogue, J8, names the type too, as a key).
        if (!frame.contains("\"type\":\"item.score\"")) continue;
        scoreFrames++;
        assertFalse(frame.contains("\"by\""), frame);
        for (String s : kariIds) assertFalse(frame.contains(s), frame);
        for (String s : olaIds) assertFalse(frame.contains(s), frame);
      }
      assertTrue(scoreFrames >= 3, "the score events were checked: " + scoreFrames);
    }
  }

  @Test
  void M11_the_facilitators_reveal_shows_the_aggregate_of_fewer_scorers_and_hiding_again_hides_it() {
    Board b = newBoard(server, "matrix");
    try (BusClient frida = BusClient.connect(server.port()); BusClient kari = BusClient.connect(server.port());
        BusClient per = BusClient.connect(server.port())) {
      join(frida, b, b.facilitator(), "Frida");
      join(kari, b, b.participant(), "Kari");
      join(per, b, b.participant(), "Per");
      String itemId = ok(frida.op(b.id(), b.facilitator(), op("item.create").put("text", "Varslingsknapp"))).getString("itemId");
      ok(kari.op(b.id(), b.participant(), op("item.score").put("itemId", itemId).put("x", 5).put("y", 2)));
      assertTrue(item(per, b, b.participant()).getJsonObject("aggregate").getBoolean("hidden"));

      JsonObject refused = per.op(b.id(), b.participant(), op("scores.reveal").put("revealed", true));
      assertEquals("forbidden", refused.getString("reason"), refused.encode());
      JsonObject bad = frida.op(b.id(), b.facilitator(), op("scores.reveal").put("revealed", "yes"));
      assertEquals("bad_request", bad.getString("reason"), bad.encode());
      assertEquals("Field 'revealed' must be true or false.", bad.getString("message"));

      long revealed = ok(frida.op(b.id(), b.facilitator(), op("scores.reveal").put("revealed", true))).getLong("version");
      JsonObject ev = event(per, b, "scores.reveal", revealed);
      assertTrue(ev.getBoolean("revealed"));
      assertTrue(ev.getBoolean("redacted"), "clients fetch a snapshot for what it shows (J6)");
      JsonObject caughtUp = ok(per.op(b.id(), b.participant(), new JsonObject().put("type", "since").put("version", revealed - 1)));
      assertNotNull(caughtUp.getJsonObject("snapshot"), "a since over the reveal answers with a snapshot: " + caughtUp.encode());
      JsonObject it = caughtUp.getJsonObject("snapshot").getJsonArray("items").getJsonObject(0);
      assertFalse(it.getJsonObject("aggregate").getBoolean("hidden"));
      assertEquals(5.0, it.getJsonObject("aggregate").getJsonObject("x").getDouble("median"));
      assertEquals(new JsonObject().put("x", 5.0).put("y", 2.0), it.getJsonObject("position"));
      assertEquals("small-improvements", it.getString("quadrant"));
      assertTrue(caughtUp.getJsonObject("snapshot").getJsonObject("matrix").getBoolean("revealed"));

      // While revealed, a new score's event carries the aggregate, still naming nobody.
      long v = ok(frida.op(b.id(), b.facilitator(), op("item.score").put("itemId", itemId).put("x", 3).put("y", 4))).getLong("version");
      JsonObject scored = event(per, b, "item.score", v);
      assertNull(scored.getValue("by"));
      assertEquals(4.0, scored.getJsonObject("aggregate").getJsonObject("x").getDouble("median"));

      // Hidden again, and it survives a restart of the server.
      ok(frida.op(b.id(), b.facilitator(), op("scores.reveal").put("revealed", false)));
    }
    server.restart();
    try (BusClient per = BusClient.connect(server.port())) {
      JsonObject snap = join(per, b, b.participant(), "Per").getJsonObject("snapshot");
      assertFalse(snap.getJsonObject("matrix").getBoolean("revealed"));
      JsonObject agg = snap.getJsonArray("items").getJsonObject(0).getJsonObject("aggregate");
      assertEquals(2, agg.getInteger("count"));
      assertTrue(agg.getBoolean("hidden"));
    }
  }
}
