package org.samskap.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/PROTOCOL.md H3 with docs/API.md S1: the sign-in steps count against the per-address REST budget. */
class SignInRateLimitTest {
  @Test
  @DisplayName("H3 S1: every sign-in step counts (each login stores an attempt); /api/me, a read, does not")
  void sign_in_steps_count() {
    assertTrue(ApiLimiter.limited(HttpMethod.GET, "/auth/login"));
    assertTrue(ApiLimiter.limited(HttpMethod.GET, "/auth/callback"));
    assertTrue(ApiLimiter.limited(HttpMethod.POST, "/auth/logout"));
    assertFalse(ApiLimiter.limited(HttpMethod.GET, "/api/me"));
  }
}
