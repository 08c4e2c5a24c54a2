package org.samskap.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.access.GuessLimiter;

/** The counting part of rules T11 and A8; the sockets themselves are in SocketFloodIT and TokenGuessingIT. */
class AddressLimitsTest {
  final long[] now = {0};
  final AddressLimits limits = new AddressLimits(rc -> "unused", new GuessLimiter(2, () -> now[0]), 2, 5);

  @Test
  @DisplayName("T11: an address takes at most its cap of unauthenticated slots; a released slot can be taken again")
  void slots_are_capped_per_address() {
    assertTrue(limits.tryOpen("a"));
    assertTrue(limits.tryOpen("a"));
    assertFalse(limits.tryOpen("a"), "the third is over the cap");
    assertEquals(2, limits.unauthenticated("a"), "a refused attempt takes nothing");
    assertTrue(limits.tryOpen("b"), "another address has its own count");
    limits.release("a");
    assertTrue(limits.tryOpen("a"));
    limits.release("a");
    limits.release("a");
    limits.release("a"); // more releases than slots never go below zero
    assertEquals(0, limits.unauthenticated("a"));
    assertEquals(5000, limits.authTimeoutMs());
  }

  @Test
  @DisplayName("A8: wrong tokens of an address are counted in the shared limiter")
  void token_failures_are_counted() {
    limits.tokenFailed("a");
    assertEquals(0, limits.tokenRetryAfter("a"));
    limits.tokenFailed("a");
    assertEquals(60, limits.tokenRetryAfter("a"));
    assertEquals(0, limits.tokenRetryAfter("b"));
  }
}
