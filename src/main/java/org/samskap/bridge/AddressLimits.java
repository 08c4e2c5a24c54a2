package org.samskap.bridge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.sockjs.SockJSSocket;

import org.samskap.access.GuessLimiter;

/**
 * What one client address may do on the bridge (rules A8 and T11): how many wrong tokens it may
 * send (counted with the REST token checks, rule H4, in one {@link GuessLimiter}), and how many
 * sockets it may hold open before they are let in with a token. The address is resolved the way
 * the REST limits resolve it, from the websocket upgrade request.
 */
public final class AddressLimits {
  /** Close code for a socket over its address's cap of unauthenticated sockets (T11). */
  public static final int TOO_MANY_SOCKETS = 4003;
  /** Close code for a socket that was not let in with a token in time (T11). */
  public static final int AUTH_TIMEOUT = 4004;

  private final Function<RoutingContext, String> clients;
  private final GuessLimiter failures;
  private final int maxUnauthenticated;
  private final long authTimeoutMs;
  private final Map<String, Integer> unauthenticated = new ConcurrentHashMap<>();

  /**
   * @param clients the client address of a request (trusted proxies and {@code X-Forwarded-For} as for REST)
   * @param failures wrong tokens per address, shared with the REST token checks
   */
  public AddressLimits(Function<RoutingContext, String> clients, GuessLimiter failures, int maxUnauthenticated,
      int authTimeoutSeconds) {
    if (maxUnauthenticated < 1) throw new IllegalArgumentException("maxUnauthenticated must be at least 1");
    if (authTimeoutSeconds < 1) throw new IllegalArgumentException("authTimeoutSeconds must be at least 1");
    this.clients = clients;
    this.failures = failures;
    this.maxUnauthenticated = maxUnauthenticated;
    this.authTimeoutMs = authTimeoutSeconds * 1000L;
  }

  /** The client address of a bridge socket, from the request that opened it. */
  String addressOf(SockJSSocket socket) {
    RoutingContext rc = socket.routingContext();
    if (rc != null) return clients.apply(rc);
    return socket.remoteAddress() == null ? "unknown" : socket.remoteAddress().hostAddress();
  }

  /** Takes one unauthenticated slot of the address; false (nothing taken) when it has none left. */
  boolean tryOpen(String address) {
    boolean[] taken = {false};
    unauthenticated.compute(address, (k, n) -> {
      int now = n == null ? 0 : n;
      if (now >= maxUnauthenticated) return n;
      taken[0] = true;
      return now + 1;
    });
    return taken[0];
  }

  /** Gives back a slot: the socket was let in, or closed before it was. */
  void release(String address) {
    unauthenticated.computeIfPresent(address, (k, n) -> n <= 1 ? null : n - 1);
  }

  /** Sockets of the address that are open and not yet let in (for tests and health). */
  public int unauthenticated(String address) {
    return unauthenticated.getOrDefault(address, 0);
  }

  int maxUnauthenticated() {
    return maxUnauthenticated;
  }

  long authTimeoutMs() {
    return authTimeoutMs;
  }

  /** 0 when the address may try a token; otherwise the seconds until it may again (A8). */
  long tokenRetryAfter(String address) {
    return failures.retryAfterSeconds(address);
  }

  /** Counts one wrong token of the address (A8). */
  void tokenFailed(String address) {
    failures.count(address);
  }
}
