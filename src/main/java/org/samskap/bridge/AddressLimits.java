package org.samskap.bridge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.sockjs.SockJSSocket;

import org.samskap.access.GuessLimiter;
import org.samskap.config.ClientLimits;

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

  /** The default limits, on the socket peer's address (no trusted proxies). */
  static AddressLimits defaults() {
    return new AddressLimits(rc -> rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress(),
        new GuessLimiter(ClientLimits.DEFAULT_TOKEN_FAILURES_PER_MINUTE, System::currentTimeMillis),
        ClientLimits.DEFAULT_UNAUTHENTICATED_SOCKETS, ClientLimits.DEFAULT_AUTH_TIMEOUT_SECONDS);
  }

  /**
   * Takes a slot for a new socket of the address (T11); without one, tells the socket
   * {@code too_many_sockets}, closes it with 4003 and returns false.
   */
  boolean admit(SockJSSocket socket, String address) {
    if (tryOpen(address)) return true;
    socket.write(Buffer.buffer(new JsonObject().put("type", "err").put("body", "too_many_sockets").encode()));
    socket.close(TOO_MANY_SOCKETS, "too many sockets from this address that have not sent a valid token");
    return false;
  }

  /**
   * Starts the auth timeout of a socket (T11): if it is still {@code waiting} then, it is told
   * {@code auth_timeout} and closed with 4004. Returns the timer's id.
   */
  long watch(Vertx vertx, SockJSSocket socket, BooleanSupplier waiting) {
    return vertx.setTimer(authTimeoutMs, id -> {
      if (!waiting.getAsBoolean()) return;
      socket.write(Buffer.buffer(new JsonObject().put("type", "err").put("body", "auth_timeout").encode()));
      socket.close(AUTH_TIMEOUT, "no valid token in time");
    });
  }

  /** The message of a refusal for too many wrong tokens (A8). */
  static String wrongTokens(long wait) {
    return "Too many wrong tokens from this address; try again in " + wait + " s.";
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
