package org.samskap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

/** Rules ME2 and ME3: Samskap's own meters, and labels from closed sets only. */
class PrometheusMetersTest {
  final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  final PrometheusMeters meters = new PrometheusMeters(registry);

  @Test
  void me2_a_reason_that_is_not_a_reason_code_is_counted_as_other_and_never_shown() {
    meters.refused("busy");
    meters.refused("busy");
    meters.refused("board-Xy7abc-note text");
    meters.refused(null);
    String scrape = registry.scrape();
    assertEquals(2.0, registry.get("samskap.refusals").tag("reason", "busy").counter().count());
    assertEquals(2.0, registry.get("samskap.refusals").tag("reason", "other").counter().count());
    assertFalse(scrape.contains("Xy7abc"), "what a peer put in a reason never becomes a label");
    assertEquals(2, registry.find("samskap.refusals").counters().size());
  }

  @Test
  void me3_ops_are_timed_by_outcome_and_batches_sized() {
    meters.opAnswered(TimeUnit.MILLISECONDS.toNanos(4), true);
    meters.opAnswered(TimeUnit.MILLISECONDS.toNanos(6), true);
    meters.opAnswered(TimeUnit.MILLISECONDS.toNanos(1), false);
    meters.writeBatch(7);
    assertEquals(2, registry.get("samskap.op.duration").tag("outcome", "ok").timer().count());
    assertEquals(10.0, registry.get("samskap.op.duration").tag("outcome", "ok").timer().totalTime(TimeUnit.MILLISECONDS), 0.001);
    assertEquals(1, registry.get("samskap.op.duration").tag("outcome", "refused").timer().count());
    assertEquals(7.0, registry.get("samskap.write.batch").summary().totalAmount());
    assertTrue(registry.scrape().contains("samskap_op_duration_seconds_bucket{outcome=\"ok\",le="), "a histogram");
  }

  @Test
  void a_gauge_reads_its_supplier_at_each_scrape_and_outlives_a_collection() {
    long[] value = {3};
    meters.gauge("samskap.test.gauge", "a test", () -> value[0]);
    System.gc();
    value[0] = 5;
    assertEquals(5.0, registry.get("samskap.test.gauge").gauge().value());
  }
}
