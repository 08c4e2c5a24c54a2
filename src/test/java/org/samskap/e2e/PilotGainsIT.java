package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.TestServer;
import org.samskap.testing.Pilots;

/**
 * Editing and deleting a gain over real HTTP (docs/API.md PL3, PL4): the change is based on the
 * pilot's revision, a stale one is refused with 409 and stores nothing, a viewer is refused with
 * 403, and an unknown gain answers 404.
 */
class PilotGainsIT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonObject body(HttpResponse<String> r, int status) {
    assertEquals(status, r.statusCode(), r.body());
    return new JsonObject(r.body());
  }

  @Test
  void PL3_a_gain_is_edited_and_deleted_with_the_revision_and_stale_or_foreign_changes_store_nothing() {
    JsonObject made = Pilots.convert(server, Pilots.acceptedItem(server, "Nattlys i gangen"));
    String id = made.getString("id");
    String editor = made.getJsonObject("tokens").getString("editor");
    String viewer = made.getJsonObject("tokens").getString("viewer");
    String path = "/api/pilots/" + id + "/gains";
    JsonObject added = body(server.call("POST", path, editor,
        new JsonObject().put("rev", 1).put("gain", Pilots.gain("time", "2025-01-01", "2025-12-31"))), 200);
    String gainId = added.getJsonArray("gains").getJsonObject(0).getString("id");

    JsonObject changed = Pilots.gain("time", "2025-01-01", "2025-12-31").put("indicator", "Nattevaktstimer").put("expectedPerYear", 650);
    JsonObject edited = body(server.call("PUT", path + "/" + gainId, editor, new JsonObject().put("rev", 2).put("gain", changed)), 200);
    assertEquals(3, edited.getLong("rev"));
    assertEquals(1, edited.getJsonArray("gains").size());
    JsonObject g = edited.getJsonArray("gains").getJsonObject(0);
    assertEquals(gainId, g.getString("id"), "an edit keeps the gain's id");
    assertEquals("Nattevaktstimer", g.getString("indicator"));
    assertEquals(650.0, g.getDouble("expectedPerYear"));

    JsonObject stale = body(server.call("PUT", path + "/" + gainId, editor,
        new JsonObject().put("rev", 2).put("gain", changed.copy().put("indicator", "Overskriver"))), 409);
    assertEquals("conflict", stale.getString("error"));
    assertEquals(3, stale.getLong("rev"));
    assertEquals(403, server.call("PUT", path + "/" + gainId, viewer, new JsonObject().put("rev", 3).put("gain", changed)).statusCode());
    assertEquals(403, server.call("DELETE", path + "/" + gainId + "?rev=3", viewer, null).statusCode());
    assertEquals("not_found", body(server.call("PUT", path + "/nosuchgain", editor,
        new JsonObject().put("rev", 3).put("gain", changed)), 404).getString("error"));
    PilotIT.badRequest(server.call("PUT", path + "/" + gainId, editor,
        new JsonObject().put("rev", 3).put("gain", changed.copy().put("targetDate", "2024-06-01"))), "gain.targetDate");
    assertEquals("Nattevaktstimer", Pilots.get(server, id, editor).getJsonArray("gains").getJsonObject(0).getString("indicator"),
        "refused changes stored nothing");

    assertEquals(409, server.call("DELETE", path + "/" + gainId + "?rev=2", editor, null).statusCode());
    JsonObject deleted = body(server.call("DELETE", path + "/" + gainId + "?rev=3", editor, null), 200);
    assertEquals(4, deleted.getLong("rev"));
    assertEquals(0, deleted.getJsonArray("gains").size());
    assertEquals(0, deleted.getJsonArray("indicators").size());
    assertEquals(0, deleted.getJsonObject("money").getJsonArray("lines").size());
    assertEquals(404, server.call("DELETE", path + "/" + gainId + "?rev=4", editor, null).statusCode());
    assertEquals(4, Pilots.get(server, id, editor).getLong("rev"));
  }
}
