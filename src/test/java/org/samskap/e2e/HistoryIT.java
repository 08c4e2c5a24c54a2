package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.e2e.ExportHttp.get;
import static org.samskap.e2e.ExportHttp.json;
import static org.samskap.testing.Boards.join;
import static org.samskap.testing.Boards.ok;
import static org.samskap.testing.Boards.op;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.Board;
import org.samskap.testing.Boards;
import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/** docs/EXPORT.md [X12]-[X14]: board history: named and automatic snapshots, read-only views, live and undoable restore. */
class HistoryIT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<byte[]> call(String method, String path, String token, JsonObject body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.encode()));
    if (token != null) b.header("Authorization", "Bearer " + token);
    return ExportHttp.send(b.build());
  }

  static List<String> texts(Board b) {
    JsonObject content = json(get(server, "/api/boards/" + b.id() + "/export.json", b.facilitator())).getJsonObject("content");
    return content.getJsonArray("notes").stream().map(n -> ((JsonObject) n).getString("text")).sorted().toList();
  }

  static JsonArray snapshots(Board b) {
    HttpResponse<byte[]> r = get(server, "/api/boards/" + b.id() + "/history", b.facilitator());
    assertEquals(200, r.statusCode());
    return json(r).getJsonArray("snapshots");
  }

  @Test
  void X13_a_restore_is_seen_live_by_another_client_and_restoring_the_undo_snapshot_undoes_it() {
    Board b = Boards.newBoard(server, "ideas", "Historikk");
    try (BusClient kari = BusClient.connect(server.port()); BusClient per = BusClient.connect(server.port())) {
      join(kari, b, b.facilitator(), "Kari");
      join(per, b, b.participant(), "Per");
      ok(kari, b, b.facilitator(), op("note.create").put("text", "Første").put("x", 1).put("y", 1));
      HttpResponse<byte[]> taken = call("POST", "/api/boards/" + b.id() + "/history", b.facilitator(), new JsonObject().put("name", "Før opprydding"));
      assertEquals(201, taken.statusCode(), new String(taken.body(), StandardCharsets.UTF_8));
      String snapId = json(taken).getString("id");
      assertEquals(1L, json(taken).getLong("version"));
      ok(per, b, b.participant(), op("note.create").put("text", "Andre").put("x", 2).put("y", 2));
      assertEquals(List.of("Andre", "Første"), texts(b));

      JsonObject view = json(get(server, "/api/boards/" + b.id() + "/history/" + snapId + "/export.json", b.facilitator()));
      assertEquals(1, view.getJsonObject("content").getJsonArray("notes").size(), "the read-only view shows the board as it was");

      HttpResponse<byte[]> restored = call("POST", "/api/boards/" + b.id() + "/history/" + snapId + "/restore", b.facilitator(), null);
      assertEquals(200, restored.statusCode(), new String(restored.body(), StandardCharsets.UTF_8));
      long version = json(restored).getLong("version");
      assertEquals(3L, version, "a restore is one op: it raises the version by one");
      JsonObject ev = per.awaitEvent(b.events(), e -> "board.restore".equals(e.getString("type")), BusClient.TIMEOUT);
      assertNotNull(ev, "the other client saw the restore live");
      assertEquals(version, ev.getLong("version"));
      assertEquals("Før opprydding", ev.getString("name"));
      assertFalse(ev.containsKey("content"), "the event carries no content; clients fetch a snapshot made for them");
      JsonObject since = per.request(b.ops(), new JsonObject().put("type", "since").put("version", version - 1), b.participant());
      assertEquals(Boolean.TRUE, since.getBoolean("ok"), since.encode());
      JsonArray notes = since.getJsonObject("snapshot").getJsonArray("notes");
      assertEquals(1, notes.size());
      assertEquals("Første", notes.getJsonObject(0).getString("text"));
      assertEquals(List.of("Første"), texts(b));

      String undoId = json(restored).getJsonObject("undo").getString("id");
      assertEquals("undo", json(restored).getJsonObject("undo").getString("reason"));
      assertEquals(200, call("POST", "/api/boards/" + b.id() + "/history/" + undoId + "/restore", b.facilitator(), null).statusCode());
      assertEquals(List.of("Andre", "Første"), texts(b), "restoring the undo snapshot brings the later state back");
      ok(per, b, b.participant(), op("note.create").put("text", "Tredje").put("x", 3).put("y", 3));
    }
    server.restart();
    assertEquals(List.of("Andre", "Første", "Tredje"), texts(b), "after a restart the restores replay from the event log");
  }

  @Test
  void X12_phase_changes_and_closed_votes_take_automatic_snapshots() throws InterruptedException {
    Board b = Boards.newBoard(server, "ideas", "Automatikk");
    try (BusClient kari = BusClient.connect(server.port())) {
      join(kari, b, b.facilitator(), "Kari");
      ok(kari, b, b.facilitator(), op("note.create").put("text", "Idé").put("x", 1).put("y", 1));
      ok(kari, b, b.facilitator(), op("phase.set").put("phase", "vote"));
      ok(kari, b, b.facilitator(), op("vote.open").put("budget", 2));
      ok(kari, b, b.facilitator(), op("vote.close"));
    }
    JsonArray list = new JsonArray();
    for (int i = 0; i < 100 && list.size() < 2; i++) {
      Thread.sleep(50);
      list = snapshots(b);
    }
    List<String> reasons = list.stream().map(o -> ((JsonObject) o).getString("reason")).sorted().toList();
    assertEquals(List.of("phase", "vote"), reasons, list.encode());
  }

  @Test
  void X14_history_is_for_the_facilitator_only_and_an_unknown_snapshot_is_not_found() {
    Board b = Boards.newBoard(server, "matrix", "Tilgang");
    assertEquals(401, call("GET", "/api/boards/" + b.id() + "/history", null, null).statusCode());
    assertEquals(403, call("GET", "/api/boards/" + b.id() + "/history", b.participant(), null).statusCode());
    assertEquals(403, call("POST", "/api/boards/" + b.id() + "/history", b.participant(), new JsonObject().put("name", "x")).statusCode());
    assertEquals(400, call("POST", "/api/boards/" + b.id() + "/history", b.facilitator(), new JsonObject().put("name", " ")).statusCode());
    assertEquals(404, call("POST", "/api/boards/" + b.id() + "/history/nope/restore", b.facilitator(), null).statusCode());
    assertTrue(snapshots(b).isEmpty());
  }
}
