package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.Boards.join;
import static org.samskap.testing.Boards.ok;
import static org.samskap.testing.Boards.op;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.samskap.testing.Board;
import org.samskap.testing.BusClient;
import org.samskap.testing.DataDirSearch;
import org.samskap.testing.Pilots;
import org.samskap.testing.TestServer;

/**
 * Rule [D10] (docs/PROTOCOL.md, "Deleting a project"): a project with a unique marker in its
 * title, a checklist note, a decision and a saved template, an idea board (notes, a vote, a
 * link poll with a ballot, a named history snapshot) and a matrix board in it, and a pilot made
 * from the matrix (provenance, title and a gain) is deleted by its owner while a board client and
 * a project-page client are connected. Both are told ({@code board.deleted},
 * {@code project.deleted}); every later use is refused ({@code not_found}); a second delete is 404;
 * and no file under the data directory holds the marker once the 204 has come. Another project and
 * its board are untouched.
 */
class ProjectDeleteIT {
  TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start(Map.of("SAMSKAP_SNAPSHOT_EVERY", "3"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private JsonObject created(HttpResponse<String> r) {
    assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.statusCode() + " " + r.body());
    return new JsonObject(r.body());
  }

  private Board board(String projectId, String token, String kind, String title, int phase) {
    return Board.of(created(server.call("POST", "/api/projects/" + projectId + "/boards", token,
        new JsonObject().put("kind", kind).put("title", title).put("phase", phase))));
  }

  @Test
  void D10_a_deleted_project_tells_its_clients_refuses_every_use_and_leaves_no_byte_of_its_text() throws Exception {
    String marker = "PrjMrk" + System.nanoTime() + "z";
    JsonObject p = created(server.call("POST", "/api/projects", null, new JsonObject().put("title", "Prosjekt " + marker)
        .put("problem", "Fall " + marker).put("goal", "Mål").put("owner", "Kari " + marker).put("unit", "Helse")));
    String id = p.getString("id");
    String owner = p.getString("token");
    JsonObject other = created(server.call("POST", "/api/projects", null, new JsonObject().put("title", "Annet prosjekt")));
    String keptText = "Kept" + System.nanoTime() + "z";
    Board otherBoard = board(other.getString("id"), other.getString("token"), "ideas", "Annen tavle", 2);

    Board ideas = board(id, owner, "ideas", "Innsikt " + marker, 2);
    Board matrix = board(id, owner, "matrix", "Prioritering " + marker, 3);
    String noteId;
    try (BusClient c = BusClient.connect(server.port())) {
      join(c, ideas, ideas.participant(), "Deltaker " + marker);
      noteId = ok(c, ideas, ideas.participant(), op("note.create").put("text", "Lapp " + marker).put("x", 1).put("y", 1)).getString("noteId");
      for (int i = 0; i < 4; i++) ok(c, ideas, ideas.participant(), op("note.create").put("text", marker + " " + i).put("x", i).put("y", i));
      String cluster = ok(c, ideas, ideas.participant(), op("cluster.create").put("label", "Gruppe " + marker)).getString("clusterId");
      ok(c, ideas, ideas.participant(), op("note.cluster").put("noteId", noteId).put("clusterId", cluster));
      join(c, ideas, ideas.facilitator(), "Fasilitator");
      ok(c, ideas, ideas.facilitator(), op("vote.open").put("budget", 3).put("cap", 2));
      ok(c, ideas, ideas.participant(), op("vote.cast").put("targetId", noteId));
      ok(c, ideas, ideas.facilitator(), op("vote.close"));
      // the matrix item, accepted, becomes a pilot of the project (PJ16)
      JsonObject imp = created(server.call("POST", "/api/boards/" + matrix.id() + "/import", matrix.facilitator(),
          new JsonObject().put("sourceBoardId", ideas.id()).put("sourceToken", ideas.participant())));
      String itemId = imp.getJsonArray("itemIds").getString(0);
      join(c, matrix, matrix.facilitator(), "Frida");
      ok(c, matrix, matrix.facilitator(), op("item.score").put("itemId", itemId).put("x", 4).put("y", 5));
      ok(c, matrix, matrix.facilitator(), op("item.decide").put("itemId", itemId).put("status", "accepted").put("reason", "Grunn " + marker));
      JsonObject pilot = Pilots.convert(server, new Pilots.Accepted(ideas, matrix, noteId, itemId));
      String editor = pilot.getJsonObject("tokens").getString("editor");
      created(server.call("POST", "/api/pilots/" + pilot.getString("id") + "/gains", editor, new JsonObject().put("rev", 1)
          .put("gain", Pilots.gain("time", "2025-01-01", "2025-12-31").put("indicator", "Indikator " + marker))));
      pilotId = pilot.getString("id");
      pilotEditor = editor;
    }
    // a link poll with a ballot, a named history snapshot, a tick note, a decision and a saved template
    JsonObject poll = created(server.call("POST", "/api/boards/" + ideas.id() + "/polls", ideas.facilitator(),
        new JsonObject().put("title", "Spørsmål " + marker).put("maxChoices", 1).put("invites", 1).put("shared", false)
            .put("items", new JsonArray().add(new JsonObject().put("targetId", noteId).put("text", "Valg " + marker)))));
    String url = poll.getJsonArray("links").getJsonObject(0).getString("url");
    String voter = url.substring(url.indexOf('#') + 3);
    String pollId = poll.getString("pollId");
    String item = new JsonObject(server.call("GET", "/api/polls/" + pollId, voter, null).body()).getJsonArray("items").getJsonObject(0).getString("id");
    created(server.call("POST", "/api/polls/" + pollId + "/ballots", voter,
        new JsonObject().put("group", "service_user").put("choices", new JsonArray().add(item))));
    created(server.call("POST", "/api/boards/" + ideas.id() + "/history", ideas.facilitator(), new JsonObject().put("name", "Øyeblikk " + marker)));
    assertEquals(200, server.call("POST", "/api/projects/" + id + "/ticks", owner, new JsonObject().put("phase", 1)
        .put("itemId", "p1-problem").put("ticked", true).put("note", "Notat " + marker).put("by", "Kari")).statusCode());
    created(server.call("POST", "/api/projects/" + id + "/decisions", owner, new JsonObject().put("kind", "next")
        .put("recommendation", "Anbefaling " + marker).put("by", "Kari").put("evidence", new JsonArray().add("/b/" + ideas.id()))));
    created(server.call("POST", "/api/projects/" + id + "/templates", owner, new JsonObject().put("boardId", ideas.id()).put("name", "Mal " + marker)));
    try (BusClient o = BusClient.connect(server.port())) {
      join(o, otherBoard, otherBoard.participant(), "Ola");
      ok(o, otherBoard, otherBoard.participant(), op("note.create").put("text", keptText).put("x", 0).put("y", 0));
    }
    assertTrue(DataDirSearch.anyFileHolds(server.dataDir(), marker), "the marker is stored before the delete");

    String events = "project." + id + ".events";
    try (BusClient b = BusClient.connect(server.port()); BusClient page = BusClient.connect(server.port())) {
      b.register(ideas.events(), ideas.participant());
      join(b, ideas, ideas.participant(), "Deltaker");
      page.register(events, owner);
      awaitRegistered(page, id, owner);

      // D10: no token, a board's token and another project's owner token are refused, nothing deleted
      assertEquals(401, server.call("DELETE", "/api/projects/" + id, null, null).statusCode());
      assertEquals(403, server.call("DELETE", "/api/projects/" + id, ideas.participant(), null).statusCode());
      assertEquals(403, server.call("DELETE", "/api/projects/" + id, other.getString("token"), null).statusCode());

      HttpResponse<String> deleted = server.call("DELETE", "/api/projects/" + id, owner, null);
      assertEquals(204, deleted.statusCode(), deleted.body());

      assertNotNull(b.awaitEvent(ideas.events(), e -> "board.deleted".equals(e.getString("type")), BusClient.TIMEOUT), "the board client is told");
      assertEquals(4004, b.closed().get(10, TimeUnit.SECONDS));
      assertNotNull(page.awaitEvent(events, e -> "project.deleted".equals(e.getString("type")), BusClient.TIMEOUT), "the project page is told");
      // D10 with D3: nothing of the marker in any file of the data directory
      assertEquals(List.of(), DataDirSearch.filesHolding(server.dataDir(), marker), "the marker is still in the data directory");
      assertTrue(DataDirSearch.anyFileHolds(server.dataDir(), keptText), "the other project's board keeps its text");
    }

    // D10: every later use is refused
    for (String path : new String[] {"", "/export.zip", "/owner-link", "/retention", "/audit"}) {
      HttpResponse<String> r = server.call("GET", "/api/projects/" + id + path, owner, null);
      assertEquals(404, r.statusCode(), path + " " + r.body());
      assertEquals("not_found", new JsonObject(r.body()).getString("error"), path);
    }
    HttpResponse<String> again = server.call("DELETE", "/api/projects/" + id, owner, null);
    assertEquals(404, again.statusCode(), again.body());
    assertEquals("not_found", new JsonObject(again.body()).getString("error"));
    assertEquals(403, server.call("POST", "/api/projects/" + id + "/ticks", owner, new JsonObject().put("phase", 1)
        .put("itemId", "p1-problem").put("ticked", true).put("by", "Kari")).statusCode(), "no change is taken");
    try (BusClient c = BusClient.connect(server.port())) {
      assertEquals("not_found", c.request(ideas.ops(), new JsonObject().put("type", "join"), ideas.facilitator()).getString("reason"));
      assertEquals("not_found", c.request(matrix.ops(), new JsonObject().put("type", "join"), matrix.facilitator()).getString("reason"));
      c.register(events, owner);
      assertNotNull(c.awaitError(BusClient.TIMEOUT), "registering for the deleted project's events is refused");
    }
    assertEquals(404, server.call("GET", "/api/boards/" + ideas.id() + "/export.json", ideas.facilitator(), null).statusCode());
    assertEquals(404, server.call("GET", "/api/polls/" + pollId, voter, null).statusCode());
    int pilotStatus = server.call("GET", "/api/pilots/" + pilotId, pilotEditor, null).statusCode();
    assertTrue(pilotStatus == 403 || pilotStatus == 404, "the pilot is gone: " + pilotStatus);

    // the other project and its board are untouched
    assertEquals(200, server.call("GET", "/api/projects/" + other.getString("id"), other.getString("token"), null).statusCode());
    assertTrue(server.call("GET", "/api/boards/" + otherBoard.id() + "/export.json", otherBoard.facilitator(), null).body().contains(keptText));
  }

  private String pilotId;
  private String pilotEditor;

  private void awaitRegistered(BusClient listener, String id, String token) {
    String address = "project." + id + ".events";
    for (int i = 0; i < 10; i++) {
      server.call("POST", "/api/projects/" + id + "/ticks", token, new JsonObject()
          .put("phase", 1).put("itemId", "p1-gains").put("ticked", i % 2 == 0).put("by", "Kari"));
      if (listener.awaitEvent(address, e -> true, java.time.Duration.ofMillis(500)) != null) {
        listener.drainEvents(address);
        return;
      }
    }
    throw new AssertionError("the listener never heard the project's events");
  }
}
