package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.Boards.ok;
import static org.samskap.testing.Boards.op;
import static org.samskap.testing.Pilots.acceptedItem;
import static org.samskap.testing.Pilots.convert;
import static org.samskap.testing.Pilots.gain;
import static org.samskap.testing.Pilots.get;

import java.net.http.HttpResponse;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.BusClient;
import org.samskap.testing.Pilots.Accepted;
import org.samskap.testing.TestServer;

/** Pilots over real HTTP, websockets and the embedded database (docs/API.md, P rules). */
class PilotIT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static void badRequest(HttpResponse<String> r, String field) {
    assertEquals(400, r.statusCode(), r.body());
    JsonObject e = new JsonObject(r.body());
    assertEquals("bad_request", e.getString("error"), r.body());
    assertEquals(field, e.getString("field"), r.body());
    assertTrue(e.getString("message").contains(field), "the message names the field: " + r.body());
  }

  @Test
  void PL1_converting_an_accepted_item_keeps_note_text_cluster_votes_scores_and_decision_and_later_edits_do_not_rewrite_it() {
    Accepted a = acceptedItem(server, "Nattlys som slår seg på når beboeren står opp");
    JsonObject made = convert(server, a);
    String editor = made.getJsonObject("tokens").getString("editor");
    JsonObject p = get(server, made.getString("id"), editor);
    assertEquals("candidate", p.getString("status"));
    JsonObject prov = p.getJsonObject("provenance");
    assertEquals("Nattlys som slår seg på når beboeren står opp", prov.getString("text"));
    assertEquals(a.noteId(), prov.getJsonObject("source").getString("noteId"));
    assertEquals(a.ideas().id(), prov.getJsonObject("source").getString("boardId"));
    assertEquals("Trygghet", prov.getJsonObject("source").getString("clusterLabel"));
    assertEquals(0, prov.getJsonObject("source").getInteger("votes"));
    assertEquals(1, prov.getJsonObject("aggregate").getInteger("count"));
    assertEquals(5.0, prov.getJsonObject("aggregate").getJsonObject("y").getDouble("median"));
    assertEquals("accepted", prov.getJsonObject("decision").getString("status"));
    assertEquals("Rask gevinst", prov.getJsonObject("decision").getString("reason"));
    assertEquals(new JsonArray().add("Kveldsrutine"), prov.getJsonArray("journeySteps"));
    assertEquals("/b/" + a.matrix().id(), p.getJsonObject("links").getString("currentBoard"));

    try (BusClient c = BusClient.connect(server.port())) {
      c.register("board." + a.matrix().id() + ".events", a.matrix().facilitator());
      ok(c.request("board." + a.matrix().id() + ".ops", new JsonObject().put("type", "join"), a.matrix().facilitator()));
      ok(c.op(a.matrix().id(), a.matrix().facilitator(), op("item.edit").put("itemId", a.itemId()).put("text", "Endret etterpå")));
    }
    assertEquals("Nattlys som slår seg på når beboeren står opp", get(server, made.getString("id"), editor).getJsonObject("provenance").getString("text"),
        "a later board edit does not rewrite the pilot's history");
    HttpResponse<String> again = server.call("POST", "/api/pilots", a.matrix().facilitator(),
        new JsonObject().put("matrixBoardId", a.matrix().id()).put("itemId", a.itemId()));
    assertEquals(409, again.statusCode());
    assertEquals(made.getString("id"), new JsonObject(again.body()).getString("pilotId"));
    assertEquals(200, server.call("GET", "/api/pilots/" + made.getString("id"), a.matrix().facilitator(), null).statusCode(),
        "the matrix facilitator token opens the pilot made from its board");
  }

  @Test
  void PL8_rotating_a_pilot_link_refuses_the_old_token_and_keeps_the_other_link_working() {
    Accepted a = acceptedItem(server, "Fast kontaktperson på kveld");
    JsonObject made = convert(server, a);
    String id = made.getString("id");
    String editor = made.getJsonObject("tokens").getString("editor");
    String viewer = made.getJsonObject("tokens").getString("viewer");
    String path = "/api/pilots/" + id + "/links/";
    assertEquals(403, server.call("POST", path + "viewer/rotate", viewer, null).statusCode(), "a viewer may not rotate");
    assertEquals(401, server.call("POST", path + "viewer/rotate", null, null).statusCode());
    assertEquals(400, server.call("POST", path + "owner/rotate", editor, null).statusCode());
    assertEquals(200, server.call("GET", "/api/pilots/" + id, viewer, null).statusCode(), "a refused rotation changes nothing");

    HttpResponse<String> r = server.call("POST", path + "viewer/rotate", editor, null);
    assertEquals(201, r.statusCode(), r.body());
    JsonObject rotated = new JsonObject(r.body());
    String newViewer = rotated.getString("token");
    assertEquals("/p/" + id + "#t=" + newViewer, rotated.getString("link"));
    assertEquals(false, rotated.getBoolean("self"));
    assertEquals(403, server.call("GET", "/api/pilots/" + id, viewer, null).statusCode(), "the old viewer token is refused");
    assertEquals("viewer", get(server, id, newViewer).getString("role"));
    assertEquals("editor", get(server, id, editor).getString("role"), "the editor link keeps working");

    HttpResponse<String> own = server.call("POST", path + "editor/rotate", editor, null);
    assertEquals(201, own.statusCode(), own.body());
    assertEquals(true, new JsonObject(own.body()).getBoolean("self"), "the page that rotated its own link is told so");
    String newEditor = new JsonObject(own.body()).getString("token");
    assertEquals(403, server.call("GET", "/api/pilots/" + id, editor, null).statusCode(), "the old editor token is refused");
    assertEquals("editor", get(server, id, newEditor).getString("role"));
    assertEquals("viewer", get(server, id, newViewer).getString("role"), "the viewer link keeps working");
    assertEquals(201, server.call("POST", path + "viewer/rotate", a.matrix().facilitator(), null).statusCode(),
        "the matrix facilitator (an editor, PL0) may rotate too");
  }

  @Test
  void PL2_only_the_matrix_facilitator_converts_and_only_accepted_items() {
    Accepted a = acceptedItem(server, "Varslingsknapp");
    JsonObject body = new JsonObject().put("matrixBoardId", a.matrix().id()).put("itemId", a.itemId());
    assertEquals(401, server.call("POST", "/api/pilots", null, body).statusCode());
    assertEquals(403, server.call("POST", "/api/pilots", a.matrix().participant(), body).statusCode());
    assertEquals(404, server.call("POST", "/api/pilots", a.matrix().facilitator(), body.copy().put("itemId", "nosuchitem")).statusCode());
  }

  @Test
  void PL3_a_stale_update_is_refused_with_conflict_and_nothing_is_overwritten() {
    JsonObject made = convert(server, acceptedItem(server, "Digitalt tilsyn"));
    String id = made.getString("id");
    String editor = made.getJsonObject("tokens").getString("editor");
    JsonObject plan = new JsonObject().put("goals", "Færre nattlige tilsyn").put("responsible", "Kari");
    HttpResponse<String> first = server.call("PUT", "/api/pilots/" + id + "/plan", editor, new JsonObject().put("rev", 1).put("plan", plan));
    assertEquals(200, first.statusCode(), first.body());
    assertEquals(2, new JsonObject(first.body()).getLong("rev"));
    HttpResponse<String> stale = server.call("PUT", "/api/pilots/" + id + "/plan", editor,
        new JsonObject().put("rev", 1).put("plan", plan.copy().put("goals", "Overskriver")));
    assertEquals(409, stale.statusCode(), stale.body());
    JsonObject e = new JsonObject(stale.body());
    assertEquals("conflict", e.getString("error"));
    assertEquals(2, e.getLong("rev"));
    assertTrue(e.getString("message").contains("Someone else changed this pilot first"), stale.body());
    assertEquals("Færre nattlige tilsyn", get(server, id, editor).getJsonObject("plan").getString("goals"));
    HttpResponse<String> asViewer = server.call("PUT", "/api/pilots/" + id + "/plan", made.getJsonObject("tokens").getString("viewer"),
        new JsonObject().put("rev", 2).put("plan", plan));
    assertEquals(403, asViewer.statusCode());
  }

  @Test
  void PL4_bad_input_is_refused_naming_the_field_and_nothing_is_stored() {
    JsonObject made = convert(server, acceptedItem(server, "Medisindispenser"));
    String id = made.getString("id");
    String editor = made.getJsonObject("tokens").getString("editor");
    badRequest(server.call("PUT", "/api/pilots/" + id + "/economics", editor,
        new JsonObject().put("rev", 1).put("economics", new JsonObject().put("hourlyCost", -650))), "hourlyCost");
    badRequest(server.call("POST", "/api/pilots/" + id + "/gains", editor,
        new JsonObject().put("rev", 1).put("gain", gain("time", "2025-06-01", "2025-01-01"))), "gain.targetDate");
    badRequest(server.call("POST", "/api/pilots/" + id + "/gains", editor,
        new JsonObject().put("rev", 1).put("gain", gain("happiness", "2025-01-01", "2025-12-31"))), "gain.kind");
    HttpResponse<String> added = server.call("POST", "/api/pilots/" + id + "/gains", editor,
        new JsonObject().put("rev", 1).put("gain", gain("time", "2025-01-01", "2025-12-31")));
    assertEquals(200, added.statusCode(), added.body());
    String gainId = new JsonObject(added.body()).getJsonArray("gains").getJsonObject(0).getString("id");
    badRequest(server.call("POST", "/api/pilots/" + id + "/measurements", editor,
        new JsonObject().put("gainId", gainId).put("date", "2025-03-01").put("value", "mange")), "value");
    JsonObject p = get(server, id, editor);
    assertEquals(2, p.getLong("rev"), "only the good gain was stored");
    assertEquals(0.0, p.getJsonObject("economics").getDouble("hourlyCost"));
    assertEquals(1, p.getJsonArray("gains").size());
    assertEquals(0, p.getJsonArray("indicators").getJsonObject(0).getJsonArray("measurements").size());
  }

  @Test
  void PL5_measurements_tagged_test_and_control_give_welch_and_a_reading_and_changes_are_pushed_live() {
    JsonObject made = convert(server, acceptedItem(server, "Sensor i senga"));
    String id = made.getString("id");
    String editor = made.getJsonObject("tokens").getString("editor");
    String viewer = made.getJsonObject("tokens").getString("viewer");
    try (BusClient watcher = BusClient.connect(server.port())) {
      watcher.register("pilot." + id + ".events", viewer);
      JsonObject afterGain = new JsonObject(server.call("POST", "/api/pilots/" + id + "/gains", editor,
          new JsonObject().put("rev", 1).put("gain", gain("time", "2025-01-01", "2025-12-31"))).body());
      String gainId = afterGain.getJsonArray("gains").getJsonObject(0).getString("id");
      JsonObject pushed = watcher.awaitEvent("pilot." + id + ".events", e -> "gain.add".equals(e.getString("type")), BusClient.TIMEOUT);
      assertNotNull(pushed, "the viewer got the change live");
      assertEquals(2, pushed.getLong("rev"));
      double[] test = {14, 12, 11, 13, 15};
      double[] control = {17, 16, 18, 15};
      for (double v : test) post(id, editor, gainId, v, "test");
      for (double v : control) post(id, editor, gainId, v, "control");
      assertNotNull(watcher.awaitEvent("pilot." + id + ".events", e -> "measurement.add".equals(e.getString("type")), BusClient.TIMEOUT));
    }
    JsonObject ind = get(server, id, viewer).getJsonArray("indicators").getJsonObject(0);
    assertEquals(9, ind.getJsonArray("measurements").size());
    JsonObject cmp = ind.getJsonObject("comparison");
    assertEquals(-3.5, cmp.getJsonObject("welch").getDouble("difference"), 1e-9);
    assertEquals(6.98077, cmp.getJsonObject("welch").getDouble("df"), 1e-5);
    assertEquals("test_better", cmp.getString("reading"));
    assertTrue(cmp.getJsonObject("text").getString("nb").startsWith("Testgruppen ligger klart"));
  }

  @Test
  void PL6_a_pilot_events_register_needs_a_pilot_token() {
    JsonObject made = convert(server, acceptedItem(server, "Kalender på nettbrett"));
    try (BusClient c = BusClient.connect(server.port())) {
      c.register("pilot." + made.getString("id") + ".events", "not-a-token");
      JsonObject err = c.awaitError(BusClient.TIMEOUT);
      assertNotNull(err);
      assertEquals("invalid_token", err.getString("body"), err.encode());
    }
  }

  static void post(String id, String token, String gainId, double value, String group) {
    HttpResponse<String> r = server.call("POST", "/api/pilots/" + id + "/measurements", token, new JsonObject().put("gainId", gainId)
        .put("date", "2025-04-01").put("value", value).put("group", group));
    assertEquals(201, r.statusCode(), r.body());
  }
}
