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

import java.net.http.HttpResponse;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.Board;
import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/** The matrix board over real websockets against a real server and database. Names cite docs/PROTOCOL.md (M rules). */
class MatrixBoardIT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static void refused(JsonObject reply, String reason) {
    assertEquals(Boolean.FALSE, reply.getBoolean("ok"), reply.encode());
    assertEquals(reason, reply.getString("reason"), reply.encode());
    assertFalse(reply.getString("message", "").isBlank(), "a refusal says why");
  }

  static JsonObject scoreEvent(BusClient c, Board b, long version) {
    return event(c, b, "item.score", version);
  }

  /**
   * Rule M11 hides an aggregate of fewer than three scores; the tests below look at the aggregate
   * of one and two scores, so the facilitator reveals the scores first (MatrixPrivacyIT covers the hiding).
   */
  static void reveal(BusClient c, Board b) {
    ok(c.op(b.id(), b.facilitator(), op("scores.reveal").put("revealed", true)));
  }

  static HttpResponse<String> importNotes(Board matrix, String matrixToken, JsonObject body) {
    return server.call("POST", "/api/boards/" + matrix.id() + "/import", matrixToken, body);
  }

  @Test
  void M4_M5_two_clients_score_an_item_and_both_see_the_aggregate_move() {
    Board b = newBoard(server, "matrix");
    try (BusClient a = BusClient.connect(server.port()); BusClient c = BusClient.connect(server.port())) {
      JsonObject joined = join(a, b, b.facilitator(), "Frida");
      assertEquals("matrix", joined.getJsonObject("snapshot").getJsonObject("board").getString("kind"));
      assertEquals("1-5", joined.getJsonObject("snapshot").getJsonObject("matrix").getString("scale"));
      join(c, b, b.participant(), "Kari");
      String itemId = ok(a.op(b.id(), b.facilitator(), op("item.create").put("text", "Nattlys i gangen"))).getString("itemId");
      assertNotNull(itemId);
      reveal(a, b);

      long v1 = ok(a.op(b.id(), b.facilitator(), op("item.score").put("itemId", itemId).put("x", 4).put("y", 4))).getLong("version");
      JsonObject first = scoreEvent(c, b, v1);
      JsonObject agg1 = first.getJsonObject("aggregate");
      assertEquals(1, agg1.getInteger("count"));
      assertEquals(4.0, agg1.getJsonObject("x").getDouble("median"));
      assertTrue(first.getBoolean("redacted"), "who scored what stays private");
      assertNull(first.getValue("memberId"));
      assertNull(first.getValue("x"));

      JsonObject mine = ok(c.op(b.id(), b.participant(), op("item.score").put("itemId", itemId).put("x", 2).put("y", 5)));
      assertEquals(2.0, mine.getJsonObject("event").getDouble("x"), "the scorer gets the full event");
      JsonObject second = scoreEvent(a, b, mine.getLong("version"));
      JsonObject agg2 = second.getJsonObject("aggregate");
      assertEquals(2, agg2.getInteger("count"));
      assertEquals(new JsonObject().put("median", 3.0).put("min", 2.0).put("max", 4.0), agg2.getJsonObject("x"));
      assertEquals(new JsonObject().put("median", 4.5).put("min", 4.0).put("max", 5.0), agg2.getJsonObject("y"));

      // Scoring again replaces the member's score: still two scorers, the median moves.
      long v3 = ok(c.op(b.id(), b.participant(), op("item.score").put("itemId", itemId).put("x", 4).put("y", 2))).getLong("version");
      JsonObject third = scoreEvent(a, b, v3);
      assertEquals(2, third.getJsonObject("aggregate").getInteger("count"));
      assertEquals(4.0, third.getJsonObject("aggregate").getJsonObject("x").getDouble("median"));
      assertEquals(3.0, third.getJsonObject("aggregate").getJsonObject("y").getDouble("median"));

      // A snapshot shows each member their own score and everyone the aggregate position.
      JsonObject since = ok(c.op(b.id(), b.participant(), new JsonObject().put("type", "since").put("version", 0)));
      JsonObject item = since.getJsonObject("snapshot").getJsonArray("items").getJsonObject(0);
      assertEquals(new JsonObject().put("x", 4.0).put("y", 2.0), item.getJsonObject("myScore"));
      assertEquals(new JsonObject().put("x", 4.0).put("y", 3.0), item.getJsonObject("position"));
      assertNull(item.getValue("scores"));
    }
  }

  @Test
  void M3_R5_a_score_off_the_scale_is_refused_out_of_scale_and_nothing_changes() {
    Board b = newBoard(server, "matrix");
    long version;
    try (BusClient a = BusClient.connect(server.port())) {
      join(a, b, b.facilitator(), "Frida");
      String itemId = ok(a.op(b.id(), b.facilitator(), op("item.create").put("text", "Trygghetsalarm"))).getString("itemId");
      reveal(a, b);
      version = ok(a.op(b.id(), b.facilitator(), op("item.score").put("itemId", itemId).put("x", 3).put("y", 3))).getLong("version");
      refused(a.op(b.id(), b.facilitator(), op("item.score").put("itemId", itemId).put("x", 6).put("y", 3)), "out_of_scale");
      refused(a.op(b.id(), b.facilitator(), op("item.score").put("itemId", itemId).put("x", 2.5).put("y", 3)), "out_of_scale");
      refused(a.op(b.id(), b.facilitator(), op("item.place").put("itemId", itemId).put("x", 0).put("y", 3)), "out_of_scale");
      refused(a.op(b.id(), b.facilitator(), op("item.score").put("itemId", itemId).put("x", "high").put("y", 3)), "bad_request");
      refused(a.op(b.id(), b.facilitator(), op("scale.set").put("scale", "1-10")), "bad_request");
    }
    try (BusClient c = BusClient.connect(server.port())) {
      JsonObject joined = join(c, b, b.participant(), "Kari");
      assertEquals(version, joined.getLong("version"), "no version was spent on a refused op");
      JsonObject item = joined.getJsonObject("snapshot").getJsonArray("items").getJsonObject(0);
      assertEquals(1, item.getJsonObject("aggregate").getInteger("count"));
      assertEquals(3.0, item.getJsonObject("aggregate").getJsonObject("x").getDouble("max"));
      assertNull(item.getValue("placed"));
      assertEquals("1-5", joined.getJsonObject("snapshot").getJsonObject("matrix").getString("scale"));
    }
  }

  @Test
  void M1_M9_decisions_are_the_facilitators_and_are_logged_with_who_when_and_the_scores() {
    Board b = newBoard(server, "matrix");
    try (BusClient a = BusClient.connect(server.port()); BusClient c = BusClient.connect(server.port())) {
      join(a, b, b.facilitator(), "Frida");
      join(c, b, b.participant(), "Kari");
      refused(c.op(b.id(), b.participant(), op("item.create").put("text", "x")), "forbidden");
      String itemId = ok(a.op(b.id(), b.facilitator(), op("item.create").put("text", "Digital nattevakt"))).getString("itemId");
      reveal(a, b);
      ok(c.op(b.id(), b.participant(), op("item.score").put("itemId", itemId).put("x", 5).put("y", 4)));
      refused(c.op(b.id(), b.participant(), op("item.decide").put("itemId", itemId).put("status", "accepted").put("reason", "ja")), "forbidden");
      long before = System.currentTimeMillis();
      ok(a.op(b.id(), b.facilitator(), op("item.decide").put("itemId", itemId).put("status", "accepted").put("reason", "Rask gevinst")));
      JsonObject ev = c.awaitEvent(b.events(), e -> "item.decide".equals(e.getString("type")), BusClient.TIMEOUT);
      assertNotNull(ev);
      assertEquals("Frida", ev.getString("decidedBy"));
      assertEquals("Rask gevinst", ev.getString("reason"));
      assertTrue(ev.getLong("at") >= before, "stamped by the server's clock");
      assertEquals(new JsonArray().add(new JsonObject().put("x", 5.0).put("y", 4.0)), ev.getJsonArray("scores"));

      JsonObject snap = ok(c.op(b.id(), b.participant(), new JsonObject().put("type", "since").put("version", 0)))
          .getJsonObject("snapshot");
      JsonArray accepted = snap.getJsonArray("accepted");
      assertEquals(1, accepted.size());
      assertEquals(itemId, accepted.getJsonObject(0).getString("id"));
      assertEquals("accepted", accepted.getJsonObject(0).getJsonObject("decision").getString("status"));
      JsonObject entry = snap.getJsonArray("decisionLog").getJsonObject(0);
      assertEquals(ev.getString("decidedByMemberId"), entry.getString("decidedByMemberId"));
      assertEquals(1, entry.getJsonObject("aggregate").getInteger("count"));
    }
  }

  @Test
  void M6_importing_from_an_idea_board_keeps_the_link_back_and_the_provenance_comes_from_the_server() {
    Board ideas = newBoard(server, "ideas");
    Board matrix = newBoard(server, "matrix");
    String n1;
    String n2;
    try (BusClient a = BusClient.connect(server.port())) {
      join(a, ideas, ideas.participant(), "Kari");
      n1 = ok(a.op(ideas.id(), ideas.participant(), op("note.create").put("text", "Nattlys").put("x", 1).put("y", 1))).getString("noteId");
      n2 = ok(a.op(ideas.id(), ideas.participant(), op("note.create").put("text", "Varslingsknapp").put("x", 1).put("y", 1))).getString("noteId");
      ok(a.op(ideas.id(), ideas.participant(), op("note.create").put("text", "Ikke denne").put("x", 1).put("y", 1)));
      String cluster = ok(a.op(ideas.id(), ideas.participant(), op("cluster.create").put("label", "Trygghet"))).getString("clusterId");
      ok(a.op(ideas.id(), ideas.participant(), op("note.cluster").put("noteId", n1).put("clusterId", cluster)));
    }
    JsonObject body = new JsonObject().put("sourceBoardId", ideas.id()).put("sourceToken", ideas.participant())
        .put("noteIds", new JsonArray().add(n1).add(n2));

    assertEquals(401, importNotes(matrix, null, body).statusCode());
    HttpResponse<String> asParticipant = importNotes(matrix, matrix.participant(), body);
    assertEquals(403, asParticipant.statusCode());
    assertEquals("forbidden", new JsonObject(asParticipant.body()).getString("error"));
    HttpResponse<String> badSource = importNotes(matrix, matrix.facilitator(), body.copy().put("sourceToken", matrix.facilitator()));
    assertEquals(403, badSource.statusCode());
    assertEquals("invalid_token", new JsonObject(badSource.body()).getString("error"));
    HttpResponse<String> wrongKind = importNotes(matrix, matrix.facilitator(),
        body.copy().put("sourceBoardId", matrix.id()).put("sourceToken", matrix.facilitator()));
    assertEquals(400, wrongKind.statusCode());
    assertEquals("wrong_kind", new JsonObject(wrongKind.body()).getString("error"));
    HttpResponse<String> missingNote = importNotes(matrix, matrix.facilitator(),
        body.copy().put("noteIds", new JsonArray().add("nosuchnote")));
    assertEquals(404, missingNote.statusCode());

    HttpResponse<String> r = importNotes(matrix, matrix.facilitator(), body);
    assertEquals(200, r.statusCode(), r.body());
    JsonObject result = new JsonObject(r.body());
    assertEquals(2, result.getInteger("imported"));

    try (BusClient c = BusClient.connect(server.port())) {
      JsonObject snap = join(c, matrix, matrix.participant(), "Ola").getJsonObject("snapshot");
      JsonArray items = snap.getJsonArray("items");
      assertEquals(2, items.size());
      JsonObject first = items.getJsonObject(0);
      assertEquals("Nattlys", first.getString("text"));
      JsonObject source = first.getJsonObject("source");
      assertEquals(ideas.id(), source.getString("boardId"));
      assertEquals(n1, source.getString("noteId"));
      assertEquals("Trygghet", source.getString("clusterLabel"));
      assertEquals(0, source.getInteger("votes"), "idea boards without votes give 0");
      assertNull(items.getJsonObject(1).getJsonObject("source").getValue("clusterLabel"));

      // A client cannot forge provenance: item.import from a socket is refused, even for the facilitator.
      JsonObject forged = op("item.import").put("items", new JsonArray().add(new JsonObject().put("text", "Falsk")
          .put("source", new JsonObject().put("boardId", ideas.id()).put("noteId", "fake").put("votes", 99))));
      refused(c.op(matrix.id(), matrix.facilitator(), forged), "forbidden");
      JsonObject since = ok(c.op(matrix.id(), matrix.participant(), new JsonObject().put("type", "since").put("version", 0)));
      assertEquals(result.getLong("version"), since.getLong("version"), "the forged import changed nothing");
    }

    // Importing the same notes again finds nothing new.
    HttpResponse<String> again = importNotes(matrix, matrix.facilitator(), body);
    assertEquals(400, again.statusCode());
    assertEquals("bad_request", new JsonObject(again.body()).getString("error"));
    // Without noteIds, every note not yet imported comes over.
    HttpResponse<String> rest = importNotes(matrix, matrix.facilitator(), body.copy().putNull("noteIds"));
    assertEquals(200, rest.statusCode(), rest.body());
    assertEquals(1, new JsonObject(rest.body()).getInteger("imported"));
  }

  @Test
  void R3_J4_scores_decisions_and_links_survive_a_restart() {
    Board ideas = newBoard(server, "ideas");
    Board matrix = newBoard(server, "matrix");
    String itemId;
    try (BusClient a = BusClient.connect(server.port())) {
      join(a, ideas, ideas.facilitator(), "Frida");
      ok(a.op(ideas.id(), ideas.facilitator(), op("note.create").put("text", "Nattlys").put("x", 1).put("y", 1)));
    }
    assertEquals(200, importNotes(matrix, matrix.facilitator(),
        new JsonObject().put("sourceBoardId", ideas.id()).put("sourceToken", ideas.facilitator())).statusCode());
    try (BusClient a = BusClient.connect(server.port())) {
      itemId = join(a, matrix, matrix.facilitator(), "Frida").getJsonObject("snapshot").getJsonArray("items")
          .getJsonObject(0).getString("id");
      ok(a.op(matrix.id(), matrix.facilitator(), op("scale.set").put("scale", "continuous")));
      reveal(a, matrix);
      ok(a.op(matrix.id(), matrix.facilitator(), op("axis.rename").put("axis", "y").put("names", new JsonObject().put("en", "Value"))));
      ok(a.op(matrix.id(), matrix.facilitator(), op("item.score").put("itemId", itemId).put("x", 4.5).put("y", 1.5)));
      ok(a.op(matrix.id(), matrix.facilitator(), op("item.decide").put("itemId", itemId).put("status", "parked").put("reason", "Neste år")));
    }
    server.restart();
    try (BusClient a = BusClient.connect(server.port())) {
      JsonObject snap = join(a, matrix, matrix.participant(), "Ola").getJsonObject("snapshot");
      assertEquals("continuous", snap.getJsonObject("matrix").getString("scale"));
      assertEquals("Value", snap.getJsonObject("matrix").getJsonObject("axes").getJsonObject("y").getJsonObject("names").getString("en"));
      JsonObject item = snap.getJsonArray("items").getJsonObject(0);
      assertEquals(itemId, item.getString("id"));
      assertEquals(ideas.id(), item.getJsonObject("source").getString("boardId"));
      assertEquals(4.5, item.getJsonObject("aggregate").getJsonObject("x").getDouble("median"));
      assertEquals("parked", item.getJsonObject("decision").getString("status"));
      assertEquals("Neste år", snap.getJsonArray("decisionLog").getJsonObject(0).getString("reason"));
    }
  }
}
