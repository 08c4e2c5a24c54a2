package org.samskap.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Counts events per client address in fixed one-minute windows: wrong voter tokens and handed-out
 * device tokens (rule P9), and wrong board and pilot tokens over the bridge and REST (rules A8, H4).
 * An address over its limit is refused until its window ends. The clock (milliseconds) is
 * injected so tests need no sleeps. The map is bounded: when full, ended windows go.
 */
public final class GuessLimiter {
  public static final long WINDOW_MS = 60_000;
  static final int MAX_TRACKED = 100_000;

  private record Window(long start, int count) {}

  private final int limit;
  private final LongSupplier clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  public GuessLimiter(int limit, LongSupplier clock) {
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
    this.limit = limit;
    this.clock = clock;
  }

  public int limit() {
    return limit;
  }

  /** True when the address has reached its limit in the current window. */
  public boolean blocked(String address) {
    return retryAfterSeconds(address) > 0;
  }

  /** 0 when the address may go on; otherwise the whole seconds (at least 1) until its window ends. */
  public long retryAfterSeconds(String address) {
    Window w = windows.get(address);
    if (w == null || w.count() < limit) return 0;
    long left = WINDOW_MS - (clock.getAsLong() - w.start());
    return left <= 0 ? 0 : Math.max(1, (left + 999) / 1000);
  }

  /** Counts one event for the address. */
  public void count(String address) {
    long now = clock.getAsLong();
    if (windows.size() >= MAX_TRACKED) windows.values().removeIf(w -> now - w.start() >= WINDOW_MS);
    windows.compute(address, (k, w) -> w == null || now - w.start() >= WINDOW_MS ? new Window(now, 1)
        : new Window(w.start(), w.count() + 1));
  }
}
