package org.samskap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.board.BoardMeta;
import org.samskap.board.BoardStore;
import org.samskap.board.LoadedBoard;
import org.samskap.board.Snapshot;
import org.samskap.board.StoredEvent;

/** Rule H2 over real HTTP, with a store whose database can be switched off. */
class HealthRoutesIT {
  Vertx vertx;
  HttpServer server;
  final SwitchableStore store = new SwitchableStore();

  /** Answers only ping; {@code up} says whether the database answers. */
  static final class SwitchableStore implements BoardStore {
    volatile boolean up = true;

    @Override public Future<Void> ping() {
      return up ? Future.succeededFuture() : Future.failedFuture(new IllegalStateException("no database"));
    }
    @Override public Future<Void> createBoard(BoardMeta m) { throw new UnsupportedOperationException(); }
    @Override public Future<Optional<BoardMeta>> findBoard(String id) { throw new UnsupportedOperationException(); }
    @Override public Future<LoadedBoard> load(String id) { throw new UnsupportedOperationException(); }
    @Override public Future<Boolean> append(String b, List<StoredEvent> e, Snapshot s) { throw new UnsupportedOperationException(); }
    @Override public Future<Void> saveSnapshot(Snapshot s) { throw new UnsupportedOperationException(); }
  }

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    Router router = Router.router(vertx);
    new HealthRoutes(store).mount(router);
    server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @AfterEach
  void stop() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @DisplayName("H2: with the database up, live and ready both answer 200")
  void H2_database_up() throws Exception {
    assertEquals(200, get("/health/live").statusCode());
    HttpResponse<String> ready = get("/health/ready");
    assertEquals(200, ready.statusCode());
    assertEquals("ready", new JsonObject(ready.body()).getString("status"));
  }

  @Test
  @DisplayName("H2: with the database down, ready answers 503 database_unavailable while live still answers 200")
  void H2_database_down() throws Exception {
    store.up = false;
    HttpResponse<String> ready = get("/health/ready");
    assertEquals(503, ready.statusCode());
    assertEquals("database_unavailable", new JsonObject(ready.body()).getString("status"));
    HttpResponse<String> live = get("/health/live");
    assertEquals(200, live.statusCode());
    assertEquals("up", new JsonObject(live.body()).getString("status"));
    store.up = true;
    assertEquals(200, get("/health/ready").statusCode(), "ready again once the database answers");
  }
}
