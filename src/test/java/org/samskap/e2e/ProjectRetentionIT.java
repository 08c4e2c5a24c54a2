package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.Boards.newBoard;
import static org.samskap.testing.Boards.ok;
import static org.samskap.testing.Boards.op;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.samskap.boards.AuditLog;
import org.samskap.boards.BoardRetention;
import org.samskap.testing.Board;
import org.samskap.testing.BusClient;
import org.samskap.testing.DataDirSearch;
import org.samskap.testing.TestServer;

/**
 * Rule [D11] (docs/PROTOCOL.md): with {@code SAMSKAP_RETENTION_DAYS=30} and the server's clock moved
 * by the test, the one daily retention job deletes the project whose last activity (its own and its
 * boards') is 41 days old, with its board, its text gone from the data directory (D10, D3), and
 * writes {@code retention.delete} to the audit log (D12). A project its owner kept 10 days ago and
 * a project whose board was used 10 days ago survive, and so do their old, idle boards: board
 * retention (D5) leaves a board of a stored project to its project. A board in no project is still
 * deleted by D5. The owner reads when the project will be deleted; only the owner may keep it.
 */
class ProjectRetentionIT {
  static final long DAY = BoardRetention.DAY_MILLIS;
  final AtomicLong offset = new AtomicLong();
  TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start(Map.of("SAMSKAP_RETENTION_DAYS", "30", "SAMSKAP_IDLE_UNLOAD_SECONDS", "1"),
        () -> System.currentTimeMillis() + offset.get());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private record Made(String id, String token, Board board) {}

  private Made project(String title, String text) {
    HttpResponse<String> r = server.call("POST", "/api/projects", null, new JsonObject().put("title", title));
    assertEquals(201, r.statusCode(), r.body());
    JsonObject p = new JsonObject(r.body());
    HttpResponse<String> b = server.call("POST", "/api/projects/" + p.getString("id") + "/boards", p.getString("token"),
        new JsonObject().put("kind", "ideas").put("title", "Tavle").put("phase", 2));
    assertEquals(201, b.statusCode(), b.body());
    Made m = new Made(p.getString("id"), p.getString("token"), Board.of(new JsonObject(b.body())));
    note(m.board(), text);
    return m;
  }

  private void note(Board b, String text) {
    try (BusClient c = BusClient.connect(server.port())) {
      ok(c.request(b.ops(), new JsonObject().put("type", "join").put("name", "Ola"), b.participant()));
      ok(c, b, b.participant(), op("note.create").put("text", text).put("x", 1).put("y", 1));
    }
  }

  private JsonObject retention(Made p) {
    HttpResponse<String> r = server.call("GET", "/api/projects/" + p.id() + "/retention", p.token(), null);
    assertEquals(200, r.statusCode(), r.body());
    return new JsonObject(r.body());
  }

  private int status(Made p) {
    return server.call("GET", "/api/projects/" + p.id(), p.token(), null).statusCode();
  }

  private int boardStatus(Board b) {
    return server.call("GET", "/api/boards/" + b.id() + "/export.json", b.facilitator(), null).statusCode();
  }

  private List<String> runJob() throws Exception {
    return server.node().http().retention().runOnce().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }

  @Test
  void D11_only_the_project_inactive_for_longer_than_the_setting_is_deleted_with_its_boards() throws Exception {
    String oldText = "OldPrj" + System.nanoTime() + "z";
    Made old = project("Gammelt", oldText);
    Made kept = project("Beholdt", "kept text");
    Made active = project("Aktivt", "first");
    Board loose = newBoard(server, "ideas", "Løs tavle"); // in no project: board retention (D5) decides
    note(loose, "loose");
    JsonObject before = retention(old);
    assertEquals(30, before.getInteger("retentionDays"));
    assertEquals(before.getLong("lastActivity") + 30 * DAY, before.getLong("deletesAt"));

    offset.set(31 * DAY);
    note(active.board(), "a month later"); // a board's activity is its project's
    assertTrue(retention(active).getLong("lastActivity") > before.getLong("lastActivity") + 30 * DAY, "the board's activity counts");
    assertEquals(403, server.call("POST", "/api/projects/" + kept.id() + "/retention/keep", kept.board().facilitator(), null).statusCode());
    HttpResponse<String> keep = server.call("POST", "/api/projects/" + kept.id() + "/retention/keep", kept.token(), null);
    assertEquals(200, keep.statusCode(), keep.body());
    assertTrue(new JsonObject(keep.body()).getLong("deletesAt") > before.getLong("deletesAt") + 30 * DAY);

    offset.set(41 * DAY);
    assertEquals(List.of(loose.id()), runJob(), "board retention deletes only the board in no project");

    assertEquals(404, status(old));
    assertEquals(404, boardStatus(old.board()));
    assertEquals(200, status(kept));
    assertEquals(200, boardStatus(kept.board()), "a kept project's idle board is not deleted on its own");
    assertEquals(200, status(active));
    assertEquals(200, boardStatus(active.board()));
    assertTrue(DataDirSearch.filesHolding(server.dataDir(), oldText).isEmpty(), "the old project's text is still on disk");
    List<AuditLog.Entry> audit = server.node().http().audit().ofProject(old.id(), 10).toCompletionStage().toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
    assertEquals("retention.delete", audit.get(0).action());
    assertEquals("server", audit.get(0).role());
    assertEquals(List.of(), runJob(), "a second run finds nothing more to delete");
    assertEquals(200, status(kept));
  }
}
