package org.samskap.bridge;

/** A token bucket: {@code perSecond} sends a second, with a burst of the same size (rule T6). */
final class RateLimiter {
  private final double perSecond;
  private double tokens;
  private long lastNanos;

  RateLimiter(int perSecond, long nowNanos) {
    this.perSecond = perSecond;
    this.tokens = perSecond;
    this.lastNanos = nowNanos;
  }

  synchronized boolean tryAcquire(long nowNanos) {
    double elapsed = (nowNanos - lastNanos) / 1e9;
    lastNanos = nowNanos;
    tokens = Math.min(perSecond, tokens + elapsed * perSecond);
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }
}
