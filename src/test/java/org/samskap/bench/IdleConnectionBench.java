package org.samskap.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import org.samskap.testing.ServerProcess;
import org.samskap.testing.TempDirs;
import org.samskap.tools.load.IdleClients;

/**
 * Benchmark, not a test (docs/PERFORMANCE.md): server heap per idle connection. The server runs
 * as its own process; 1000 clients register and join one board and then stay idle; the server's
 * used heap after a full GC (read with {@code jcmd GC.heap_info}) is compared before and after.
 * Run with {@code ./mvnw -o verify -Dit.test=IdleConnectionBench -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class IdleConnectionBench {
  static final int CLIENTS = 1000;
  static final Pattern USED = Pattern.compile("used (\\d+)K");

  @Test
  void heap_per_idle_connection() throws Exception {
    Path dir = Files.createTempDirectory("samskap-idle");
    try (ServerProcess server = ServerProcess.start(dir, Map.of())) {
      JsonObject board = server.createBoard("Tomgang");
      String token = board.getJsonObject("tokens").getString("participant");
      // a first client warms up the board and every code path once
      try (IdleClients warm = IdleClients.open(server.baseUrl(), board.getString("id"), token, 10)) {
        assertEquals(10, warm.joined());
      }
      long before = usedHeapKiB(server.pid());
      try (IdleClients idle = IdleClients.open(server.baseUrl(), board.getString("id"), token, CLIENTS)) {
        assertEquals(CLIENTS, idle.joined(), "every client joined");
        Thread.sleep(2000);
        long after = usedHeapKiB(server.pid());
        double perConnection = (after - before) * 1024.0 / CLIENTS;
        System.out.printf("BENCH idle connections: %d clients, server heap %d KiB -> %d KiB, %.1f KiB per connection%n",
            CLIENTS, before, after, perConnection / 1024);
        assertTrue(after > 0 && before > 0);
      }
    } finally {
      TempDirs.delete(dir);
    }
  }

  /** Used heap after a full GC, from {@code jcmd <pid> GC.heap_info}. */
  static long usedHeapKiB(long pid) throws IOException, InterruptedException {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    run(List.of(jcmd, Long.toString(pid), "GC.run"));
    Thread.sleep(500);
    run(List.of(jcmd, Long.toString(pid), "GC.run"));
    String info = run(List.of(jcmd, Long.toString(pid), "GC.heap_info"));
    Matcher m = USED.matcher(info);
    if (!m.find()) throw new IllegalStateException("no used heap in: " + info);
    return Long.parseLong(m.group(1));
  }

  static String run(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }
}
