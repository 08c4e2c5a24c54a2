package org.samskap.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per client address (rule H3): {@code perMinute} requests a minute, and a
 * burst of as many. Pure arithmetic on a clock the caller passes, so tests need no sleeps.
 * The map is bounded: when it is full, buckets that have filled up again (idle addresses) go.
 */
final class RequestBuckets {
  static final int MAX_TRACKED = 100_000;
  private static final long MINUTE_NANOS = 60_000_000_000L;

  private record Bucket(double tokens, long at) {}

  private final int perMinute;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  RequestBuckets(int perMinute) {
    if (perMinute < 1) throw new IllegalArgumentException("perMinute must be at least 1");
    this.perMinute = perMinute;
  }

  /**
   * Takes one request from the address's bucket. Returns 0 when it may go ahead, otherwise
   * the whole seconds (at least 1) until it may try again; nothing is taken then.
   */
  long take(String address, long nowNanos) {
    if (buckets.size() >= MAX_TRACKED) buckets.values().removeIf(b -> level(b, nowNanos) >= perMinute);
    long[] wait = {0};
    buckets.compute(address, (k, b) -> {
      double level = b == null ? perMinute : level(b, nowNanos);
      if (level >= 1) return new Bucket(level - 1, nowNanos);
      wait[0] = Math.max(1, (long) Math.ceil((1 - level) * 60.0 / perMinute));
      return new Bucket(level, nowNanos);
    });
    return wait[0];
  }

  int tracked() {
    return buckets.size();
  }

  private double level(Bucket b, long nowNanos) {
    double refill = (double) Math.max(0, nowNanos - b.at()) * perMinute / MINUTE_NANOS;
    return Math.min(perMinute, b.tokens() + refill);
  }
}
