package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.junit.jupiter.api.Test;

import org.samskap.boards.BoardRetention;
import org.samskap.testing.Board;
import org.samskap.testing.BusClient;
import org.samskap.testing.DataDirSearch;
import org.samskap.testing.TestServer;

/**
 * Rule [D5] (docs/PROTOCOL.md): with {@code SAMSKAP_RETENTION_DAYS=30} and the server's clock
 * moved by the test, the retention job deletes the board whose last activity is 41 days old
 * (as D1 deletes, its text gone from the data directory, D3), and keeps a board used 10 days
 * ago and an old board its facilitator chose to keep 10 days ago. The facilitator reads when a
 * board will be deleted. With {@code 0} the job deletes nothing. Rule [D6]: the facilitator
 * reads the board's audit entries (create, export, keep: action, role, client address, time,
 * never the title or a token), and the job deletes entries older than the setting.
 */
class RetentionIT {
  static final long DAY = BoardRetention.DAY_MILLIS;
  final AtomicLong offset = new AtomicLong();
  TestServer server;

  @AfterEach
  void stop() {
    if (server != null) server.close();
  }

  private void start(String days) {
    server = TestServer.start(Map.of("SAMSKAP_RETENTION_DAYS", days, "SAMSKAP_IDLE_UNLOAD_SECONDS", "1"),
        () -> System.currentTimeMillis() + offset.get());
  }

  private void note(Board b, String text) {
    try (BusClient c = BusClient.connect(server.port())) {
      ok(c.request(b.ops(), new JsonObject().put("type", "join").put("name", "Ola"), b.participant()));
      ok(c, b, b.participant(), op("note.create").put("text", text).put("x", 1).put("y", 1));
    }
  }

  private JsonObject retention(Board b) {
    HttpResponse<String> r = server.call("GET", "/api/boards/" + b.id() + "/retention", b.facilitator(), null);
    assertEquals(200, r.statusCode(), r.body());
    return new JsonObject(r.body());
  }

  private JsonObject audit(Board b) {
    HttpResponse<String> r = server.call("GET", "/api/boards/" + b.id() + "/audit", b.facilitator(), null);
    assertEquals(200, r.statusCode(), r.body());
    return new JsonObject(r.body());
  }

  private static List<String> actions(JsonObject audit) {
    return audit.getJsonArray("entries").stream().map(o -> ((JsonObject) o).getString("action")).toList();
  }

  private List<String> runJob() throws Exception {
    return server.node().http().retention().runOnce().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }

  @Test
  void D5_only_the_board_inactive_for_longer_than_the_setting_is_deleted() throws Exception {
    start("30");
    String oldText = "OldMrk" + System.nanoTime() + "z";
    Board old = newBoard(server, "ideas", "Gammel");
    note(old, oldText);
    Board kept = newBoard(server, "ideas", "Beholdt");
    note(kept, "kept");
    Board active = newBoard(server, "ideas", "Aktiv");
    note(active, "first");
    assertEquals(30, retention(old).getInteger("retentionDays"));
    long lastOld = retention(old).getLong("lastActivity");
    assertEquals(lastOld + 30 * DAY, retention(old).getLong("deletesAt"));

    offset.set(31 * DAY);
    note(active, "a month later");
    HttpResponse<String> keep = server.call("POST", "/api/boards/" + kept.id() + "/retention/keep", kept.facilitator(), null);
    assertEquals(200, keep.statusCode(), keep.body());
    assertTrue(new JsonObject(keep.body()).getLong("deletesAt") > lastOld + 60 * DAY);
    assertEquals(403, server.call("POST", "/api/boards/" + kept.id() + "/retention/keep", kept.participant(), null).statusCode());

    // D6: the facilitator reads the board's audit entries: who did what, never the content
    offset.addAndGet(1000); // a later time than the keep, so the newest-first order is certain
    assertEquals(200, server.call("GET", "/api/boards/" + kept.id() + "/export.json", kept.facilitator(), null).statusCode());
    JsonObject audit = audit(kept);
    assertEquals(List.of("export", "keep", "create"), actions(audit));
    assertEquals("facilitator", audit.getJsonArray("entries").getJsonObject(0).getString("role"));
    assertEquals("127.0.0.1", audit.getJsonArray("entries").getJsonObject(0).getString("address"));
    assertTrue(!audit.encode().contains("Beholdt") && !audit.encode().contains(kept.facilitator()), audit.encode());
    assertEquals(403, server.call("GET", "/api/boards/" + kept.id() + "/audit", kept.participant(), null).statusCode());

    offset.set(41 * DAY);
    assertEquals(List.of(old.id()), runJob());
    // D6: the audit log is covered by retention: the entries from before the cutoff are gone
    assertEquals(List.of("export", "keep"), actions(audit(kept)));

    assertEquals(404, server.call("GET", "/api/boards/" + old.id() + "/export.json", old.facilitator(), null).statusCode());
    assertEquals(200, server.call("GET", "/api/boards/" + kept.id() + "/export.json", kept.facilitator(), null).statusCode());
    assertEquals(200, server.call("GET", "/api/boards/" + active.id() + "/export.json", active.facilitator(), null).statusCode());
    assertTrue(DataDirSearch.filesHolding(server.dataDir(), oldText).isEmpty(), "the old board's text is still on disk");
    assertEquals(List.of(), runJob(), "a second run finds nothing more to delete");
  }

  @Test
  void D5_with_0_days_the_job_deletes_nothing() throws Exception {
    start("0");
    Board b = newBoard(server, "ideas", "Gammel");
    note(b, "x");
    offset.set(4000 * DAY);
    assertEquals(List.of(), runJob());
    assertNull(retention(b).getValue("deletesAt"));
    assertEquals(200, server.call("GET", "/api/boards/" + b.id() + "/export.json", b.facilitator(), null).statusCode());
  }
}
