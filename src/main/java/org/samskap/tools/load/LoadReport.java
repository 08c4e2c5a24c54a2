package org.samskap.tools.load;

import io.vertx.core.json.JsonObject;

/** The human-readable table of a load run (the JSON is the machine-readable form). */
final class LoadReport {
  private LoadReport() {}

  static String table(JsonObject r) {
    JsonObject f = r.getJsonObject("fanoutMs");
    JsonObject a = r.getJsonObject("ackMs");
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%n%-28s %s%n", "run", r.getString("label", "")));
    sb.append(String.format("%-28s %d boards x %d clients, %.1f ops/s per board, %.1f s measured%n",
        "shape", r.getInteger("boards"), r.getInteger("clientsPerBoard"), r.getDouble("ratePerBoard"),
        r.getDouble("seconds")));
    sb.append(String.format("%-28s sent %d, acked %d, refused %d, %.1f ops/s%n", "ops",
        r.getLong("opsSent"), r.getLong("opsAcked"), r.getLong("opsRefused"), r.getDouble("opsPerSecond")));
    sb.append(String.format("%-28s delivered %d, lost %d%n", "events",
        r.getLong("eventsDelivered"), r.getLong("eventsLost")));
    sb.append(String.format("%-28s %8s %8s %8s %8s%n", "latency (ms)", "p50", "p95", "p99", "max"));
    sb.append(row("fan-out (send -> others)", f));
    sb.append(row("ack (send -> ok)", a));
    if (r.getValue("generator") instanceof JsonObject g) {
      sb.append(String.format("%-28s send lag p99 %.2f ms, receive-loop delay p99 %.2f ms, %.1f of %.1f ops/s sent%s%n",
          "generator", g.getJsonObject("sendLagMs").getDouble("p99"), g.getJsonObject("receiveLoopDelayMs").getDouble("p99"),
          g.getDouble("sentPerSecond"), g.getDouble("scheduledPerSecond"), g.getBoolean("late") ? "  LATE: the generator, not the server" : ""));
      if (g.containsKey("cpuPercent")) {
        sb.append(String.format("%-28s CPU %.1f %% of one core (%.2f µs per event received)%s%n", "",
            g.getDouble("cpuPercent"), g.getDouble("cpuMicrosPerReceived"),
            g.containsKey("receiveLoopBusyPercent") ? String.format(", receive loop busy %.1f %%", g.getDouble("receiveLoopBusyPercent")) : ""));
      }
    }
    if (r.containsKey("serverCpuPercent")) {
      sb.append(String.format("%-28s CPU %.1f %% of one core, RSS %.1f MiB%n", "server",
          r.getDouble("serverCpuPercent"), r.getDouble("serverRssMiB")));
    }
    return sb.toString();
  }

  private static String row(String name, JsonObject p) {
    return String.format("%-28s %8.2f %8.2f %8.2f %8.2f%n", name, p.getDouble("p50"), p.getDouble("p95"),
        p.getDouble("p99"), p.getDouble("max"));
  }
}
