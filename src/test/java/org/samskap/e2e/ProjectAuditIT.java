package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.samskap.boards.AuditLog;
import org.samskap.testing.Board;
import org.samskap.testing.TestServer;

/**
 * Rule [D12] (docs/PROTOCOL.md): the project's owner reads the project's audit entries: create,
 * export, link rotation and keep (and an imported project its import), newest first, each with
 * the action, role, client address and time and never the title or a token; a board token and a
 * stale owner token are refused. A delete is written as {@code delete} under the project's id
 * (read from the audit log itself, the project being gone), and the project's entries are not the
 * board's (D6).
 */
class ProjectAuditIT {
  final AtomicLong clock = new AtomicLong(1_800_000_000_000L);
  TestServer server;

  @BeforeEach
  void start() {
    // a clock that moves one second per reading, so the newest-first order is certain
    server = TestServer.start(java.util.Map.of(), () -> clock.addAndGet(1000));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private JsonObject audit(String id, String token) {
    HttpResponse<String> r = server.call("GET", "/api/projects/" + id + "/audit", token, null);
    assertEquals(200, r.statusCode(), r.body());
    return new JsonObject(r.body());
  }

  private static List<String> actions(JsonObject audit) {
    return audit.getJsonArray("entries").stream().map(o -> ((JsonObject) o).getString("action")).toList();
  }

  @Test
  void D12_the_owner_reads_who_created_exported_rotated_kept_imported_and_deleted_the_project_never_its_content() throws Exception {
    String title = "Revisjon" + System.nanoTime() + "z";
    HttpResponse<String> made = server.call("POST", "/api/projects", null, new JsonObject().put("title", title));
    assertEquals(201, made.statusCode(), made.body());
    String id = new JsonObject(made.body()).getString("id");
    String first = new JsonObject(made.body()).getString("token");
    Board board = Board.of(new JsonObject(server.call("POST", "/api/projects/" + id + "/boards", first,
        new JsonObject().put("kind", "ideas").put("title", "Tavle").put("phase", 1)).body()));
    HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/projects/" + id
        + "/export.zip")).header("Authorization", "Bearer " + first).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, zip.statusCode());
    HttpResponse<String> rotated = server.call("POST", "/api/projects/" + id + "/owner-link", first, null);
    assertEquals(201, rotated.statusCode(), rotated.body());
    String owner = new JsonObject(rotated.body()).getString("token");
    assertEquals(200, server.call("POST", "/api/projects/" + id + "/retention/keep", owner, null).statusCode());

    JsonObject audit = audit(id, owner);
    assertEquals(List.of("keep", "link.rotate", "export", "create"), actions(audit));
    JsonObject newest = audit.getJsonArray("entries").getJsonObject(0);
    assertEquals("owner", newest.getString("role"));
    assertEquals("127.0.0.1", newest.getString("address"));
    assertEquals("creator", audit.getJsonArray("entries").getJsonObject(3).getString("role"));
    assertTrue(!audit.encode().contains(title) && !audit.encode().contains(owner) && !audit.encode().contains(first), audit.encode());
    // only the owner: a board token, an old owner token, no token
    assertEquals(403, server.call("GET", "/api/projects/" + id + "/audit", board.facilitator(), null).statusCode());
    assertEquals(403, server.call("GET", "/api/projects/" + id + "/audit", first, null).statusCode());
    assertEquals(401, server.call("GET", "/api/projects/" + id + "/audit", null, null).statusCode());
    // D6 and D12 apart: the board's entries hold no project action, the project's no board action
    HttpResponse<String> boardAudit = server.call("GET", "/api/boards/" + board.id() + "/audit", board.facilitator(), null);
    assertEquals(200, boardAudit.statusCode());
    assertTrue(new JsonObject(boardAudit.body()).getJsonArray("entries").stream()
        .noneMatch(o -> List.of("link.rotate", "keep").contains(((JsonObject) o).getString("action"))), boardAudit.body());

    // an import is the new project's first entry
    HttpResponse<String> imported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/projects/import"))
        .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip.body())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(201, imported.statusCode(), imported.body());
    JsonObject copy = new JsonObject(imported.body());
    assertEquals(List.of("import"), actions(audit(copy.getString("id"), copy.getString("token"))));

    // a delete is audited under the project's id, though the project is gone
    assertEquals(204, server.call("DELETE", "/api/projects/" + id, owner, null).statusCode());
    List<AuditLog.Entry> after = server.node().http().audit().ofProject(id, 10).toCompletionStage().toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
    assertEquals("delete", after.get(0).action());
    assertEquals(id, after.get(0).projectId());
    assertNull(after.get(0).boardId());
    assertEquals(5, after.size(), after.toString());
  }
}
