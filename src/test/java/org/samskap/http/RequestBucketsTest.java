package org.samskap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule H3 (docs/PROTOCOL.md): per-address request buckets, on a clock the test moves. */
class RequestBucketsTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  @DisplayName("H3: an address gets a burst of perMinute requests, then waits; the wait is counted in seconds")
  void burst_then_wait() {
    RequestBuckets b = new RequestBuckets(6); // one request per 10 s
    for (int i = 0; i < 6; i++) assertEquals(0, b.take("10.0.0.1", 0), "request " + (i + 1) + " of the burst");
    assertEquals(10, b.take("10.0.0.1", 0), "the 7th waits for one request's refill: 60 s / 6");
    assertEquals(4, b.take("10.0.0.1", 6 * SECOND), "6 s later, 4 s are left");
    assertEquals(0, b.take("10.0.0.1", 10 * SECOND), "after 10 s one request may go");
    assertEquals(10, b.take("10.0.0.1", 10 * SECOND), "and only one");
  }

  @Test
  @DisplayName("H3: a refused request takes nothing, so waiting the given time is enough")
  void refusal_takes_nothing() {
    RequestBuckets b = new RequestBuckets(60);
    for (int i = 0; i < 60; i++) b.take("a", 0);
    for (int i = 0; i < 100; i++) assertEquals(1, b.take("a", 0), "still one second to wait, however often refused");
    assertEquals(0, b.take("a", SECOND));
  }

  @Test
  @DisplayName("H3: addresses have their own buckets")
  void addresses_are_independent() {
    RequestBuckets b = new RequestBuckets(1);
    assertEquals(0, b.take("a", 0));
    assertTrue(b.take("a", 0) > 0);
    assertEquals(0, b.take("b", 0), "b is not held back by a");
  }

  @Test
  @DisplayName("H3: a bucket never fills above one minute's worth, however long the address was away")
  void bucket_is_capped() {
    RequestBuckets b = new RequestBuckets(3);
    b.take("a", 0);
    long later = 3600 * SECOND;
    for (int i = 0; i < 3; i++) assertEquals(0, b.take("a", later));
    assertTrue(b.take("a", later) > 0, "an hour away still gives a burst of 3, not 180");
  }

  @Test
  @DisplayName("H3: writes and exports count; other reads do not")
  void what_is_limited() {
    assertTrue(ApiLimiter.limited(HttpMethod.POST, "/api/boards"));
    assertTrue(ApiLimiter.limited(HttpMethod.PATCH, "/api/pilots/p1"));
    assertTrue(ApiLimiter.limited(HttpMethod.DELETE, "/api/pilots/p1/gains/g1"));
    assertTrue(ApiLimiter.limited(HttpMethod.GET, "/api/boards/b1/export.pdf"));
    assertFalse(ApiLimiter.limited(HttpMethod.GET, "/api/pilots/p1"));
    assertFalse(ApiLimiter.limited(HttpMethod.HEAD, "/api/boards/b1"));
  }
}
