package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.Boards.join;
import static org.samskap.testing.Boards.newBoard;
import static org.samskap.testing.Boards.ok;
import static org.samskap.testing.Boards.op;
import static org.samskap.testing.Boards.refused;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.samskap.testing.Board;
import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/**
 * Rules ME1-ME3 (docs/OPERATIONS.md, "Metrics"): ops over real websockets, then {@code /metrics}
 * read as Prometheus text, as a scraper reads it.
 */
class MetricsIT {
  static final String TOKEN = "metrics-token-for-the-test-0123456789";

  @Test
  void me3_ops_refusals_sockets_and_batches_are_measured_and_no_label_names_a_board() throws Exception {
    try (TestServer server = TestServer.start(Map.of("SAMSKAP_METRICS_TOKEN", TOKEN))) {
      Board b = newBoard(server, "ideas");
      String before = scrape(server);
      assertEquals(0.0, value(before, "samskap_op_duration_seconds_count{outcome=\"ok\"}"), before);

      try (BusClient alma = BusClient.connect(server.port()); BusClient bjorn = BusClient.connect(server.port())) {
        join(alma, b, b.participant(), "Alma");
        join(bjorn, b, b.participant(), "Bjørn");
        for (int i = 0; i < 3; i++) ok(alma, b, b.participant(), op("note.create").put("text", "Lapp " + i).put("x", i).put("y", 1));
        refused(bjorn.op(b.id(), "not-the-board-token", op("note.create").put("text", "x").put("x", 0).put("y", 0)),
            "invalid_token"); // refused by the bridge
        refused(bjorn.op(b.id(), b.participant(), op("note.create").put("x", 0).put("y", 0)),
            "bad_request"); // refused by the board's writer: no text

        System.gc(); // the server runs in this JVM: its gauges must outlive a collection (they read NaN once collected)
        String after = scrape(server);
        assertEquals(3.0, value(after, "samskap_op_duration_seconds_count{outcome=\"ok\"}"), "three ops stored");
        assertEquals(2.0, value(after, "samskap_op_duration_seconds_count{outcome=\"refused\"}"), "two ops refused");
        assertTrue(value(after, "samskap_op_duration_seconds_sum{outcome=\"ok\"}") > 0, "their time is measured");
        assertTrue(after.contains("samskap_op_duration_seconds_bucket{outcome=\"ok\",le="), "a histogram, for quantiles");
        assertEquals(1.0, value(after, "samskap_refusals_total{reason=\"invalid_token\"}"));
        assertEquals(1.0, value(after, "samskap_refusals_total{reason=\"bad_request\"}"));
        assertEquals(2.0, value(after, "samskap_sockets_open"), "two sockets are open");
        assertEquals(1.0, value(after, "samskap_boards_live"));
        assertTrue(value(after, "samskap_write_batch_events_sum") >= 3, "the three notes were written: " + after);
        assertTrue(value(after, "samskap_write_batch_events_count") >= 1);
        assertTrue(after.contains("\nsamskap_write_backlog "), "the writer's queue depth is a gauge");
        // Vert.x's own meters: HTTP, event bus, worker pools
        assertTrue(after.contains("\nvertx_http_server_"), "Vert.x HTTP server meters");
        assertTrue(after.contains("\nvertx_eventbus_"), "Vert.x event-bus meters");
        assertTrue(after.contains("\nvertx_pool_"), "Vert.x pool meters");
        // ME2: no board id and no token in any label or value
        for (String secret : new String[] {b.id(), b.participant(), b.facilitator(), TOKEN}) {
          assertFalse(after.contains(secret), "the scrape names no board or token");
        }
      }
      // both sockets closed: the gauge follows
      long deadline = System.nanoTime() + 10_000_000_000L;
      double open;
      do {
        open = value(scrape(server), "samskap_sockets_open");
        if (open != 0) Thread.sleep(50);
      } while (open != 0 && System.nanoTime() < deadline);
      assertEquals(0.0, open, "sockets open after both closed");
    }
  }

  @Test
  void me1_metrics_are_refused_without_the_token() {
    try (TestServer server = TestServer.start(Map.of("SAMSKAP_METRICS_TOKEN", TOKEN))) {
      HttpResponse<String> none = server.call("GET", "/metrics", null, null);
      assertEquals(401, none.statusCode());
      assertEquals("Bearer realm=\"metrics\"", none.headers().firstValue("WWW-Authenticate").orElse(""));
      assertFalse(none.body().contains("samskap_"), "nothing measured is shown");
      assertEquals(401, server.call("GET", "/metrics", TOKEN + "x", null).statusCode());
      assertEquals(401, server.call("GET", "/metrics", TOKEN.substring(1), null).statusCode());
      assertEquals(200, server.call("GET", "/metrics", TOKEN, null).statusCode());
    }
  }

  @Test
  void me1_without_a_token_there_is_no_metrics_endpoint() {
    try (TestServer server = TestServer.start()) {
      HttpResponse<String> r = server.call("GET", "/metrics", TOKEN, null);
      assertEquals(404, r.statusCode());
      assertFalse(r.body().contains("samskap_"));
    }
  }

  private static String scrape(TestServer server) {
    HttpResponse<String> r = server.call("GET", "/metrics", TOKEN, null);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), "Prometheus text format");
    return r.body();
  }

  /** The value of one series, written exactly as in the scrape ({@code name{labels}}); NaN when absent. */
  static double value(String scrape, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)").matcher(scrape);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }
}
