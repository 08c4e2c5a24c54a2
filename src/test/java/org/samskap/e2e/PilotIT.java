package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/** Pilots over real HTTP, websockets and the embedded database (docs/API.md, P rules). */
public class PilotIT {
  public static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  public record Board(String id, String facilitator, String participant) {}

  /** An accepted matrix item imported from an idea-board note in a cluster. */
  public record Accepted(Board ideas, Board matrix, String noteId, String itemId) {}

  static Board newBoard(String kind) {
    HttpResponse<String> r = server.post("/api/boards", new JsonObject().put("kind", kind).put("title", "Verksted").encode());
    assertEquals(201, r.statusCode(), r.body());
    JsonObject b = new JsonObject(r.body());
    return new Board(b.getString("id"), b.getJsonObject("tokens").getString("facilitator"), b.getJsonObject("tokens").getString("participant"));
  }

  static JsonObject op(String type) {
    return new JsonObject().put("type", type).put("clientOpId", UUID.randomUUID().toString());
  }

  static JsonObject ok(JsonObject r) {
    assertEquals(Boolean.TRUE, r.getBoolean("ok"), r.encode());
    return r;
  }

  public static HttpResponse<String> call(String method, String path, String token, JsonObject body) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Content-Type", "application/json")
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.encode()));
      if (token != null) b.header("Authorization", "Bearer " + token);
      return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static Accepted acceptedItem(String text) {
    Board ideas = newBoard("ideas");
    Board matrix = newBoard("matrix");
    try (BusClient c = BusClient.connect(server.port())) {
      c.register("board." + ideas.id() + ".events", ideas.participant());
      ok(c.request("board." + ideas.id() + ".ops", new JsonObject().put("type", "join").put("name", "Kari"), ideas.participant()));
      String noteId = ok(c.op(ideas.id(), ideas.participant(), op("note.create").put("text", text).put("x", 1).put("y", 1))).getString("noteId");
      String cluster = ok(c.op(ideas.id(), ideas.participant(), op("cluster.create").put("label", "Trygghet"))).getString("clusterId");
      ok(c.op(ideas.id(), ideas.participant(), op("note.cluster").put("noteId", noteId).put("clusterId", cluster)));
      HttpResponse<String> imp = call("POST", "/api/boards/" + matrix.id() + "/import", matrix.facilitator(),
          new JsonObject().put("sourceBoardId", ideas.id()).put("sourceToken", ideas.participant()));
      assertEquals(200, imp.statusCode(), imp.body());
      String itemId = new JsonObject(imp.body()).getJsonArray("itemIds").getString(0);
      c.register("board." + matrix.id() + ".events", matrix.facilitator());
      ok(c.request("board." + matrix.id() + ".ops", new JsonObject().put("type", "join").put("name", "Frida"), matrix.facilitator()));
      ok(c.op(matrix.id(), matrix.facilitator(), op("item.score").put("itemId", itemId).put("x", 4).put("y", 5)));
      ok(c.op(matrix.id(), matrix.facilitator(), op("item.decide").put("itemId", itemId).put("status", "accepted").put("reason", "Rask gevinst")));
      return new Accepted(ideas, matrix, noteId, itemId);
    }
  }

  public static JsonObject convert(Accepted a) {
    HttpResponse<String> r = call("POST", "/api/pilots", a.matrix().facilitator(), new JsonObject().put("matrixBoardId", a.matrix().id())
        .put("itemId", a.itemId()).put("journeySteps", new JsonArray().add("Kveldsrutine")));
    assertEquals(201, r.statusCode(), r.body());
    return new JsonObject(r.body());
  }

  public static JsonObject get(String id, String token) {
    HttpResponse<String> r = call("GET", "/api/pilots/" + id, token, null);
    assertEquals(200, r.statusCode(), r.body());
    return new JsonObject(r.body());
  }

  public static JsonObject gain(String kind, String baselineDate, String targetDate) {
    return new JsonObject().put("kind", kind).put("indicator", "Timer brukt på nattevakt").put("unit", "timer")
        .put("baseline", 40).put("baselineDate", baselineDate).put("target", 30).put("targetDate", targetDate)
        .put("owner", "Kari").put("expectedPerYear", 500);
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
    Accepted a = acceptedItem("Nattlys som slår seg på når beboeren står opp");
    JsonObject made = convert(a);
    String editor = made.getJsonObject("tokens").getString("editor");
    JsonObject p = get(made.getString("id"), editor);
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
    assertEquals("Nattlys som slår seg på når beboeren står opp", get(made.getString("id"), editor).getJsonObject("provenance").getString("text"),
        "a later board edit does not rewrite the pilot's history");
    HttpResponse<String> again = call("POST", "/api/pilots", a.matrix().facilitator(),
        new JsonObject().put("matrixBoardId", a.matrix().id()).put("itemId", a.itemId()));
    assertEquals(409, again.statusCode());
    assertEquals(made.getString("id"), new JsonObject(again.body()).getString("pilotId"));
    assertEquals(200, call("GET", "/api/pilots/" + made.getString("id"), a.matrix().facilitator(), null).statusCode(),
        "the matrix facilitator token opens the pilot made from its board");
  }

  @Test
  void PL2_only_the_matrix_facilitator_converts_and_only_accepted_items() {
    Accepted a = acceptedItem("Varslingsknapp");
    JsonObject body = new JsonObject().put("matrixBoardId", a.matrix().id()).put("itemId", a.itemId());
    assertEquals(401, call("POST", "/api/pilots", null, body).statusCode());
    assertEquals(403, call("POST", "/api/pilots", a.matrix().participant(), body).statusCode());
    assertEquals(404, call("POST", "/api/pilots", a.matrix().facilitator(), body.copy().put("itemId", "nosuchitem")).statusCode());
  }

  @Test
  void PL3_a_stale_update_is_refused_with_conflict_and_nothing_is_overwritten() {
    JsonObject made = convert(acceptedItem("Digitalt tilsyn"));
    String id = made.getString("id");
    String editor = made.getJsonObject("tokens").getString("editor");
    JsonObject plan = new JsonObject().put("goals", "Færre nattlige tilsyn").put("responsible", "Kari");
    HttpResponse<String> first = call("PUT", "/api/pilots/" + id + "/plan", editor, new JsonObject().put("rev", 1).put("plan", plan));
    assertEquals(200, first.statusCode(), first.body());
    assertEquals(2, new JsonObject(first.body()).getLong("rev"));
    HttpResponse<String> stale = call("PUT", "/api/pilots/" + id + "/plan", editor,
        new JsonObject().put("rev", 1).put("plan", plan.copy().put("goals", "Overskriver")));
    assertEquals(409, stale.statusCode(), stale.body());
    JsonObject e = new JsonObject(stale.body());
    assertEquals("conflict", e.getString("error"));
    assertEquals(2, e.getLong("rev"));
    assertTrue(e.getString("message").contains("Someone else changed this pilot first"), stale.body());
    assertEquals("Færre nattlige tilsyn", get(id, editor).getJsonObject("plan").getString("goals"));
    HttpResponse<String> asViewer = call("PUT", "/api/pilots/" + id + "/plan", made.getJsonObject("tokens").getString("viewer"),
        new JsonObject().put("rev", 2).put("plan", plan));
    assertEquals(403, asViewer.statusCode());
  }

  @Test
  void PL4_bad_input_is_refused_naming_the_field_and_nothing_is_stored() {
    JsonObject made = convert(acceptedItem("Medisindispenser"));
    String id = made.getString("id");
    String editor = made.getJsonObject("tokens").getString("editor");
    badRequest(call("PUT", "/api/pilots/" + id + "/economics", editor,
        new JsonObject().put("rev", 1).put("economics", new JsonObject().put("hourlyCost", -650))), "hourlyCost");
    badRequest(call("POST", "/api/pilots/" + id + "/gains", editor,
        new JsonObject().put("rev", 1).put("gain", gain("time", "2025-06-01", "2025-01-01"))), "gain.targetDate");
    badRequest(call("POST", "/api/pilots/" + id + "/gains", editor,
        new JsonObject().put("rev", 1).put("gain", gain("happiness", "2025-01-01", "2025-12-31"))), "gain.kind");
    HttpResponse<String> added = call("POST", "/api/pilots/" + id + "/gains", editor,
        new JsonObject().put("rev", 1).put("gain", gain("time", "2025-01-01", "2025-12-31")));
    assertEquals(200, added.statusCode(), added.body());
    String gainId = new JsonObject(added.body()).getJsonArray("gains").getJsonObject(0).getString("id");
    badRequest(call("POST", "/api/pilots/" + id + "/measurements", editor,
        new JsonObject().put("gainId", gainId).put("date", "2025-03-01").put("value", "mange")), "value");
    JsonObject p = get(id, editor);
    assertEquals(2, p.getLong("rev"), "only the good gain was stored");
    assertEquals(0.0, p.getJsonObject("economics").getDouble("hourlyCost"));
    assertEquals(1, p.getJsonArray("gains").size());
    assertEquals(0, p.getJsonArray("indicators").getJsonObject(0).getJsonArray("measurements").size());
  }

  @Test
  void PL5_measurements_tagged_test_and_control_give_welch_and_a_reading_and_changes_are_pushed_live() {
    JsonObject made = convert(acceptedItem("Sensor i senga"));
    String id = made.getString("id");
    String editor = made.getJsonObject("tokens").getString("editor");
    String viewer = made.getJsonObject("tokens").getString("viewer");
    try (BusClient watcher = BusClient.connect(server.port())) {
      watcher.register("pilot." + id + ".events", viewer);
      JsonObject afterGain = new JsonObject(call("POST", "/api/pilots/" + id + "/gains", editor,
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
    JsonObject ind = get(id, viewer).getJsonArray("indicators").getJsonObject(0);
    assertEquals(9, ind.getJsonArray("measurements").size());
    JsonObject cmp = ind.getJsonObject("comparison");
    assertEquals(-3.5, cmp.getJsonObject("welch").getDouble("difference"), 1e-9);
    assertEquals(6.98077, cmp.getJsonObject("welch").getDouble("df"), 1e-5);
    assertEquals("test_better", cmp.getString("reading"));
    assertTrue(cmp.getJsonObject("text").getString("nb").startsWith("Testgruppen ligger klart"));
  }

  @Test
  void PL6_a_pilot_events_register_needs_a_pilot_token() {
    JsonObject made = convert(acceptedItem("Kalender på nettbrett"));
    try (BusClient c = BusClient.connect(server.port())) {
      c.register("pilot." + made.getString("id") + ".events", "not-a-token");
      JsonObject err = c.awaitError(BusClient.TIMEOUT);
      assertNotNull(err);
      assertEquals("invalid_token", err.getString("body"), err.encode());
    }
  }

  static void post(String id, String token, String gainId, double value, String group) {
    HttpResponse<String> r = call("POST", "/api/pilots/" + id + "/measurements", token, new JsonObject().put("gainId", gainId)
        .put("date", "2025-04-01").put("value", value).put("group", group));
    assertEquals(201, r.statusCode(), r.body());
  }
}
