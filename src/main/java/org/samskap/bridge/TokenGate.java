package org.samskap.bridge;

import java.util.function.Function;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.sockjs.BridgeEvent;
import io.vertx.ext.web.handler.sockjs.SockJSSocket;

import org.samskap.auth.Principal;
import org.samskap.protocol.Headers;

/**
 * Token admission at the bridge: the per-address limits on sockets without a token (T11) and
 * on wrong tokens (A8), counted in {@link AddressLimits}, and the token a frame carries (A4).
 */
final class TokenGate {
  private final Vertx vertx;
  private final BridgeSockets sockets;
  private final int opsPerSecond;
  private volatile AddressLimits limits = AddressLimits.defaults();
  /** Rule S9: who opened a socket, from its upgrade request; anonymous until sign-in is wired. */
  private volatile Function<RoutingContext, Future<Principal>> principals = rc -> Future.succeededFuture(Principal.ANONYMOUS);

  TokenGate(Vertx vertx, BridgeSockets sockets, int opsPerSecond) {
    this.vertx = vertx;
    this.sockets = sockets;
    this.opsPerSecond = opsPerSecond;
  }

  void limits(AddressLimits limits) {
    this.limits = limits;
  }

  void principals(Function<RoutingContext, Future<Principal>> principals) {
    this.principals = principals;
  }

  /**
   * Rule T11: an address may hold a bounded number of sockets that have not been let in with a
   * token; one more is told {@code too_many_sockets} and closed with 4003. A socket not let in
   * within the auth timeout is told {@code auth_timeout} and closed with 4004.
   */
  void onCreated(BridgeEvent event) {
    SockJSSocket socket = event.socket();
    String address = limits.addressOf(socket);
    if (!limits.admit(socket, address)) {
      event.complete(false);
      return;
    }
    SocketState s = new SocketState(new RateLimiter(opsPerSecond, System.nanoTime()), address);
    s.principal = principals.apply(socket.routingContext()); // S9: once, at open
    sockets.put(socket, s);
    s.authTimer = limits.watch(vertx, socket, () -> sockets.get(socket) == s && s.holdsSlot.get());
    event.complete(true);
  }

  /** The socket was let in with a valid token, or closed: it gives its unauthenticated slot back (T11). */
  void letIn(SocketState s) {
    if (s.holdsSlot.compareAndSet(true, false)) {
      limits.release(s.address);
      if (s.authTimer >= 0) vertx.cancelTimer(s.authTimer);
    }
  }

  /**
   * Rule A8: an address that sent too many wrong tokens is refused further token checks until
   * its window ends, except for the token this socket was already let in with on that board.
   * Returns the seconds to wait, or 0 to go on and check the token.
   */
  long tokenBlocked(SocketState s, String key, String token) {
    long wait = limits.tokenRetryAfter(s.address);
    return wait > 0 && s.letInWith(key, token) ? 0 : wait;
  }

  /** Rule A8: one more wrong token from this socket's address. */
  void tokenFailed(SocketState s) {
    limits.tokenFailed(s.address);
  }

  /** The board (or pilot) token in a frame's headers (A4), or null. */
  static String clientToken(JsonObject raw) {
    if (raw.getValue("headers") instanceof JsonObject h && h.getValue(Headers.TOKEN) instanceof String t && !t.isEmpty()) {
      return t;
    }
    return null;
  }
}
