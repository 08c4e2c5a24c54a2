package org.samskap.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samskap.testing.Boards.join;
import static org.samskap.testing.Boards.newBoard;
import static org.samskap.testing.Boards.ok;
import static org.samskap.testing.Boards.op;

import java.net.http.HttpResponse;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The way to a pilot over the public API: an accepted matrix item, its conversion, reading it back. */
public final class Pilots {
  private Pilots() {}

  /** An accepted matrix item imported from an idea-board note in a cluster. */
  public record Accepted(Board ideas, Board matrix, String noteId, String itemId) {}

  /**
   * A note on a new idea board, put in a cluster, imported into a new matrix board, scored and
   * accepted there by the facilitator.
   */
  public static Accepted acceptedItem(TestServer server, String text) {
    return acceptedItem(server, text, newBoard(server, "matrix", "Verksted"));
  }

  /** As {@link #acceptedItem(TestServer, String)}, accepted in the given matrix board. */
  public static Accepted acceptedItem(TestServer server, String text, Board matrix) {
    Board ideas = newBoard(server, "ideas", "Verksted");
    try (BusClient c = BusClient.connect(server.port())) {
      join(c, ideas, ideas.participant(), "Kari");
      String noteId = ok(c, ideas, ideas.participant(), op("note.create").put("text", text).put("x", 1).put("y", 1)).getString("noteId");
      String cluster = ok(c, ideas, ideas.participant(), op("cluster.create").put("label", "Trygghet")).getString("clusterId");
      ok(c, ideas, ideas.participant(), op("note.cluster").put("noteId", noteId).put("clusterId", cluster));
      HttpResponse<String> imp = server.call("POST", "/api/boards/" + matrix.id() + "/import", matrix.facilitator(),
          new JsonObject().put("sourceBoardId", ideas.id()).put("sourceToken", ideas.participant()));
      assertEquals(200, imp.statusCode(), imp.body());
      String itemId = new JsonObject(imp.body()).getJsonArray("itemIds").getString(0);
      join(c, matrix, matrix.facilitator(), "Frida");
      ok(c, matrix, matrix.facilitator(), op("item.score").put("itemId", itemId).put("x", 4).put("y", 5));
      ok(c, matrix, matrix.facilitator(), op("item.decide").put("itemId", itemId).put("status", "accepted").put("reason", "Rask gevinst"));
      return new Accepted(ideas, matrix, noteId, itemId);
    }
  }

  /** {@code POST /api/pilots} for the accepted item; asserts 201 and returns the body (id, tokens, links). */
  public static JsonObject convert(TestServer server, Accepted a) {
    HttpResponse<String> r = server.call("POST", "/api/pilots", a.matrix().facilitator(), new JsonObject()
        .put("matrixBoardId", a.matrix().id()).put("itemId", a.itemId()).put("journeySteps", new JsonArray().add("Kveldsrutine")));
    assertEquals(201, r.statusCode(), r.body());
    return new JsonObject(r.body());
  }

  /** {@code GET /api/pilots/{id}}; asserts 200. */
  public static JsonObject get(TestServer server, String id, String token) {
    HttpResponse<String> r = server.call("GET", "/api/pilots/" + id, token, null);
    assertEquals(200, r.statusCode(), r.body());
    return new JsonObject(r.body());
  }

  /** A valid gain estimate of {@code kind} between the two dates. */
  public static JsonObject gain(String kind, String baselineDate, String targetDate) {
    return new JsonObject().put("kind", kind).put("indicator", "Timer brukt på nattevakt").put("unit", "timer")
        .put("baseline", 40).put("baselineDate", baselineDate).put("target", 30).put("targetDate", targetDate)
        .put("owner", "Kari").put("expectedPerYear", 500);
  }
}
