package org.samskap.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import org.samskap.Samskap;
import org.samskap.config.SamskapConfig;

/**
 * Starts a real Samskap node in this JVM: the embedded database in a fresh temporary
 * directory, HTTP on a random port. {@link #restart()} stops and starts it on the same data.
 */
public final class TestServer implements AutoCloseable {
  private final Path dataDir;
  private final Map<String, String> env;
  private Vertx vertx;
  private Samskap node;
  /** The server's clock (rule D5 tests move it); null: the real one. */
  private java.util.function.LongSupplier clock;

  private TestServer(Path dataDir, Map<String, String> env) {
    this.dataDir = dataDir;
    this.env = env;
  }

  public static TestServer start() {
    return start(Map.of());
  }

  /** Starts with extra settings, e.g. {@code Map.of("SAMSKAP_OPS_PER_SECOND", "5")}. */
  public static TestServer start(Map<String, String> settings) {
    try {
      TestServer s = new TestServer(Files.createTempDirectory("samskap-test"), new HashMap<>(settings));
      s.boot();
      return s;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts on an existing data directory (an upgrade test's copy); {@link #close()} deletes it. */
  public static TestServer startOn(Path dataDir, Map<String, String> settings) {
    TestServer s = new TestServer(dataDir, new HashMap<>(settings));
    s.boot();
    return s;
  }

  /** Starts with extra settings and the given clock as the server's one clock (Samskap.CLOCK's place). */
  public static TestServer start(Map<String, String> settings, java.util.function.LongSupplier clock) {
    try {
      TestServer s = new TestServer(Files.createTempDirectory("samskap-test"), new HashMap<>(settings));
      s.clock = clock;
      s.boot();
      return s;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void boot() {
    Map<String, String> all = new HashMap<>(env);
    all.putIfAbsent("SAMSKAP_HTTP_PORT", "0"); // a test that must know its URL before start (sign-in) sets one
    all.put("SAMSKAP_HTTP_HOST", "127.0.0.1");
    all.put("SAMSKAP_DATA_DIR", dataDir.toString());
    SamskapConfig config = SamskapConfig.fromEnv(all);
    vertx = config.metricsEnabled() ? org.samskap.metrics.NodeMetrics.vertx() : Vertx.vertx(); // as Main does (ME1)
    node = await((clock == null ? Samskap.start(vertx, config)
        : Samskap.start(vertx, config, null, clock)).toCompletionStage().toCompletableFuture());
  }

  public void restart() {
    stop();
    boot();
  }

  public int port() {
    return node.port();
  }

  public String baseUrl() {
    return "http://localhost:" + port();
  }

  public Samskap node() {
    return node;
  }

  /** The node's Vert.x instance (to watch its event bus from a test). */
  public Vertx vertx() {
    return vertx;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** POST /api/boards for an idea board; returns the 201 body. */
  public JsonObject createBoard(String title) {
    return createBoard("ideas", title);
  }

  /** POST /api/boards for a board of {@code kind}; returns the 201 body (id, tokens, links). */
  public JsonObject createBoard(String kind, String title) {
    HttpResponse<String> r = post("/api/boards", new JsonObject().put("kind", kind).put("title", title).encode());
    if (r.statusCode() != 201) throw new IllegalStateException("create board: " + r.statusCode() + " " + r.body());
    return new JsonObject(r.body());
  }

  public HttpResponse<String> post(String path, String body) {
    return http(HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  public HttpResponse<String> get(String path) {
    return http(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build());
  }

  /**
   * Any API call: {@code method} on {@code path}, with {@code Authorization: Bearer token} when the
   * token is not null and a JSON body when {@code body} is not null.
   */
  public HttpResponse<String> call(String method, String path, String token, JsonObject body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(java.time.Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.encode()));
    if (token != null) b.header("Authorization", "Bearer " + token);
    if (body != null) b.header("Content-Type", "application/json");
    return http(b.build());
  }

  private static HttpResponse<String> http(HttpRequest req) {
    try {
      return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void stop() {
    if (node != null) await(node.close().toCompletionStage().toCompletableFuture());
    if (vertx != null) await(vertx.close().toCompletionStage().toCompletableFuture());
    node = null;
    vertx = null;
  }

  @Override
  public void close() {
    stop();
    TempDirs.delete(dataDir);
  }

  static <T> T await(java.util.concurrent.CompletableFuture<T> f) {
    try {
      return f.get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
