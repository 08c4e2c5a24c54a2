package org.samskap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

import org.samskap.config.SamskapConfig;

/**
 * {@code java -jar samskap.jar --warm-up}: the training run of class data sharing (docs/OPERATIONS.md,
 * "Faster start"). It starts a node with the embedded database in a new temporary directory on
 * a loopback port, does what a first visitor does (the home page, a new board over REST, a
 * websocket that joins it and sends one op, acknowledged once stored), stops the node and
 * deletes the directory. Run under {@code -XX:ArchiveClassesAtExit=samskap.jsa}, the JVM then
 * writes every class this path loaded into the archive that later starts map instead of loading.
 * Nothing of the environment's settings is read, so it never touches a real database.
 */
final class WarmUp {
  static final String FLAG = "--warm-up";
  private static final long TIMEOUT_SECONDS = 120;

  private WarmUp() {}

  /** Starts on a busy build machine can fail (the driver waits 3 s for the database): this many tries. */
  static final int ATTEMPTS = 3;

  /** Runs the warm-up; 0 when an op was acknowledged, 1 when every try failed (the causes on standard error). */
  static int run() {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      if (once() == 0) return 0;
      if (attempt < ATTEMPTS) System.err.println("samskap: warm-up: trying again (" + (attempt + 1) + " of " + ATTEMPTS + ")");
    }
    return 1;
  }

  private static int once() {
    Path dir;
    try {
      dir = Files.createTempDirectory("samskap-warm-up");
    } catch (IOException e) {
      System.err.println("samskap: warm-up: no temporary directory: " + e.getMessage());
      return 1;
    }
    SamskapConfig config = SamskapConfig.fromEnv(Map.of(
        "SAMSKAP_HTTP_HOST", "127.0.0.1", "SAMSKAP_HTTP_PORT", "0", "SAMSKAP_DATA_DIR", dir.toString()));
    Vertx vertx = Vertx.vertx();
    try {
      Samskap node = Samskap.start(vertx, config).toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      try {
        JsonObject ok = firstOp(vertx, node.port()).toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        System.out.println("samskap: warm-up done: the first op was stored at version " + ok.getLong("version"));
        return 0;
      } finally {
        node.shutdown(1000).toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      System.err.println("samskap: warm-up failed: " + e);
      return 1;
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).join();
      delete(dir);
    }
  }

  /** The home page, a board, a websocket, a join and one {@code note.create}; completes with its {@code ok} reply. */
  private static Future<JsonObject> firstOp(Vertx vertx, int port) {
    HttpClient http = vertx.createHttpClient();
    return http.request(HttpMethod.GET, port, "127.0.0.1", "/").compose(req -> req.send()).compose(r -> r.body())
        .compose(home -> http.request(HttpMethod.POST, port, "127.0.0.1", "/api/boards"))
        .compose(req -> req.putHeader("Content-Type", "application/json")
            .send(new JsonObject().put("kind", "ideas").put("title", "Oppvarming").encode()))
        .compose(r -> r.statusCode() == 201 ? r.body() : Future.failedFuture("create board answered " + r.statusCode()))
        .compose(body -> {
          JsonObject board = body.toJsonObject();
          String token = board.getJsonObject("tokens").getString("facilitator");
          String ops = "board." + board.getString("id") + ".ops";
          return vertx.createWebSocketClient().connect(new WebSocketConnectOptions().setPort(port).setHost("127.0.0.1")
                  .setURI("/eventbus/websocket").setAllowOriginHeader(false))
              .compose(ws -> {
                Promise<JsonObject> done = Promise.promise();
                ws.handler(frame -> onFrame(ws, frame, ops, token, done));
                ws.writeTextMessage(send(ops, token, "join", new JsonObject().put("type", "join").put("name", "Oppvarming")));
                return done.future().eventually(() -> ws.close());
              });
        });
  }

  /** The join's reply sends the op; the op's reply ends the warm-up. */
  private static void onFrame(WebSocket ws, Buffer frame, String ops, String token, Promise<JsonObject> done) {
    JsonObject msg = frame.toJsonObject();
    JsonObject body = msg.getJsonObject("body", new JsonObject());
    if (!Boolean.TRUE.equals(body.getBoolean("ok"))) {
      done.tryFail("refused: " + body.getString("reason"));
    } else if ("join".equals(msg.getString("address"))) {
      ws.writeTextMessage(send(ops, token, "op", new JsonObject().put("type", "note.create").put("clientOpId", "warm-up-1")
          .put("text", "Første lapp").put("x", 10).put("y", 10)));
    } else if ("op".equals(msg.getString("address"))) {
      done.tryComplete(body);
    }
  }

  private static String send(String address, String token, String replyAddress, JsonObject body) {
    return new JsonObject().put("type", "send").put("address", address).put("replyAddress", replyAddress)
        .put("headers", new JsonObject().put("token", token)).put("body", body).encode();
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      System.err.println("samskap: warm-up: could not delete " + dir + ": " + e.getMessage());
    }
  }
}
