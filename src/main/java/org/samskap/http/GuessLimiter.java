package org.samskap.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Counts events per client address in fixed one-minute windows (rule P9): wrong voter tokens
 * (guessing) and handed-out device tokens. An address over its limit is refused until its
 * window ends. The clock is injected so tests need no sleeps.
 */
final class GuessLimiter {
  static final long WINDOW_MS = 60_000;
  static final int MAX_TRACKED = 100_000;

  private record Window(long start, int count) {}

  private final int limit;
  private final LongSupplier clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  GuessLimiter(int limit, LongSupplier clock) {
    this.limit = limit;
    this.clock = clock;
  }

  /** True when the address has reached its limit in the current window. */
  boolean blocked(String address) {
    Window w = windows.get(address);
    return w != null && clock.getAsLong() - w.start() < WINDOW_MS && w.count() >= limit;
  }

  /** Counts one event for the address. */
  void count(String address) {
    long now = clock.getAsLong();
    if (windows.size() >= MAX_TRACKED) windows.values().removeIf(w -> now - w.start() >= WINDOW_MS);
    windows.compute(address, (k, w) -> w == null || now - w.start() >= WINDOW_MS ? new Window(now, 1)
        : new Window(w.start(), w.count() + 1));
  }
}
