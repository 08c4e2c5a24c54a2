package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samskap.testing.Boards.join;
import static org.samskap.testing.Boards.newBoard;
import static org.samskap.testing.Boards.ok;
import static org.samskap.testing.Boards.op;

import java.net.http.HttpResponse;
import java.util.List;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.Board;
import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/** Items of another board to pick by name (docs/API.md L1; votes as in PROTOCOL.md M6a). */
class PickableIT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void L1_an_idea_board_offers_its_notes_with_votes_to_any_member_but_never_a_private_note() {
    Board b = newBoard(server, "ideas");
    try (BusClient f = BusClient.connect(server.port()); BusClient p = BusClient.connect(server.port())) {
      join(f, b, b.facilitator(), "Frida");
      join(p, b, b.participant(), "Kari");
      String a = ok(f, b, b.facilitator(), op("note.create").put("text", "Fast kontaktperson").put("x", 1).put("y", 1)).getString("noteId");
      ok(f, b, b.facilitator(), op("vote.open").put("budget", 2).put("cap", 2));
      ok(f, b, b.facilitator(), op("vote.cast").put("targetId", a));
      ok(f, b, b.facilitator(), op("vote.close"));
      ok(f, b, b.facilitator(), op("vote.open").put("budget", 2).put("cap", 2));
      ok(f, b, b.facilitator(), op("vote.cast").put("targetId", a));
      ok(f, b, b.facilitator(), op("vote.cast").put("targetId", a));
      ok(f, b, b.facilitator(), op("vote.close"));
      ok(f, b, b.facilitator(), op("silent.start"));
      ok(p, b, b.participant(), op("note.create").put("text", "Min hemmelige lapp").put("x", 2).put("y", 2));
    }
    HttpResponse<String> r = server.call("GET", "/api/boards/" + b.id() + "/pickable", b.participant(), null);
    assertEquals(200, r.statusCode(), r.body());
    JsonObject body = new JsonObject(r.body());
    assertEquals("ideas", body.getString("kind"));
    assertEquals(List.of("Fast kontaktperson"), body.getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("text")).toList(),
        "the private note of silent mode is left out");
    assertEquals(3, body.getJsonArray("items").getJsonObject(0).getInteger("votes"), "votes of both sessions");
  }

  @Test
  void L1_a_journey_offers_its_stages_and_other_kinds_or_wrong_tokens_are_refused_with_a_reason() {
    Board j = newBoard(server, "journey");
    try (BusClient f = BusClient.connect(server.port())) {
      join(f, j, j.facilitator(), "Frida");
      ok(f, j, j.facilitator(), op("stage.create").put("version", "future").put("label", "Søknad"));
    }
    JsonObject body = new JsonObject(server.call("GET", "/api/boards/" + j.id() + "/pickable", j.participant(), null).body());
    JsonObject stage = body.getJsonArray("items").getJsonObject(0);
    assertEquals("Søknad", stage.getString("text"));
    assertEquals("future", stage.getString("journey"));
    assertEquals(1, stage.getInteger("index"));

    Board m = newBoard(server, "matrix");
    HttpResponse<String> wrongKind = server.call("GET", "/api/boards/" + m.id() + "/pickable", m.facilitator(), null);
    assertEquals(400, wrongKind.statusCode());
    assertEquals("wrong_kind", new JsonObject(wrongKind.body()).getString("error"));
    assertEquals(401, server.call("GET", "/api/boards/" + j.id() + "/pickable", null, null).statusCode());
    HttpResponse<String> wrong = server.call("GET", "/api/boards/" + j.id() + "/pickable", m.facilitator(), null);
    assertEquals(403, wrong.statusCode());
    assertEquals("invalid_token", new JsonObject(wrong.body()).getString("error"));
  }
}
