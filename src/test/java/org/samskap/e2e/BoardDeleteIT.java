package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.Boards.newBoard;
import static org.samskap.testing.Boards.ok;
import static org.samskap.testing.Boards.op;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.samskap.testing.Board;
import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/**
 * Rules [D1], [D2] and [D3] (docs/PROTOCOL.md, "Deleting a board") and [D4] (docs/EXPORT.md): a board with a unique
 * marker in its notes, its vote, a link poll (with a ballot) and a named history snapshot is
 * deleted over HTTP while two clients are connected. Both are told ({@code board.deleted}) and
 * their sockets closed; every later join, op, register, export, history and link use answers
 * {@code not_found}; a second delete answers 404; and no file under the data directory holds
 * the marker (UTF-8 or UTF-16) once the delete has answered. Another board's content is kept.
 */
class BoardDeleteIT {
  TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start(Map.of("SAMSKAP_SNAPSHOT_EVERY", "3"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void D1_D2_D3_D4_a_deleted_board_tells_its_clients_refuses_every_use_and_leaves_no_byte_of_its_text() throws Exception {
    String marker = "DelMrk" + System.nanoTime() + "z Kari på Åsen";
    String keptText = "Kept" + System.nanoTime() + "z";
    Board b = newBoard(server, "ideas", "Tittel " + marker);
    Board other = newBoard(server, "ideas", "Annen tavle");
    try (BusClient f = BusClient.connect(server.port()); BusClient p = BusClient.connect(server.port());
        BusClient o = BusClient.connect(server.port())) {
      f.register(b.events(), b.facilitator());
      p.register(b.events(), b.participant());
      ok(f.request(b.ops(), new JsonObject().put("type", "join").put("name", "Fasilitator " + marker), b.facilitator()));
      ok(p.request(b.ops(), new JsonObject().put("type", "join").put("name", "Deltaker " + marker), b.participant()));
      String noteId = ok(p, b, b.participant(), op("note.create").put("text", "Lapp " + marker).put("x", 1).put("y", 2))
          .getString("noteId");
      for (int i = 0; i < 5; i++) ok(p, b, b.participant(), op("note.create").put("text", marker + " " + i).put("x", i).put("y", i));
      ok(f, b, b.facilitator(), op("vote.open").put("budget", 3).put("cap", 2));
      ok(p, b, b.participant(), op("vote.cast").put("targetId", noteId));
      ok(f, b, b.facilitator(), op("vote.close"));
      // a link poll with the marker and one ballot; a named history snapshot
      HttpResponse<String> poll = server.call("POST", "/api/boards/" + b.id() + "/polls", b.facilitator(),
          new JsonObject().put("title", "Spørsmål " + marker).put("maxChoices", 1).put("invites", 1).put("shared", false)
              .put("items", new JsonArray().add(new JsonObject().put("targetId", noteId).put("text", "Valg " + marker)
                  .put("description", marker))));
      assertEquals(201, poll.statusCode(), poll.body());
      JsonObject pollJson = new JsonObject(poll.body());
      String url = pollJson.getJsonArray("links").getJsonObject(0).getString("url");
      String voterToken = url.substring(url.indexOf('#') + 3);
      String pollId = pollJson.getString("pollId");
      pollIdKept = pollId;
      voterTokenKept = voterToken;
      JsonObject pollView = new JsonObject(server.call("GET", "/api/polls/" + pollId, voterToken, null).body());
      String itemId = pollView.getJsonArray("items").getJsonObject(0).getString("id");
      assertEquals(201, server.call("POST", "/api/polls/" + pollId + "/ballots", voterToken,
          new JsonObject().put("group", "service_user").put("choices", new JsonArray().add(itemId))).statusCode());
      assertEquals(201, server.call("POST", "/api/boards/" + b.id() + "/history", b.facilitator(),
          new JsonObject().put("name", "Øyeblikk " + marker)).statusCode());
      // the other board keeps its text
      ok(o.request(other.ops(), new JsonObject().put("type", "join").put("name", "Ola"), other.participant()));
      ok(o, other, other.participant(), op("note.create").put("text", keptText).put("x", 0).put("y", 0));

      assertTrue(DataDirBytes.holds(server.dataDir(), marker.substring(0, 20)), "the marker is stored before the delete");

      // D1: wrong tokens first
      assertEquals(401, server.call("DELETE", "/api/boards/" + b.id(), null, null).statusCode());
      assertEquals(403, server.call("DELETE", "/api/boards/" + b.id(), b.participant(), null).statusCode());

      HttpResponse<String> deleted = server.call("DELETE", "/api/boards/" + b.id(), b.facilitator(), null);
      assertEquals(204, deleted.statusCode(), deleted.body());

      // D1: both clients are told, and their sockets closed
      for (BusClient c : new BusClient[] {f, p}) {
        assertNotNull(c.awaitEvent(b.events(), e -> "board.deleted".equals(e.getString("type")), BusClient.TIMEOUT));
        assertEquals(4004, c.closed().get(10, TimeUnit.SECONDS));
      }
      // D3: nothing of the marker in any file of the data directory
      assertFalse(DataDirBytes.holds(server.dataDir(), marker.substring(0, 20)), "the marker is still in the data directory");
      assertFalse(DataDirBytes.holds(server.dataDir(), "Kari på Åsen " + 0), "note text still in the data directory");
      assertTrue(DataDirBytes.holds(server.dataDir(), keptText), "the other board's text is kept on disk");
    }

    // D2: every later use answers not_found
    try (BusClient c = BusClient.connect(server.port())) {
      JsonObject join = c.request(b.ops(), new JsonObject().put("type", "join"), b.facilitator());
      assertEquals("not_found", join.getString("reason"), join.encode());
      JsonObject opReply = c.op(b.id(), b.participant(), op("note.create").put("text", "x").put("x", 0).put("y", 0));
      assertEquals("not_found", opReply.getString("reason"), opReply.encode());
      c.register(b.events(), b.participant());
      JsonObject err = c.awaitError(BusClient.TIMEOUT);
      assertNotNull(err);
      assertEquals("not_found", err.getString("body"), err.encode());
    }
    for (String path : new String[] {"/export.json", "/export.csv", "/history", "/polls"}) {
      HttpResponse<String> r = server.call("GET", "/api/boards/" + b.id() + path, b.facilitator(), null);
      assertEquals(404, r.statusCode(), path + " " + r.body());
      assertEquals("not_found", new JsonObject(r.body()).getString("error"), path);
    }
    assertEquals(404, server.call("POST", "/api/boards/" + b.id() + "/links/participant", b.facilitator(), null).statusCode());
    assertEquals(404, server.call("GET", "/api/polls/" + pollIdKept, voterTokenKept, null).statusCode());
    HttpResponse<String> again = server.call("DELETE", "/api/boards/" + b.id(), b.facilitator(), null);
    assertEquals(404, again.statusCode(), again.body());
    assertEquals("not_found", new JsonObject(again.body()).getString("error"));

    // the other board still works, with its note
    try (BusClient c = BusClient.connect(server.port())) {
      JsonObject join = ok(c.request(other.ops(), new JsonObject().put("type", "join"), other.participant()));
      assertTrue(join.encode().contains(keptText));
    }
  }

  private String pollIdKept;
  private String voterTokenKept;

  /** Searches every file under a data directory. */
  static final class DataDirBytes {
    static boolean holds(java.nio.file.Path dir, String text) throws IOException {
      return org.samskap.testing.DataDirSearch.anyFileHolds(dir, text);
    }
  }
}
