package org.samskap.bridge;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

/**
 * A graceful stop at the bridge (rule R7): first every new send is refused while the requests
 * admitted before get their replies ({@link #drain}), then every socket is closed with 1012
 * (service restart), so clients reconnect at once ({@link #closeAll}).
 */
final class GracefulDrain {
  static final long MIN_DRAIN_MILLIS = 300;
  /**
   * The drain ends only after no request arrived for this long: a client pipelines, so requests
   * it sent before it heard of the stop may still be on their way, and each must be read (and
   * refused) before the socket closes, or its sender would never hear of it.
   */
  static final long QUIET_MILLIS = 150;
  /** Websocket close code "service restart" (RFC 6455 registry): the client reconnects at once (R7). */
  static final short SERVICE_RESTART = 1012;

  private final Vertx vertx;
  private final BridgeSockets sockets;
  /** Set by {@link #drain}: new sends are refused, the server is stopping (R7). */
  private volatile boolean draining;
  private volatile long lastSendNanos = System.nanoTime();
  /** The bridge's own context (made on it), so the drain's checks wait until it has read what came in. */
  private final Context context;

  GracefulDrain(Vertx vertx, BridgeSockets sockets) {
    this.vertx = vertx;
    this.sockets = sockets;
    this.context = vertx.getOrCreateContext();
  }

  /** A client's request arrived (any socket). */
  void sawSend() {
    lastSendNanos = System.nanoTime();
  }

  boolean draining() {
    return draining;
  }

  /**
   * Rule R7, first step of a graceful stop: from now on every send is refused with
   * {@code unavailable}; the future completes once every request admitted before has had its
   * reply (or after {@code maxMillis}), with the number still waiting (0 when all were answered).
   */
  Future<Integer> drain(long maxMillis) {
    draining = true;
    Promise<Integer> done = Promise.promise();
    long now = System.nanoTime();
    long until = now + maxMillis * 1_000_000;
    // at least a short while, so that a client learns of the stop (a refusal) before its socket
    // closes, and nothing it sends meanwhile is left without an answer
    long notBefore = now + Math.min(maxMillis, MIN_DRAIN_MILLIS) * 1_000_000;
    long quiet = QUIET_MILLIS * 1_000_000;
    // checked on the bridge's context: it runs between the reads of that event loop, so a
    // request that came in before a check has been seen (and refused) by then
    context.runOnContext(v -> vertx.setPeriodic(10, t -> {
      int waiting = sockets.awaitingReplies();
      long at = System.nanoTime();
      if ((waiting == 0 && at >= notBefore && at - lastSendNanos >= quiet) || at > until) {
        vertx.cancelTimer(t);
        done.tryComplete(waiting);
      }
    }));
    return done.future();
  }

  /**
   * Rule R7, last step: closes every socket with 1012 (service restart), after what was
   * written to it; completes when all are closed or after {@code maxMillis}.
   */
  Future<Void> closeAll(long maxMillis) {
    sockets.closeEvery(SERVICE_RESTART, "the server is restarting; reconnect");
    Promise<Void> done = Promise.promise();
    long until = System.nanoTime() + maxMillis * 1_000_000;
    vertx.setPeriodic(10, t -> {
      if (sockets.isEmpty() || System.nanoTime() > until) {
        vertx.cancelTimer(t);
        done.tryComplete();
      }
    });
    return done.future();
  }
}
