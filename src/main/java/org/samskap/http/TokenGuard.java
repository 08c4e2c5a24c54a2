package org.samskap.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import org.samskap.access.GuessLimiter;
import org.samskap.domain.Reason;

/**
 * Rule H4: wrong tokens sent to the REST API count against the client address, together with
 * the wrong tokens it sends over the bridge (A8). A request that carries a token
 * ({@code Authorization}) and is answered 403 counts as one. Past the limit, a request with a
 * token from that address gets 429 {@code rate_limited} with {@code Retry-After} until its minute
 * has passed, and its token is not checked. The voter routes ({@code /api/polls/...}) have their
 * own limit (P9) and are left to it.
 */
final class TokenGuard implements Handler<RoutingContext> {
  private final GuessLimiter failures;
  private final ClientAddress clients;

  TokenGuard(GuessLimiter failures, ClientAddress clients) {
    this.failures = failures;
    this.clients = clients;
  }

  @Override
  public void handle(RoutingContext rc) {
    String path = rc.request().path();
    if (rc.request().getHeader("Authorization") == null || path == null || path.startsWith("/api/polls/")) {
      rc.next();
      return;
    }
    String address = clients.of(rc);
    long wait = failures.retryAfterSeconds(address);
    if (wait > 0) {
      rc.response().putHeader("Retry-After", Long.toString(wait));
      Problems.send(rc, Reason.RATE_LIMITED, "Too many wrong tokens from this address; try again in " + wait + " s.");
      return;
    }
    rc.addHeadersEndHandler(v -> {
      if (rc.response().getStatusCode() == 403) failures.count(address);
    });
    rc.next();
  }
}
