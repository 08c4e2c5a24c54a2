package org.samskap.metrics;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.samskap.domain.Reason;

/**
 * Samskap's own meters in a Micrometer registry. Every tag value comes from a closed set (an
 * outcome, a reason code of {@link Reason}), so the number of series stays bounded whatever
 * clients send (rule ME2).
 */
final class PrometheusMeters implements Meters {
  /** A reason code that is not one of {@link Reason}'s is counted under this one. */
  static final String OTHER_REASON = "other";
  private static final Set<String> REASONS = Stream.of(Reason.values()).map(Reason::code).collect(Collectors.toUnmodifiableSet());

  private final MeterRegistry registry;
  private final Timer stored;
  private final Timer refusedOps;
  private final DistributionSummary batches;
  private final Map<String, Counter> refusals = new ConcurrentHashMap<>();

  PrometheusMeters(MeterRegistry registry) {
    this.registry = registry;
    this.stored = opTimer("ok");
    this.refusedOps = opTimer("refused");
    this.batches = DistributionSummary.builder("samskap.write.batch")
        .description("Events stored by one database write (group commit across boards)")
        .baseUnit("events")
        .publishPercentileHistogram()
        .minimumExpectedValue(1.0)
        .maximumExpectedValue(5000.0)
        .register(registry);
  }

  private Timer opTimer(String outcome) {
    return Timer.builder("samskap.op.duration")
        .description("From a client's op reaching the bridge to its reply on the socket; ok only once stored (R3)")
        .tag("outcome", outcome)
        .publishPercentileHistogram()
        .minimumExpectedValue(java.time.Duration.ofMillis(1))
        .maximumExpectedValue(java.time.Duration.ofSeconds(30))
        .register(registry);
  }

  /** A gauge read when scraped. */
  PrometheusMeters gauge(String name, String description, LongSupplier value) {
    // strong: Micrometer holds a gauge's state weakly, and a lambda held nowhere else is collected (NaN)
    Gauge.builder(name, value, v -> v.getAsLong()).description(description).strongReference(true).register(registry);
    return this;
  }

  @Override
  public void opAnswered(long nanos, boolean ok) {
    (ok ? stored : refusedOps).record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void refused(String reason) {
    String code = reason != null && REASONS.contains(reason) ? reason : OTHER_REASON;
    refusals.computeIfAbsent(code, c -> Counter.builder("samskap.refusals")
        .description("Refusals told to clients, by reason code")
        .tag("reason", c)
        .register(registry)).increment();
  }

  @Override
  public void writeBatch(int events) {
    batches.record(events);
  }
}
