package org.samskap.tools.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.json.JsonObject;

/**
 * Drives a running Samskap over the public protocol only (docs/PROTOCOL.md): creates boards,
 * opens N websocket clients per board that register and join, then sends {@code note.move}
 * ops at a set rate per board, round-robin over the board's clients, and measures fan-out and
 * ack latency, lost events, ops/s and the server's CPU and RSS. Prints a table and JSON.
 *
 * <pre>java -cp target/samskap.jar org.samskap.tools.load.LoadTool --boards 1 --clients 100 --rate 20</pre>
 */
public final class LoadTool {
  private final LoadOptions options;
  /** The generator's websockets: every frame of every socket is read and handled on its event loops. */
  private final LoadClient client;
  /** For the few REST calls (board creation) only. */
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final LoadStats stats = new LoadStats();
  private final GeneratorLag lag = new GeneratorLag();
  private final AtomicLong opCounter = new AtomicLong();
  private final List<Board> boards = new ArrayList<>();
  private final List<LoadSocket> allSockets = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** A loaded board: its clients, token and the note every client moves. */
  private record Board(String id, String token, String noteId, List<LoadSocket> clients, AtomicLong next) {
    String ops() { return "board." + id + ".ops"; }
  }

  LoadTool(LoadOptions options) {
    this.options = options;
    this.client = new LoadClient(options.eventLoops());
    lag.loopThreads(client.loopThreadIds());
  }

  public static void main(String[] args) throws Exception {
    LoadOptions options;
    try {
      options = LoadOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("load tool: " + e.getMessage() + "\n" + LoadOptions.USAGE);
      System.exit(2);
      return;
    }
    JsonObject result;
    try {
      result = options.echo() ? new LoadTool(options).echo() : new LoadTool(options).run();
    } catch (Exception | Error e) { // the socket and schedule threads would keep a failed run alive
      e.printStackTrace();
      System.exit(1);
      return;
    }
    if (!options.echo()) System.out.println(LoadReport.table(result));
    System.out.println(result.encodePrettily());
    if (options.json() != null) Files.writeString(Path.of(options.json()), result.encodePrettily());
    System.exit(0);
  }

  JsonObject run() throws Exception {
    // Pings start before the set-up: connecting a thousand clients takes longer than the
    // server's 10 s ping timeout (T3).
    ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor();
    pinger.scheduleAtFixedRate(() -> allSockets.forEach(LoadSocket::ping), 3, 3, TimeUnit.SECONDS);
    ServerStats beforeSetup = ServerStats.read(options.serverPid());
    long t0 = System.nanoTime();
    for (int b = 0; b < options.boards(); b++) boards.add(setUpBoard(b));
    double setupSeconds = (System.nanoTime() - t0) / 1e9;
    System.err.printf("load tool: %d boards x %d clients connected and joined in %.1f s%n",
        options.boards(), options.clients(), setupSeconds);
    // idle memory: the sockets are open and joined, no op was sent yet; let presence settle
    Thread.sleep(2000);
    ServerStats afterSetup = ServerStats.read(options.serverPid());
    ScheduledExecutorService probe = lag.probe(client.loops());

    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    long start = System.nanoTime();
    long period = Math.round(1e9 / options.rate());
    long[] due = new long[boards.size()];
    // boards' ops are spread evenly over one period, so 100 boards do not all send at once
    for (int i = 0; i < due.length; i++) due[i] = start + period * i / due.length;
    ticker.scheduleAtFixedRate(() -> {
      try {
        tick(due, period);
      } catch (RuntimeException e) {
        System.err.println("load tool: send failed: " + e);
      }
    }, 1, 1, TimeUnit.MILLISECONDS);

    Thread.sleep(options.warmup() * 1000L);
    ServerStats before = ServerStats.read(options.serverPid());
    lag.measuring(true);
    stats.measuring(true);
    long measureStart = System.nanoTime();
    Thread.sleep(options.seconds() * 1000L);
    stats.measuring(false);
    lag.measuring(false);
    double measured = (System.nanoTime() - measureStart) / 1e9;
    ServerStats after = ServerStats.read(options.serverPid());
    ticker.shutdownNow();
    long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (stats.missing() > 0 && System.nanoTime() < drainUntil) Thread.sleep(50);
    pinger.shutdownNow();
    probe.shutdownNow();

    JsonObject result = stats.result(measured)
        .put("label", options.label())
        .put("boards", options.boards())
        .put("clientsPerBoard", options.clients())
        .put("ratePerBoard", options.rate())
        .put("seconds", Math.round(measured * 10) / 10.0)
        .put("setupSeconds", Math.round(setupSeconds * 10) / 10.0);
    lag.result(result, options.rate() * options.boards(), result.getLong("eventsDelivered"));
    if (beforeSetup != null && afterSetup != null) {
      int sockets = options.boards() * options.clients();
      result.put("rssPerClientKiB", Math.round((afterSetup.rssBytes() - beforeSetup.rssBytes()) / 1024.0 / sockets * 10) / 10.0);
    }
    if (before != null && after != null) {
      result.put("serverCpuPercent", Math.round((after.cpuSeconds() - before.cpuSeconds()) / measured * 1000) / 10.0)
          .put("serverRssMiB", Math.round(after.rssBytes() / 1024.0 / 1024.0 * 10) / 10.0);
    }
    LoadSocket.closeAll(allSockets);
    client.close();
    return result;
  }

  /**
   * Sends the ops that became due on each board (a fixed schedule per board). How late each op
   * leaves after its due time is the generator's send lag: a late generator shows there and
   * not as server latency, which is measured from the actual send.
   */
  private void tick(long[] due, long period) {
    long now = System.nanoTime();
    for (int i = 0; i < boards.size(); i++) {
      while (due[i] <= now) {
        sendMove(boards.get(i));
        lag.sent(due[i], System.nanoTime());
        due[i] += period;
      }
    }
  }

  /**
   * Calibration (docs/PERFORMANCE.md): the same sockets, schedule and probes against a plain
   * websocket echo ({@code --url ws://host:port/echo}): the round trip the generator itself adds.
   */
  JsonObject echo() throws Exception {
    URI uri = URI.create(options.url());
    List<LoadSocket> sockets = new ArrayList<>();
    org.HdrHistogram.Recorder rtt = new org.HdrHistogram.Recorder(TimeUnit.SECONDS.toNanos(60), 3);
    for (int i = 0; i < options.clients(); i++) {
      LoadSocket s = LoadSocket.connect(client, uri, "echo" + i);
      s.onRaw(text -> {
        long sentAt = Long.parseLong(text);
        if (stats.measuring()) rtt.recordValue(Math.max(0, System.nanoTime() - sentAt));
      });
      sockets.add(s);
    }
    ScheduledExecutorService probe = lag.probe(client.loops());
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    long period = Math.round(1e9 / options.rate());
    long[] due = {System.nanoTime()};
    AtomicLong n = new AtomicLong();
    ticker.scheduleAtFixedRate(() -> {
      long now = System.nanoTime();
      while (due[0] <= now) {
        sockets.get((int) (n.getAndIncrement() % sockets.size())).sendRaw(Long.toString(System.nanoTime()));
        lag.sent(due[0], System.nanoTime());
        due[0] += period;
      }
    }, 1, 1, TimeUnit.MILLISECONDS);
    Thread.sleep(options.warmup() * 1000L);
    stats.measuring(true);
    lag.measuring(true);
    Thread.sleep(options.seconds() * 1000L);
    lag.measuring(false);
    stats.measuring(false);
    ticker.shutdownNow();
    probe.shutdownNow();
    org.HdrHistogram.Histogram h = rtt.getIntervalHistogram();
    JsonObject result = new JsonObject().put("label", options.label()).put("echo", true)
        .put("clients", options.clients()).put("rate", options.rate())
        .put("roundTripMs", LoadStats.percentiles(h));
    lag.result(result, options.rate(), h.getTotalCount());
    LoadSocket.closeAll(sockets);
    client.close();
    return result;
  }

  private void sendMove(Board b) {
    LoadSocket c = b.clients().get((int) (b.next().getAndIncrement() % b.clients().size()));
    String opId = "lt-" + opCounter.incrementAndGet();
    long n = opCounter.get();
    JsonObject op = new JsonObject().put("type", "note.move").put("clientOpId", opId)
        .put("noteId", b.noteId()).put("x", (double) (n % 1000)).put("y", (double) (n % 700));
    long sentAt = System.nanoTime();
    boolean measured = stats.sent(opId, c.id(), b.clients().size() - 1, sentAt);
    c.request(b.ops(), op, b.token())
        .whenComplete((reply, err) -> stats.replied(opId, measured, reply, sentAt, System.nanoTime()));
  }

  private Board setUpBoard(int index) throws Exception {
    // Boards start on the nodes in turn, as a load balancer would spread workshops: a board's
    // first client is on node (index mod n), so that node claims it (docs/PROTOCOL.md C1).
    int first = index % options.urls().size();
    HttpRequest create = HttpRequest.newBuilder(URI.create(options.urls().get(first) + "/api/boards"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("kind", "ideas")
            .put("title", "Load " + options.label() + " " + index).encode()))
        .build();
    HttpResponse<String> res = http.send(create, HttpResponse.BodyHandlers.ofString());
    if (res.statusCode() != 201) throw new IllegalStateException("board not created: " + res.statusCode() + " " + res.body());
    JsonObject created = new JsonObject(res.body());
    String id = created.getString("id");
    String token = created.getJsonObject("tokens").getString("participant");
    String events = "board." + id + ".events";
    String ops = "board." + id + ".ops";
    List<URI> nodes = new ArrayList<>();
    for (String u : options.urls()) nodes.add(URI.create(u.replaceFirst("^http", "ws") + "/eventbus/websocket?board=" + id));

    List<LoadSocket> clients = new ArrayList<>();
    List<CompletableFuture<JsonObject>> joins = new ArrayList<>();
    for (int i = 0; i < options.clients(); i++) {
      // clients are spread round-robin over the nodes given (cluster mode, docs/PROTOCOL.md C1)
      int node = options.spread().equals("boards") ? first : (first + i) % nodes.size();
      LoadSocket s = LoadSocket.connect(client, nodes.get(node), "b" + index + "c" + i);
      allSockets.add(s);
      s.onEvent((opId, at) -> stats.received(s.id(), opId, at));
      s.register(events, token);
      joins.add(s.request(ops, new JsonObject().put("type", "join").put("name", "load " + i), token));
      clients.add(s);
    }
    for (CompletableFuture<JsonObject> j : joins) {
      JsonObject r = j.get(60, TimeUnit.SECONDS);
      if (!Boolean.TRUE.equals(r.getBoolean("ok"))) throw new IllegalStateException("join refused: " + r.encode());
    }
    JsonObject note = clients.get(0).request(ops, new JsonObject().put("type", "note.create")
        .put("clientOpId", "lt-setup-" + index).put("text", "Load test note").put("x", 0).put("y", 0), token)
        .get(30, TimeUnit.SECONDS);
    if (!Boolean.TRUE.equals(note.getBoolean("ok"))) throw new IllegalStateException("note refused: " + note.encode());
    return new Board(id, token, note.getString("noteId"), clients, new AtomicLong());
  }
}
