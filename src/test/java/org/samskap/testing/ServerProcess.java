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
    int port = freePort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        "org.samskap.Main"));
    pb.environment().putAll(settings);
    pb.environment().put("SAMSKAP_HTTP_PORT", Integer.toString(port));
    pb.environment().put("SAMSKAP_HTTP_HOST", "127.0.0.1");
    pb.environment().put("SAMSKAP_DATA_DIR", dataDir.toString());
    pb.redirectErrorStream(true);
    try {
      ServerProcess sp = new ServerProcess(pb.start(), port);
      sp.awaitLine("Samskap listens on");
      return sp;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
