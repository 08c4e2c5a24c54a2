package org.samskap.http;

import java.util.function.LongSupplier;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

import org.samskap.domain.Reason;

/**
 * Rule H3: REST requests that change something or build an export are limited per client
 * address ({@code SAMSKAP_API_REQUESTS_PER_MINUTE}); over the limit they get 429
 * {@code rate_limited} with {@code Retry-After}, and nothing is done. Reads pass freely, and
 * the websocket ops have their own limit (T6).
 */
final class ApiLimiter implements Handler<RoutingContext> {
  private final RequestBuckets buckets;
  private final ClientAddress clients;
  private final LongSupplier nanos;

  ApiLimiter(int perMinute, ClientAddress clients, LongSupplier nanos) {
    this.buckets = new RequestBuckets(perMinute);
    this.clients = clients;
    this.nanos = nanos;
  }

  @Override
  public void handle(RoutingContext rc) {
    if (!limited(rc.request().method(), rc.request().path())) {
      rc.next();
      return;
    }
    long wait = buckets.take(clients.of(rc), nanos.getAsLong());
    if (wait == 0) {
      rc.next();
      return;
    }
    rc.response().putHeader("Retry-After", Long.toString(wait));
    Problems.send(rc, Reason.RATE_LIMITED,
        "Too many requests from this address; try again in " + wait + " s.");
  }

  /** Writes, exports (which can be heavy to build) and sign-in steps (each stores or looks up an attempt, S1) count; other reads do not. */
  static boolean limited(HttpMethod method, String path) {
    boolean read = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
    return !read || (path != null && (path.contains("/export") || path.startsWith("/auth/")));
  }
}
