package org.samskap.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Benchmark, not a test (docs/PERFORMANCE.md, "Cold start"): the time from {@code java -jar} to
 * the first acknowledged op, as a whole process on a fresh data directory with the embedded
 * database. Each run starts the packaged jar, creates a board over REST as soon as the port
 * answers, opens a websocket to the event-bus bridge, joins, sends {@code note.create} and stops
 * the clock at its {@code ok} reply (which Samskap sends only once the op is stored, R3). Then the
 * server gets SIGTERM and the data directory is deleted.
 *
 * <p>It uses nothing but the JDK, so it runs as a source file without a build of the tests:
 * <pre>
 *   ./mvnw -o -q -B package -DskipTests
 *   java src/test/java/org/samskap/bench/ColdStart.java 7 "target/samskap.jar" \
 *       "target/samskap.jar -XX:SharedArchiveFile=target/samskap.jsa"
 * </pre>
 * Each quoted argument is a variant: a jar and the JVM options to start it with. The variants
 * take turns, run by run, so a change in the machine's load hits each alike. The first round is a
 * warm-up (page cache, this client's own classes) and is not counted. Prints each run, then per
 * variant the median, the least and the most, and the quartiles, of the wall times and of the
 * server's CPU time (user and system, from {@code /proc}), and the machine's load average.
 *
 * <p>Options (system properties of this client): {@code -Dcpus=0} runs the server under
 * {@code taskset -c 0} (one core, as a small container; the JVM then also sizes itself for one
 * core); {@code -Dthreads=true} prints the server's CPU time by thread at the first ok (JIT
 * compiler threads, event loops, ...); {@code -Dphases=true} starts the server with the start
 * phases logged ({@code StartPhases}) and prints them on this client's time line.
 */
public final class ColdStart {
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern FACILITATOR = Pattern.compile("\"facilitator\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern PHASE = Pattern.compile("start phase: (.*) at (\\d+) \\(epoch ms\\).*\\[(.*)\\]");
  private static final Duration GIVE_UP = Duration.ofSeconds(60);

  private ColdStart() {}

  /**
   * One run: milliseconds from the process start to the port answering, the join and the first
   * ok; and the CPU time the server process used until then (all its threads), which the load of
   * other processes on the machine changes far less than the wall time.
   */
  record Run(double listening, double joined, double firstOk, double cpu, double user, double sys, double load) {}

  /** {@code -Dcpus=0}: the server (not this client) runs under {@code taskset -c 0}, as in a one-core container. */
  private static final String CPUS = System.getProperty("cpus", "");
  /** {@code -Dthreads=true}: after each run, the server's CPU time to the first ok by thread (JIT, GC, event loop...). */
  private static final boolean THREADS = Boolean.getBoolean("threads");
  /** {@code -Dphases=true}: the server logs its start phases (StartPhases, at DEBUG), printed after each run. */
  private static final boolean PHASES = Boolean.getBoolean("phases");
  /** Clock ticks a second of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
  private static final double TICKS = 100;

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: java ColdStart.java <runs> \"<samskap.jar> [JVM options...]\" [\"<another jar> [options]\" ...]");
      System.exit(2);
    }
    int runs = Integer.parseInt(args[0]);
    List<List<String>> variants = new ArrayList<>();
    for (int i = 1; i < args.length; i++) variants.add(List.of(args[i].trim().split("\\s+")));
    List<List<Run>> results = new ArrayList<>();
    variants.forEach(v -> results.add(new ArrayList<>()));
    for (int i = 0; i <= runs; i++) {
      for (int v = 0; v < variants.size(); v++) { // interleaved, so a change in the machine's load hits every variant alike
        List<String> variant = variants.get(v);
        Run r = once(Path.of(variant.get(0)).toAbsolutePath(), variant.subList(1, variant.size()));
        System.out.printf("%s %d, variant %d: port %.0f ms, joined %.0f ms, first ok %.0f ms, server CPU %.0f ms"
                + " (user %.0f, sys %.0f), load average %.2f%n",
            i == 0 ? "warm-up" : "run", i, v + 1, r.listening(), r.joined(), r.firstOk(), r.cpu(), r.user(), r.sys(), r.load());
        if (i > 0) results.get(v).add(r);
      }
    }
    for (int v = 0; v < variants.size() && runs > 0; v++) {
      List<Run> rs = results.get(v);
      System.out.println("variant " + (v + 1) + ": " + String.join(" ", variants.get(v)));
      System.out.println("  " + summary("port answers", rs.stream().mapToDouble(Run::listening).toArray()));
      System.out.println("  " + summary("first op ok ", rs.stream().mapToDouble(Run::firstOk).toArray()));
      System.out.println("  " + summary("server CPU  ", rs.stream().mapToDouble(Run::cpu).toArray()));
      System.out.println("  " + summary("  user      ", rs.stream().mapToDouble(Run::user).toArray()));
      System.out.println("  " + summary("  sys       ", rs.stream().mapToDouble(Run::sys).toArray()));
      double[] load = rs.stream().mapToDouble(Run::load).sorted().toArray();
      System.out.printf("  load average (1 min) at the runs: %.2f to %.2f%n", load[0], load[load.length - 1]);
    }
  }

  /** "name: median M ms (min A, max B, quartiles Q1-Q3, n runs)". */
  static String summary(String name, double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return String.format("%s: median %.0f ms (min %.0f, max %.0f, quartiles %.0f-%.0f, %d runs)",
        name, quantile(v, 0.5), v[0], v[v.length - 1], quantile(v, 0.25), quantile(v, 0.75), v.length);
  }

  /** Linear interpolation between the closest ranks of sorted values. */
  static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  }

  static Run once(Path jar, List<String> jvm) throws Exception {
    Path dir = Files.createTempDirectory("samskap-coldstart");
    int port = freePort();
    List<String> command = new ArrayList<>();
    if (!CPUS.isEmpty()) command.addAll(List.of("taskset", "-c", CPUS));
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    if (PHASES) command.add("-Dorg.slf4j.simpleLogger.log.org.samskap.StartPhases=debug");
    command.add("-jar");
    command.add(jar.toString());
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("server.log").toFile());
    pb.environment().put("SAMSKAP_HTTP_HOST", "127.0.0.1");
    pb.environment().put("SAMSKAP_HTTP_PORT", Integer.toString(port));
    pb.environment().put("SAMSKAP_DATA_DIR", dir.resolve("data").toString());
    // HTTP/1.1 as a browser speaks it to an http:// address; the JDK's default would first ask
    // the server to upgrade to cleartext HTTP/2 (h2c), which no browser does
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    long wallT0 = System.currentTimeMillis();
    long t0 = System.nanoTime();
    Process p = pb.start();
    try {
      String created = createBoard(http, port, p, t0);
      double listening = millis(t0);
      String id = find(ID, created);
      String token = find(FACILITATOR, created);
      Replies replies = new Replies();
      WebSocket ws = http.newWebSocketBuilder()
          .buildAsync(URI.create("ws://127.0.0.1:" + port + "/eventbus/websocket"), replies).get(10, TimeUnit.SECONDS);
      String ops = "board." + id + ".ops";
      ws.sendText(send(ops, token, "j", "{\"type\":\"join\",\"name\":\"Kald start\"}"), true).join();
      replies.await("j");
      double joined = millis(t0);
      ws.sendText(send(ops, token, "n", "{\"type\":\"note.create\",\"clientOpId\":\"c1\",\"text\":\"Første lapp\",\"x\":10,\"y\":10}"), true).join();
      String ok = replies.await("n");
      double firstOk = millis(t0);
      long pid = p.pid(); // taskset execs the JVM, so with -Dcpus too this is the JVM
      double[] userSys = userSys(pid);
      double cpu = userSys[0] + userSys[1];
      if (THREADS) threads(pid);
      if (PHASES) {
        try (Stream<String> lines = Files.lines(dir.resolve("server.log"))) {
          lines.filter(l -> l.contains("start phase:")).map(PHASE::matcher).filter(Matcher::find).forEach(m ->
              System.out.printf("    %-40s at %5d ms [%s]%n", m.group(1), Long.parseLong(m.group(2)) - wallT0, m.group(3)));
        }
        System.out.printf("    (client) board created at %.0f ms, joined at %.0f ms, first ok at %.0f ms%n", listening, joined, firstOk);
      }
      if (!ok.contains("\"ok\":true")) throw new IllegalStateException("the first op was not acknowledged: " + ok);
      ws.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
      return new Run(listening, joined, firstOk, cpu, userSys[0], userSys[1], loadAverage());
    } finally {
      p.destroy(); // SIGTERM: the graceful stop (R7)
      if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
      delete(dir);
    }
  }

  /** User and system CPU milliseconds of the whole process (all its threads) so far, from {@code /proc/<pid>/stat}. */
  static double[] userSys(long pid) throws IOException {
    String[] f = statFields(Path.of("/proc", Long.toString(pid), "stat"));
    return new double[] {Long.parseLong(f[11]) * 1000 / TICKS, Long.parseLong(f[12]) * 1000 / TICKS};
  }

  /** The fields after the command name (which may hold spaces): index 0 is the state, 11 utime, 12 stime. */
  private static String[] statFields(Path stat) throws IOException {
    String s = Files.readString(stat);
    return s.substring(s.lastIndexOf(')') + 2).trim().split(" ");
  }

  /** Prints the server's CPU time so far by thread name (numbers folded, so "C2 CompilerThre" sums all C2 threads). */
  private static void threads(long pid) throws IOException {
    java.util.Map<String, Double> byName = new java.util.TreeMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path t : (Iterable<Path>) tasks::iterator) {
        try {
          String name = Files.readString(t.resolve("comm")).trim().replaceAll("[0-9]+", "#");
          String[] f = statFields(t.resolve("stat"));
          double ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / TICKS;
          byName.merge(name, ms, Double::sum);
        } catch (IOException | RuntimeException gone) {
          // the thread ended between the listing and the read
        }
      }
    }
    byName.entrySet().stream().filter(e -> e.getValue() > 0).sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> System.out.printf("    %-20s %6.0f ms%n", e.getKey(), e.getValue()));
  }

  /** The 1-minute load average of the machine, so every figure can be read next to it. */
  private static double loadAverage() throws IOException {
    return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
  }

  /** POST /api/boards, again every few milliseconds until the port answers. */
  private static String createBoard(HttpClient http, int port, Process p, long t0) throws Exception {
    HttpRequest create = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/boards"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"ideas\",\"title\":\"Kald start\"}")).build();
    while (true) {
      if (!p.isAlive()) throw new IllegalStateException("the server exited with " + p.exitValue());
      if (System.nanoTime() - t0 > GIVE_UP.toNanos()) throw new IllegalStateException("no answer in " + GIVE_UP);
      try {
        HttpResponse<String> r = http.send(create, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) throw new IllegalStateException("create board: " + r.statusCode() + " " + r.body());
        return r.body();
      } catch (java.net.ConnectException notYet) {
        Thread.sleep(5);
      }
    }
  }

  private static String send(String address, String token, String replyAddress, String body) {
    return "{\"type\":\"send\",\"address\":\"" + address + "\",\"replyAddress\":\"" + replyAddress
        + "\",\"headers\":{\"token\":\"" + token + "\"},\"body\":" + body + "}";
  }

  /** Collects text frames; {@link #await} waits for the one sent to a reply address. */
  private static final class Replies implements WebSocket.Listener {
    private static final Pattern ADDRESS = Pattern.compile("\"address\"\\s*:\\s*\"([^\"]+)\"");
    private final StringBuilder text = new StringBuilder();
    private final java.io.ByteArrayOutputStream binary = new java.io.ByteArrayOutputStream();
    private final java.util.Map<String, CompletableFuture<String>> waiting = new java.util.concurrent.ConcurrentHashMap<>();

    String await(String replyAddress) throws Exception {
      return future(replyAddress).get(GIVE_UP.toSeconds(), TimeUnit.SECONDS);
    }

    private CompletableFuture<String> future(String replyAddress) {
      return waiting.computeIfAbsent(replyAddress, a -> new CompletableFuture<>());
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      text.append(data);
      if (last) frame();
      ws.request(1);
      return null;
    }

    /** The bridge writes a join reply's shared snapshot as a binary frame (T8). */
    @Override
    public CompletionStage<?> onBinary(WebSocket ws, java.nio.ByteBuffer data, boolean last) {
      byte[] b = new byte[data.remaining()];
      data.get(b);
      binary.writeBytes(b);
      if (last) {
        text.append(binary.toString(java.nio.charset.StandardCharsets.UTF_8));
        binary.reset();
        frame();
      }
      ws.request(1);
      return null;
    }

    private void frame() {
      String frame = text.toString();
      text.setLength(0);
      Matcher m = ADDRESS.matcher(frame);
      if (m.find()) future(m.group(1)).complete(frame);
    }
  }

  private static String find(Pattern p, String text) {
    Matcher m = p.matcher(text);
    if (!m.find()) throw new IllegalStateException("not in the reply: " + p + " in " + text);
    return m.group(1);
  }

  private static double millis(long t0) {
    return (System.nanoTime() - t0) / 1e6;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
