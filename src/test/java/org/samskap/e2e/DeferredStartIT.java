package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.samskap.testing.BusClient;
import org.samskap.testing.ServerProcess;
import org.samskap.testing.TempDirs;
import org.samskap.testing.TestServer;

/**
 * Rule H5 (docs/PROTOCOL.md): the indexes that only speed up reads are made after the server
 * listens, and {@code /health/ready} answers 503 {@code starting} until they are; once it answers
 * 200 they exist, a deferred step that fails is tried again, and a write acknowledged right after
 * the first 200 survives {@code kill -9} (R3).
 */
class DeferredStartIT {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  TestServer server;
  ServerProcess process;
  Path dataDir;

  @AfterEach
  void cleanUp() {
    if (server != null) server.close();
    if (process != null) process.close();
    TempDirs.delete(dataDir);
  }

  @Test
  void H5_once_ready_the_deferred_indexes_exist_and_a_pending_or_failed_step_keeps_the_node_starting() throws Exception {
    int dbPort = ServerProcess.freePort();
    server = TestServer.start(Map.of("SAMSKAP_EMBEDDED_MONGO_PORT", Integer.toString(dbPort)));
    HttpResponse<String> ready = awaitReady(server.baseUrl());
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(server.node().http().deferred().done(), "ready means every deferred step is done");
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + dbPort)) {
      var db = client.getDatabase("samskap");
      List<String> collections = db.listCollectionNames().into(new ArrayList<>());
      // nothing was written yet: these collections exist because their deferred createIndex ran
      assertTrue(collections.contains("audit"), "the audit log's indexes were made: " + collections);
      assertTrue(collections.contains("board_history"), "the history's index was made: " + collections);
    }

    // a step that has not finished: 503 starting, then 200 once it has
    Promise<Void> gate = Promise.promise();
    server.node().http().deferred().add("test gate", gate::future);
    HttpResponse<String> starting = get(server.baseUrl() + "/health/ready");
    assertEquals(503, starting.statusCode(), starting.body());
    assertEquals("starting", new JsonObject(starting.body()).getString("status"));
    gate.complete();
    assertEquals(200, awaitReady(server.baseUrl()).statusCode());

    // a step that fails is tried again at the next readiness check
    AtomicInteger tries = new AtomicInteger();
    server.node().http().deferred().add("fails once",
        () -> tries.incrementAndGet() == 1 ? Future.failedFuture("database away") : Future.succeededFuture());
    HttpResponse<String> after = awaitReady(server.baseUrl());
    assertEquals(200, after.statusCode(), after.body());
    assertEquals(2, tries.get(), "failed once, then done at a later readiness check");
  }

  @Test
  void H5_R3_a_write_acknowledged_right_after_the_first_ready_survives_kill_9() throws Exception {
    dataDir = Files.createTempDirectory("samskap-deferred-kill9");
    process = ServerProcess.start(dataDir, Map.of());
    assertEquals(200, awaitReady(process.baseUrl()).statusCode());
    JsonObject board = KillNineIT.createBoard(process.baseUrl());
    String ops = "board." + board.getString("id") + ".ops";
    String token = board.getJsonObject("tokens").getString("facilitator");
    String noteId;
    try (BusClient c = BusClient.connect(process.port())) {
      c.request(ops, new JsonObject().put("type", "join").put("name", "Kald start"), token);
      JsonObject ok = c.request(ops, new JsonObject().put("type", "note.create").put("clientOpId", "first")
          .put("text", "Første lapp etter start").put("x", 1).put("y", 1), token);
      assertEquals(Boolean.TRUE, ok.getBoolean("ok"), ok.encode());
      noteId = ok.getString("noteId");
    }
    process.kill9();
    process = ServerProcess.start(dataDir, Map.of());
    try (BusClient c = BusClient.connect(process.port())) {
      JsonArray notes = c.request(ops, new JsonObject().put("type", "join"), token).getJsonObject("snapshot").getJsonArray("notes");
      assertEquals(1, notes.size(), notes.encode());
      assertEquals(noteId, notes.getJsonObject(0).getString("id"));
      assertEquals("Første lapp etter start", notes.getJsonObject(0).getString("text"));
    }
  }

  /** Asks {@code /health/ready} every 20 ms until it answers 200 (at most 20 s); returns the last answer. */
  private static HttpResponse<String> awaitReady(String baseUrl) throws Exception {
    long until = System.nanoTime() + 20_000_000_000L;
    HttpResponse<String> r;
    do {
      r = get(baseUrl + "/health/ready");
      if (r.statusCode() == 200) return r;
      Thread.sleep(20);
    } while (System.nanoTime() < until);
    return r;
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
