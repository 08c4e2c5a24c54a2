package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.e2e.ExportHttp.get;
import static org.samskap.e2e.ExportHttp.json;
import static org.samskap.e2e.ExportHttp.post;
import static org.samskap.testing.Boards.join;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.Board;
import org.samskap.testing.Boards;
import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/** docs/EXPORT.md [X1]-[X4]: JSON export and import of every board kind, over a real server and database. */
class ExportRoundTripIT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Export, import the file as a new board, export that: the content must be the same. */
  static JsonObject roundTrip(Board b) {
    HttpResponse<byte[]> first = get(server, "/api/boards/" + b.id() + "/export.json", b.facilitator());
    assertEquals(200, first.statusCode(), new String(first.body(), StandardCharsets.UTF_8));
    assertTrue(first.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
    JsonObject exported = json(first);
    assertEquals("samskap-export", exported.getString("schema"));
    assertEquals(1, exported.getInteger("schemaVersion"));
    HttpResponse<byte[]> imported = post(server, "/api/boards/import", first.body(), "application/json");
    assertEquals(201, imported.statusCode(), new String(imported.body(), StandardCharsets.UTF_8));
    Board copy = Board.of(json(imported));
    JsonObject again = json(get(server, "/api/boards/" + copy.id() + "/export.json", copy.facilitator()));
    assertEquals(exported.getString("kind"), again.getString("kind"));
    assertEquals(exported.getString("title"), again.getString("title"));
    assertEquals(exported.getJsonObject("content"), again.getJsonObject("content"));
    assertEquals(0L, again.getJsonObject("source").getLong("version"), "an imported board starts at version 0");
    try (BusClient c = BusClient.connect(server.port())) {
      JsonObject snap = join(c, copy, copy.participant(), "Per").getJsonObject("snapshot");
      assertEquals(exported.getString("title"), snap.getJsonObject("board").getString("title"));
    }
    return exported;
  }

  @Test
  void X1_idea_board_with_clusters_votes_and_session_round_trips() {
    Board b = ExportBoards.ideas(server);
    JsonObject exported = roundTrip(b);
    JsonObject content = exported.getJsonObject("content");
    assertEquals(3, content.getJsonArray("notes").size());
    assertEquals("discuss", content.getJsonObject("session").getString("phase"));
    assertFalse(content.getJsonObject("session").getJsonArray("results").isEmpty(), "the closed vote is exported");
  }

  @Test
  void X1_matrix_board_with_scores_and_decisions_round_trips() {
    Board b = ExportBoards.matrix(server);
    JsonObject content = roundTrip(b).getJsonObject("content");
    JsonArray items = content.getJsonArray("items");
    assertEquals(2, items.size());
    assertEquals("accepted", items.getJsonObject(0).getJsonObject("decision").getString("status"));
    assertEquals(1, content.getJsonArray("decisionLog").size());
  }

  @Test
  void X1_journey_board_with_cards_and_huki_round_trips() {
    Board b = ExportBoards.journey(server);
    JsonObject content = roundTrip(b).getJsonObject("content");
    assertEquals(2, content.getJsonObject("journeys").getJsonObject("future").getJsonArray("cards").size());
  }

  @Test
  void X2_export_needs_the_facilitator_token() {
    Board b = Boards.newBoard(server, "ideas", "Tilgang");
    assertEquals(401, get(server, "/api/boards/" + b.id() + "/export.json", null).statusCode());
    assertEquals(403, get(server, "/api/boards/" + b.id() + "/export.json", b.participant()).statusCode());
    assertEquals(403, get(server, "/api/boards/" + b.id() + "/export.json", "wrong").statusCode());
  }

  @Test
  void X3_a_broken_file_is_refused_naming_line_and_field_and_creates_nothing() {
    HttpResponse<byte[]> r = post(server, "/api/boards/import", "{\n  \"schema\": \"samskap-export\",\n  \"kind\": ,\n}".getBytes(StandardCharsets.UTF_8), "application/json");
    assertEquals(400, r.statusCode());
    assertTrue(json(r).getString("message").contains("line 3"), json(r).encode());

    String badColor = new JsonObject().put("schema", "samskap-export").put("schemaVersion", 1).put("kind", "ideas").put("title", "T")
        .put("content", new JsonObject().put("notes", new JsonArray().add(new JsonObject().put("id", "n1").put("text", "a")
            .put("x", 1.0).put("y", 1.0).put("color", "black").put("clusterId", null).put("author", "x"))).put("clusters", new JsonArray()))
        .encode();
    r = post(server, "/api/boards/import", badColor.getBytes(StandardCharsets.UTF_8), "application/json");
    assertEquals(400, r.statusCode());
    assertTrue(json(r).getString("message").contains("color"), json(r).encode());
    assertFalse(json(r).containsKey("id"));

    r = post(server, "/api/boards/import", "{\"schema\":\"other\",\"schemaVersion\":1}".getBytes(StandardCharsets.UTF_8), "application/json");
    assertEquals(400, r.statusCode());
    assertEquals("schema", json(r).getString("field"));

    r = post(server, "/api/boards/import", "{\"schema\":\"samskap-export\",\"schemaVersion\":2,\"kind\":\"ideas\",\"title\":\"T\",\"content\":{}}"
        .getBytes(StandardCharsets.UTF_8), "application/json");
    assertEquals(400, r.statusCode());
    assertEquals("schemaVersion", json(r).getString("field"));
  }

  @Test
  void X3_a_note_text_over_the_limit_is_refused_naming_the_note() {
    String longNote = new JsonObject().put("schema", "samskap-export").put("schemaVersion", 1).put("kind", "ideas").put("title", "T")
        .put("content", new JsonObject().put("notes", new JsonArray().add(new JsonObject().put("id", "n1").put("text", "a".repeat(2001))
            .put("x", 1.0).put("y", 1.0).put("color", "yellow").put("clusterId", null).put("author", "x"))).put("clusters", new JsonArray()))
        .encode();
    HttpResponse<byte[]> r = post(server, "/api/boards/import", longNote.getBytes(StandardCharsets.UTF_8), "application/json");
    assertEquals(400, r.statusCode());
    assertEquals("content.notes[0].text", json(r).getString("field"), json(r).encode());
  }

  @Test
  void X3_a_file_over_the_size_cap_is_refused() {
    byte[] big = new byte[9 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) ' ');
    assertEquals(413, post(server, "/api/boards/import", big, "application/json").statusCode());
  }

  @Test
  void X4_csv_of_notes_makes_an_idea_board_and_a_bad_line_refuses_the_whole_file() {
    String csv = "\uFEFFtext,x,y,color,cluster\r\n\"Kø på legevakta, æøå\",10,20,blue,Venting\r\nEgen lapp,,,,Venting\r\n'=1+2,,,,\r\n";
    HttpResponse<byte[]> r = post(server, "/api/boards/import.csv?title=Fra%20CSV", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    assertEquals(201, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    Board b = Board.of(json(r));
    JsonObject content = json(get(server, "/api/boards/" + b.id() + "/export.json", b.facilitator())).getJsonObject("content");
    assertEquals(3, content.getJsonArray("notes").size());
    assertEquals(1, content.getJsonArray("clusters").size(), "equal cluster labels share one cluster");
    assertEquals("Kø på legevakta, æøå", content.getJsonArray("notes").getJsonObject(0).getString("text"));
    assertEquals("=1+2", content.getJsonArray("notes").getJsonObject(2).getString("text"), "a neutralised cell reads back as written");

    String bad = "text,color\r\nGod idé,green\r\nAnnen,black\r\n";
    r = post(server, "/api/boards/import.csv?title=X", bad.getBytes(StandardCharsets.UTF_8), "text/csv");
    assertEquals(400, r.statusCode());
    assertTrue(json(r).getString("message").startsWith("line 3:"), json(r).encode());
    assertFalse(json(r).containsKey("id"));
  }
}
