package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import org.samskap.testing.TestServer;

/**
 * Rule PJ11: a data directory written by the release before projects (a real one, see
 * src/test/resources/upgrade/before-projects/README.md) starts on this release, and every old
 * board and pilot is in a project, with nothing lost; a second start makes no second project.
 */
class ProjectUpgradeIT {
  static final String FIXTURE = "/upgrade/before-projects/";

  @Test
  void pj11_every_board_and_pilot_of_an_old_data_directory_is_in_a_project_and_nothing_is_lost() throws Exception {
    JsonObject manifest = new JsonObject(read("manifest.json"));
    Path dir = Files.createTempDirectory("samskap-upgrade");
    try (InputStream in = new GZIPInputStream(ProjectUpgradeIT.class.getResourceAsStream(FIXTURE + "samskap.mv.db.gz"))) {
      Files.copy(in, dir.resolve("samskap.mv.db"));
    }
    try (TestServer server = TestServer.startOn(dir, Map.of())) {
      Map<String, String> projectOf = new HashMap<>();
      JsonArray boards = manifest.getJsonArray("boards");
      for (int i = 0; i < boards.size(); i++) {
        JsonObject b = boards.getJsonObject(i);
        String id = b.getString("id");
        String fac = b.getString("facilitator");
        HttpResponse<String> placed = server.call("GET", "/api/boards/" + id + "/project", fac, null);
        assertEquals(200, placed.statusCode(), b.getString("kind") + ": " + placed.body());
        String projectId = new JsonObject(placed.body()).getString("projectId");
        projectOf.put(id, projectId);
        // The board's facilitator link opens the project placed for it, named after the board.
        HttpResponse<String> got = server.call("GET", "/api/projects/" + projectId, fac, null);
        assertEquals(200, got.statusCode(), got.body());
        JsonObject project = new JsonObject(got.body()).getJsonObject("project");
        assertEquals(b.getString("title"), project.getString("title"));
        JsonObject ref = project.getJsonArray("boards").getJsonObject(0);
        assertEquals(List.of(id, b.getString("kind"), b.getString("title")), List.of(ref.getString("boardId"), ref.getString("kind"), ref.getString("title")));
        // Nothing lost: the board's own export still has its content and its links still work.
        HttpResponse<String> export = server.call("GET", "/api/boards/" + id + "/export.json", fac, null);
        assertEquals(200, export.statusCode(), export.body());
        String note = manifest.getJsonObject("notes").getString(id);
        if (note != null) assertTrue(export.body().contains(note), "the note of " + id + " is still there");
      }
      assertEquals(boards.size(), new HashSet<>(projectOf.values()).size(), "one project per board");

      JsonObject pilot = manifest.getJsonObject("pilot");
      String matrixProject = projectOf.get(pilot.getString("matrixBoardId"));
      JsonObject withPilot = new JsonObject(server.call("GET", "/api/projects/" + matrixProject,
          facilitatorOf(manifest, pilot.getString("matrixBoardId")), null).body()).getJsonObject("project");
      JsonObject pilotRef = withPilot.getJsonArray("pilots").getJsonObject(0);
      assertEquals(pilot.getString("id"), pilotRef.getString("pilotId"));
      assertEquals("candidate", pilotRef.getString("status"));
      assertEquals(4, pilotRef.getInteger("phase"));
      assertEquals(200, server.call("GET", "/api/pilots/" + pilot.getString("id"), pilot.getString("editor"), null).statusCode());

      JsonObject poll = manifest.getJsonObject("poll");
      HttpResponse<String> polls = server.call("GET", "/api/boards/" + poll.getString("boardId") + "/polls",
          facilitatorOf(manifest, poll.getString("boardId")), null);
      assertTrue(polls.body().contains(poll.getString("pollId")), polls.body());

      server.restart(); // placing again finds every board placed: the same projects, no second one
      Set<String> again = new HashSet<>();
      for (int i = 0; i < boards.size(); i++) {
        JsonObject b = boards.getJsonObject(i);
        HttpResponse<String> placed = server.call("GET", "/api/boards/" + b.getString("id") + "/project", b.getString("facilitator"), null);
        again.add(new JsonObject(placed.body()).getString("projectId"));
        assertEquals(projectOf.get(b.getString("id")), new JsonObject(placed.body()).getString("projectId"));
      }
      JsonObject afterRestart = new JsonObject(server.call("GET", "/api/projects/" + matrixProject,
          facilitatorOf(manifest, pilot.getString("matrixBoardId")), null).body()).getJsonObject("project");
      assertEquals(1, afterRestart.getJsonArray("pilots").size(), "the pilot is placed once");
      assertEquals(1, afterRestart.getJsonArray("boards").size());
    }
  }

  private static String facilitatorOf(JsonObject manifest, String boardId) {
    return manifest.getJsonArray("boards").stream().map(JsonObject.class::cast).filter(b -> b.getString("id").equals(boardId))
        .findFirst().orElseThrow().getString("facilitator");
  }

  private static String read(String name) throws Exception {
    try (InputStream in = ProjectUpgradeIT.class.getResourceAsStream(FIXTURE + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
