package org.samskap.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Samskap as its own operating-system process (the same main class as {@code java -jar}),
 * so a test can {@code kill -9} it and start it again on the same data directory.
 */
public final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final int port;
  private final StringBuffer log = new StringBuffer();

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  public static ServerProcess start(Path dataDir, Map<String, String> settings) {
    return start(dataDir, settings, List.of());
  }

  /** With extra JVM options after {@code -Xmx512m} (e.g. a GC log to read the heap from). */
  public static ServerProcess start(Path dataDir, Map<String, String> settings, List<String> jvmOptions) {
    // A port found free may be taken (e.g. as another socket's ephemeral port) before the child binds
    // it; the child then exits with "Address already in use", and a new free port is tried.
    for (int attempt = 1; ; attempt++) {
      int port = freePort();
      Map<String, String> env = new java.util.HashMap<>(settings);
      env.put("SAMSKAP_HTTP_PORT", Integer.toString(port));
      env.put("SAMSKAP_HTTP_HOST", "127.0.0.1");
      env.put("SAMSKAP_DATA_DIR", dataDir.toString());
      try {
        return launch("org.samskap.Main", env, port, "Samskap listens on", jvmOptions);
      } catch (IllegalStateException e) {
        if (attempt >= 3 || e.getMessage() == null || !e.getMessage().contains("Address already in use")) throw e;
      }
    }
  }

  /** The embedded database alone ({@code EmbeddedMongoMain}) on a fixed port, so it can be killed and started again. */
  public static ServerProcess startDatabase(Path dataDir, int port) {
    return launch("org.samskap.persistence.embedded.EmbeddedMongoMain",
        Map.of("SAMSKAP_DATA_DIR", dataDir.toString(), "SAMSKAP_EMBEDDED_MONGO_PORT", Integer.toString(port)), port, "READY ",
        List.of());
  }

  private static ServerProcess launch(String mainClass, Map<String, String> env, int port, String readyMarker,
      List<String> jvmOptions) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx512m"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    try {
      ServerProcess sp = new ServerProcess(pb.start(), port);
      sp.awaitLine(readyMarker);
      return sp;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SIGTERM, then waits for the exit; returns how long the process took to exit, in milliseconds. */
  public long terminate(long timeoutMillis) throws InterruptedException {
    long t0 = System.nanoTime();
    process.destroy();
    if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("process did not exit within " + timeoutMillis + " ms of SIGTERM:\n" + log);
    }
    return (System.nanoTime() - t0) / 1_000_000;
  }

  /** Creates an idea board over REST (H1) and returns the 201 body. */
  public io.vertx.core.json.JsonObject createBoard(String title) {
    try {
      java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/api/boards"))
              .header("Content-Type", "application/json")
              .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                  new io.vertx.core.json.JsonObject().put("kind", "ideas").put("title", title).encode())).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 201) throw new IllegalStateException("board not created: " + r.statusCode() + " " + r.body());
      return new io.vertx.core.json.JsonObject(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public boolean alive() {
    return process.isAlive();
  }

  private void awaitLine(String marker) {
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          log.append(line).append('\n');
          if (line.contains(marker)) ready.complete(null);
        }
      } catch (IOException e) {
        // the process died; the wait below reports it
      }
      ready.completeExceptionally(new IllegalStateException("server exited before it was ready:\n" + log));
    }, "server-process-log");
    reader.setDaemon(true);
    reader.start();
    try {
      ready.get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IllegalStateException("server did not start: " + e.getMessage() + "\n" + log, e);
    }
  }

  public int port() {
    return port;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public long pid() {
    return process.pid();
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed. */
  public void kill9() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(20, TimeUnit.SECONDS)) throw new IllegalStateException("process did not die");
  }

  public String log() {
    return log.toString();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
