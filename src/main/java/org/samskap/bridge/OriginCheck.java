package org.samskap.bridge;

import java.util.List;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Rule T4: a request to the bridge with an Origin outside the allowlist gets 403. Requests
 * without an Origin (native clients, load tools) pass: authentication is by token, not cookie.
 */
public final class OriginCheck implements Handler<RoutingContext> {
  private final List<String> configured;

  /** An empty list means this server's own origin on the port the request came in on. */
  public OriginCheck(List<String> configured) {
    this.configured = List.copyOf(configured);
  }

  @Override
  public void handle(RoutingContext rc) {
    String origin = rc.request().getHeader("Origin");
    if (origin == null || allowed(origin, rc.request().localAddress().port())) {
      rc.next();
      return;
    }
    rc.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=utf-8")
        .end("Origin not allowed: " + origin);
  }

  boolean allowed(String origin, int localPort) {
    if (!configured.isEmpty()) return configured.contains(origin);
    return origin.equals("http://localhost:" + localPort) || origin.equals("http://127.0.0.1:" + localPort);
  }
}
