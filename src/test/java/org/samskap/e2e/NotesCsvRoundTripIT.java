package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.samskap.e2e.ExportHttp.get;
import static org.samskap.e2e.ExportHttp.json;
import static org.samskap.e2e.ExportHttp.post;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.Board;
import org.samskap.testing.TestServer;

/** docs/EXPORT.md [X17] over HTTP: an idea board's CSV export, posted to the CSV import, makes the same notes. */
class NotesCsvRoundTripIT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Map<String, String> labels(JsonObject content) {
    Map<String, String> out = new HashMap<>();
    for (Object o : content.getJsonArray("clusters")) out.put(((JsonObject) o).getString("id"), ((JsonObject) o).getString("label"));
    return out;
  }

  @Test
  void X17_the_csv_export_of_an_idea_board_imports_again_with_text_place_colour_and_cluster() {
    Board original = ExportBoards.ideas(server);
    HttpResponse<byte[]> csv = get(server, "/api/boards/" + original.id() + "/export.csv", original.facilitator());
    assertEquals(200, csv.statusCode(), new String(csv.body(), StandardCharsets.UTF_8));

    HttpResponse<byte[]> imported = post(server, "/api/boards/import.csv?title=Fra%20eksport", csv.body(), "text/csv");
    assertEquals(201, imported.statusCode(), new String(imported.body(), StandardCharsets.UTF_8));
    Board copy = Board.of(json(imported));

    JsonObject before = json(get(server, "/api/boards/" + original.id() + "/export.json", original.facilitator())).getJsonObject("content");
    JsonObject after = json(get(server, "/api/boards/" + copy.id() + "/export.json", copy.facilitator())).getJsonObject("content");
    JsonArray b = before.getJsonArray("notes");
    JsonArray a = after.getJsonArray("notes");
    assertEquals(b.size(), a.size());
    Map<String, String> beforeLabels = labels(before);
    Map<String, String> afterLabels = labels(after);
    for (int i = 0; i < b.size(); i++) {
      JsonObject nb = b.getJsonObject(i);
      JsonObject na = a.getJsonObject(i);
      assertEquals(nb.getString("text"), na.getString("text"), "text survives, also a formula and markup");
      assertEquals(nb.getDouble("x"), na.getDouble("x"));
      assertEquals(nb.getDouble("y"), na.getDouble("y"));
      assertEquals(nb.getString("color"), na.getString("color"));
      String cb = nb.getString("clusterId");
      if (cb == null) assertNull(na.getString("clusterId"));
      else assertEquals(beforeLabels.get(cb), afterLabels.get(na.getString("clusterId")), "the note is in a cluster of the same label");
    }
    assertEquals(beforeLabels.size(), afterLabels.size());
  }
}
