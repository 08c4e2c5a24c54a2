package org.samskap.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule T6: a token bucket of {@code perSecond} sends a second with a burst of the same size. The clock is injected. */
class RateLimiterTest {
  static final long T0 = 5_000_000_000L;

  static long ms(long millis) {
    return TimeUnit.MILLISECONDS.toNanos(millis);
  }

  static int acquireAll(RateLimiter limiter, long now, int attempts) {
    int granted = 0;
    for (int i = 0; i < attempts; i++) if (limiter.tryAcquire(now)) granted++;
    return granted;
  }

  @Test
  @DisplayName("T6: a fresh socket may send a burst of exactly perSecond, then is refused")
  void T6_a_full_burst_then_refusal() {
    RateLimiter limiter = new RateLimiter(50, T0);
    assertEquals(50, acquireAll(limiter, T0, 200));
    assertFalse(limiter.tryAcquire(T0));
  }

  @Test
  @DisplayName("T6: tokens come back at perSecond: one every 1/perSecond seconds")
  void T6_refills_at_the_configured_rate() {
    RateLimiter limiter = new RateLimiter(10, T0);
    assertEquals(10, acquireAll(limiter, T0, 10));
    assertFalse(limiter.tryAcquire(T0 + ms(50)), "half a token is not a token");
    assertTrue(limiter.tryAcquire(T0 + ms(100)), "after 100 ms at 10/s one token is back");
    assertFalse(limiter.tryAcquire(T0 + ms(100)));
    assertEquals(5, acquireAll(limiter, T0 + ms(600), 100), "500 ms later five more");
  }

  @Test
  @DisplayName("T6: a long quiet time does not save up more than one burst")
  void T6_the_burst_is_capped() {
    RateLimiter limiter = new RateLimiter(5, T0);
    assertEquals(5, acquireAll(limiter, T0, 5));
    long later = T0 + TimeUnit.HOURS.toNanos(1);
    assertEquals(5, acquireAll(limiter, later, 100));
  }

  @Test
  @DisplayName("T6: a steady sender at the rate is never refused; one at twice the rate gets about half through")
  void T6_steady_rates() {
    RateLimiter steady = new RateLimiter(20, T0);
    acquireAll(steady, T0, 20); // spend the burst
    for (int i = 1; i <= 200; i++) assertTrue(steady.tryAcquire(T0 + ms(50L * i)), "send " + i);

    RateLimiter flooding = new RateLimiter(20, T0);
    acquireAll(flooding, T0, 20);
    int granted = 0;
    for (int i = 1; i <= 400; i++) if (flooding.tryAcquire(T0 + ms(25L * i))) granted++;
    assertTrue(granted >= 195 && granted <= 205, "10 s at 20/s lets about 200 of 400 through, got " + granted);
  }

  @Test
  @DisplayName("T6: a limit of one per second allows exactly one send per second")
  void T6_one_per_second() {
    RateLimiter limiter = new RateLimiter(1, T0);
    assertTrue(limiter.tryAcquire(T0));
    assertFalse(limiter.tryAcquire(T0 + ms(999)));
    assertTrue(limiter.tryAcquire(T0 + ms(2000)));
  }
}
