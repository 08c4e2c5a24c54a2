package org.samskap.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Fixed one-minute windows per address (rules P9, A8, H4), on an injected clock. */
class GuessLimiterTest {
  final AtomicLong now = new AtomicLong(1_000_000);
  final GuessLimiter limiter = new GuessLimiter(3, now::get);

  @Test
  @DisplayName("A8: an address is blocked once it reaches the limit, with the seconds left in its window")
  void blocked_at_the_limit_until_the_window_ends() {
    for (int i = 0; i < 2; i++) limiter.count("a");
    assertEquals(0, limiter.retryAfterSeconds("a"));
    now.addAndGet(10_000);
    limiter.count("a");
    assertTrue(limiter.blocked("a"));
    assertEquals(50, limiter.retryAfterSeconds("a"), "the window started at the first count");
    now.addAndGet(49_001);
    assertEquals(1, limiter.retryAfterSeconds("a"), "a part of a second rounds up");
    now.addAndGet(999);
    assertEquals(0, limiter.retryAfterSeconds("a"));
    assertFalse(limiter.blocked("a"));
    limiter.count("a");
    assertEquals(0, limiter.retryAfterSeconds("a"), "a new window starts from one");
  }

  @Test
  @DisplayName("A8: addresses are counted apart")
  void addresses_are_apart() {
    for (int i = 0; i < 3; i++) limiter.count("a");
    assertTrue(limiter.blocked("a"));
    assertFalse(limiter.blocked("b"));
    assertEquals(0, limiter.retryAfterSeconds("never-seen"));
  }
}
