package org.samskap.tools.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a server's CPU samples go (issue 21, docs/PERFORMANCE.md): reads a Flight Recorder
 * file ({@code -XX:StartFlightRecording=settings=profile}) and prints, per thread group, the
 * share of all execution samples and how they split over the parts of the write and fan-out
 * path. A sample counts for the first part in {@link #PARTS} that any frame of its stack
 * belongs to, so the parts do not overlap and add up to the thread's share.
 *
 * <pre>java -cp target/test-classes org.samskap.tools.load.JfrSummary samskap.jfr [more.jfr ...]</pre>
 */
public final class JfrSummary {
  private JfrSummary() {}

  /** Part of the path, matched against "class.method" of every frame, first match wins. */
  static final List<Map.Entry<String, String>> PARTS = List.of(
      Map.entry("embedded database: commit (MVStore page and chunk writes)", "H2Backend.commit"),
      Map.entry("embedded database: journal", "org.samskap.persistence.embedded.Journal"),
      Map.entry("embedded database: H2 puts and searches", "org.h2."),
      Map.entry("embedded database: commands", "de.bwaldvogel.mongo.backend"),
      Map.entry("embedded database: wire and BSON", "de.bwaldvogel.mongo.wire"),
      Map.entry("MongoDB driver", "com.mongodb."),
      Map.entry("BSON (driver)", "org.bson."),
      Map.entry("bridge hook (BridgeGuard and what runs under it)", "org.samskap.bridge.BridgeGuard"),
      Map.entry("SockJS bridge: deliver to socket", "EventBusBridgeImpl.deliverMessage"),
      Map.entry("SockJS bridge: frame from socket", "EventBusBridgeImpl.handleSocketData"),
      Map.entry("event bus delivery", "io.vertx.core.eventbus."),
      Map.entry("board writer, model, presence", "org.samskap.board."),
      Map.entry("board kinds and domain", "org.samskap.kinds."),
      Map.entry("websocket frame decoding", "websocketx."),
      Map.entry("JSON", "io.vertx.core.json."),
      Map.entry("Netty channel writes and reads", "io.netty.channel."));

  public static void main(String[] args) throws IOException {
    for (String file : args) print(Path.of(file));
  }

  static void print(Path file) throws IOException {
    Map<String, Map<String, Integer>> byThread = new TreeMap<>();
    int total = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
      if (!"jdk.ExecutionSample".equals(e.getEventType().getName())) continue;
      total++;
      RecordedThread t = e.getThread("sampledThread");
      String thread = t == null || t.getJavaName() == null ? "?" : t.getJavaName().replaceAll("\\d+", "N");
      String part = part(e.getStackTrace() == null ? List.of() : e.getStackTrace().getFrames());
      byThread.computeIfAbsent(thread, k -> new LinkedHashMap<>()).merge(part, 1, Integer::sum);
    }
    System.out.println("## " + file.getFileName() + ": " + total + " execution samples");
    System.out.println();
    System.out.println("| thread | part | share of all samples |");
    System.out.println("|---|---|---|");
    final int all = Math.max(1, total);
    byThread.entrySet().stream()
        .sorted((a, b) -> Integer.compare(sum(b.getValue()), sum(a.getValue())))
        .forEach(t -> {
          System.out.printf("| %s | (all) | %.1f %% |%n", t.getKey(), 100.0 * sum(t.getValue()) / all);
          t.getValue().entrySet().stream()
              .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
              .forEach(p -> System.out.printf("| | %s | %.1f %% |%n", p.getKey(), 100.0 * p.getValue() / all));
        });
    System.out.println();
  }

  static String part(List<RecordedFrame> frames) {
    for (Map.Entry<String, String> part : PARTS) {
      for (RecordedFrame f : frames) {
        if (f.getMethod() == null) continue;
        String name = f.getMethod().getType().getName() + "." + f.getMethod().getName();
        if (name.contains(part.getValue())) return part.getKey();
      }
    }
    return "other";
  }

  private static int sum(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
