package org.samskap.tools.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The load tool's settings, from {@code --name value} arguments.
 *
 * @param url the server's base URL, or several nodes' base URLs separated by commas
 * @param boards how many boards to load
 * @param clients websocket clients per board
 * @param rate {@code note.move} ops per second per board, spread over its clients
 * @param seconds how long to measure
 * @param warmup seconds of load before measuring starts
 * @param serverPid the server's process id, for CPU and RSS (0: not measured)
 * @param json a file to write the JSON result to (null: stdout only)
 * @param label a name for this run in the report
 * @param spread with several nodes: {@code clients} (each board's clients round-robin over the
 *     nodes) or {@code boards} (all clients of a board on one node, boards round-robin: what a
 *     load balancer hashing on the {@code board} query parameter does)
 * @param echo calibration: {@code url} is a plain websocket echo, not a Samskap
 * @param eventLoops the generator's websocket event loops ({@link LoadClient}); 1 fits the one
 *     core the generator is pinned to
 */
record LoadOptions(String url, int boards, int clients, double rate, int seconds, int warmup, long serverPid,
    String json, String label, String spread, boolean echo, int eventLoops) {

  static final String USAGE = """
      usage: java -cp samskap.jar org.samskap.tools.load.LoadTool [options]
        --url URL[,URL..]  server base URL (default http://127.0.0.1:8080); with several
                           nodes of a cluster, clients are spread over them round-robin
        --boards N         boards (default 1)
        --clients N        websocket clients per board (default 10)
        --rate R           note.move ops per second per board (default 20)
        --seconds S        measured seconds (default 30)
        --warmup S         seconds of load before measuring (default 5)
        --server-pid PID   read the server's CPU and RSS from /proc (Linux)
        --json FILE        also write the result as JSON to FILE
        --label TEXT       a name for the run in the report
        --spread MODE      with several nodes: clients (default; each board's clients
                           round-robin over the nodes) or boards (all clients of a board on
                           one node, as a load balancer hashing on ?board= does)
        --echo true        calibrate: --url is a plain websocket echo (ws://host:port/echo);
                           --clients sockets, --rate frames per second in all, round trip
        --event-loops N    the generator's websocket event loops (default 1: one core)
      """;

  /** The base URL of each node, without a trailing slash. */
  java.util.List<String> urls() {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String u : url.split(",")) if (!u.isBlank()) out.add(u.strip().replaceAll("/+$", ""));
    return out;
  }

  static LoadOptions parse(String[] args) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--") || i + 1 >= args.length) throw new IllegalArgumentException("expected --name value, got: " + a);
      m.put(a.substring(2), args[++i]);
    }
    LoadOptions o = new LoadOptions(
        m.getOrDefault("url", "http://127.0.0.1:8080"),
        positive(m, "boards", 1),
        positive(m, "clients", 10),
        Double.parseDouble(m.getOrDefault("rate", "20")),
        positive(m, "seconds", 30),
        Integer.parseInt(m.getOrDefault("warmup", "5")),
        Long.parseLong(m.getOrDefault("server-pid", "0")),
        m.get("json"),
        m.getOrDefault("label", ""),
        m.getOrDefault("spread", "clients"),
        Boolean.parseBoolean(m.getOrDefault("echo", "false")),
        positive(m, "event-loops", LoadClient.DEFAULT_EVENT_LOOPS));
    if (!o.spread().equals("clients") && !o.spread().equals("boards")) {
      throw new IllegalArgumentException("--spread must be clients or boards");
    }
    if (o.clients() < 2) throw new IllegalArgumentException("--clients must be at least 2 (a sender and a receiver)");
    if (!(o.rate() > 0)) throw new IllegalArgumentException("--rate must be above 0");
    m.keySet().removeAll(java.util.Set.of("url", "boards", "clients", "rate", "seconds", "warmup", "server-pid", "json", "label", "spread", "echo", "event-loops"));
    if (!m.isEmpty()) throw new IllegalArgumentException("unknown option(s): " + m.keySet());
    return o;
  }

  private static int positive(Map<String, String> m, String name, int dflt) {
    int v = Integer.parseInt(m.getOrDefault(name, Integer.toString(dflt)));
    if (v < 1) throw new IllegalArgumentException("--" + name + " must be at least 1");
    return v;
  }
}
