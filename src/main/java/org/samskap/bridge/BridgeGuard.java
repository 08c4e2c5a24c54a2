package org.samskap.bridge;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.handler.sockjs.BridgeEvent;
import io.vertx.ext.web.handler.sockjs.SockJSSocket;

import org.samskap.access.BoardAccess;
import org.samskap.board.BoardDirectory;
import org.samskap.board.BoardWriter;
import org.samskap.domain.Reason;
import org.samskap.domain.Role;
import org.samskap.protocol.Addresses;
import org.samskap.protocol.Headers;
import org.samskap.util.RandomIds;

/**
 * The bridge hook: the firewall between sockets and the event bus. It checks the board token
 * on every register and send (A4), replaces client headers with server-set ones (A5), rejects
 * client publishes (A3), applies the per-socket rate and frame limits (T5, T6) and the
 * per-address limits on wrong tokens and sockets without one (A8, T11; counted in
 * {@link AddressLimits}), and makes sure the board's single writer is live before a send reaches it.
 */
public final class BridgeGuard implements Handler<BridgeEvent> {
  private final Vertx vertx;
  private final BoardAccess access;
  private final BoardDirectory directory;
  private final BoardWriter writer;
  private final int maxFrameBytes;
  private final int opsPerSecond;
  /** Websocket close code "try again later" (RFC 6455): sent to a socket that stopped reading. */
  public static final short SLOW_CONSUMER_CLOSE_CODE = Outbound.SLOW_CONSUMER;
  static final long MIN_DRAIN_MILLIS = 300;
  static final String SHUTTING_DOWN = "The server is restarting; send again after reconnecting.";
  private final Map<SockJSSocket, SocketState> sockets = new ConcurrentHashMap<>();
  /** How long a socket may keep a full send queue after a large reply before it is closed (T9). */
  public static final long DEFAULT_STALL_MILLIS = 10_000;
  private final Outbound outbound;
  /** Set by {@link #drain}: new sends are refused, the server is stopping (R7). */
  private volatile boolean draining;
  /** Websocket close code "service restart" (RFC 6455 registry): the client reconnects at once (R7). */
  public static final short SERVICE_RESTART = 1012;
  /** Websocket close status "message too big" (RFC 6455, 7.4.1). */
  static final int MESSAGE_TOO_BIG = 1009;

  private static final class SocketState {
    final String sessionId = RandomIds.of(12);
    final RateLimiter limiter;
    final Set<String> boards = ConcurrentHashMap.newKeySet();
    /** board id -> the role this socket's token grants there (for closing a revoked link's sockets). */
    final Map<String, Role> roles = new ConcurrentHashMap<>();
    /** The client address (A8, T11) and whether this socket still holds one of its unauthenticated slots. */
    final String address;
    final java.util.concurrent.atomic.AtomicBoolean holdsSlot = new java.util.concurrent.atomic.AtomicBoolean(true);
    volatile long authTimer = -1;
    /** board id (or {@code pilot:<id>}) -> the token this socket was let in with there (A8). */
    final Map<String, String> tokens = new ConcurrentHashMap<>();
    /** Reply addresses of this socket's admitted requests that have no reply yet (R7). */
    final Set<String> awaiting = ConcurrentHashMap.newKeySet();

    SocketState(RateLimiter limiter, String address) {
      this.limiter = limiter;
      this.address = address;
    }

    boolean letInWith(String key, String token) {
      return token.equals(tokens.get(key));
    }
  }

  private volatile AddressLimits limits = AddressLimits.defaults();

  /** Per-address limits (A8, T11); set before the bridge takes sockets (HttpVerticle does). */
  public void addressLimits(AddressLimits limits) {
    this.limits = limits;
  }

  public BridgeGuard(Vertx vertx, BoardAccess access, BoardDirectory directory, int maxFrameBytes, int opsPerSecond) {
    this(vertx, access, directory, maxFrameBytes, opsPerSecond, DEFAULT_STALL_MILLIS);
  }

  public BridgeGuard(Vertx vertx, BoardAccess access, BoardDirectory directory, int maxFrameBytes, int opsPerSecond,
      long stallMillis) {
    this.vertx = vertx;
    this.outbound = new Outbound(vertx, stallMillis);
    this.access = access;
    this.directory = directory;
    this.writer = new BoardWriter(vertx, directory);
    this.maxFrameBytes = maxFrameBytes;
    this.opsPerSecond = opsPerSecond;
    vertx.eventBus().<JsonObject>consumer(Addresses.CLOSE_SOCKETS, m -> closeSockets(m.body()));
  }

  /**
   * Rules F8 and F9: closes the sockets of removed sessions, or of every socket that holds a
   * board with a given role (a revoked link). The socket first gets an err frame naming the
   * reason, then a close with code 4001 (removed) or 4002 (link revoked).
   */
  private void closeSockets(JsonObject order) {
    String reason = order.getString("reason", Reason.REMOVED.code());
    Set<String> sessions = new java.util.HashSet<>();
    if (order.getValue("sessionIds") instanceof io.vertx.core.json.JsonArray a) a.forEach(x -> sessions.add(String.valueOf(x)));
    String boardId = order.getString("boardId");
    Role role = Role.fromWire(order.getString("role")).orElse(null);
    if (boardId != null) access.forget(boardId); // its tokens changed: every node reads them again
    sockets.forEach((socket, st) -> {
      boolean hit = sessions.contains(st.sessionId) || (boardId != null && role != null && role == st.roles.get(boardId));
      if (!hit) return;
      socket.write(Buffer.buffer(new JsonObject().put("type", "err").put("body", reason).encode()));
      socket.close(Reason.LINK_REVOKED.code().equals(reason) ? 4002 : 4001, reason);
    });
  }

  /** Checks a pilot token for {@code pilot.<id>.events} registers (docs/API.md); null: no pilots, denied. */
  private volatile java.util.function.BiFunction<String, String, io.vertx.core.Future<Boolean>> pilotAccess;

  public void pilotAccess(java.util.function.BiFunction<String, String, io.vertx.core.Future<Boolean>> check) {
    this.pilotAccess = check;
  }

  /** Open bridge sockets on this node, for tests and health. */
  public int openSockets() {
    return sockets.size();
  }

  @Override
  public void handle(BridgeEvent event) {
    switch (event.type()) {
      case SOCKET_CREATED -> onCreated(event);
      case SOCKET_CLOSED -> {
        SocketState s = sockets.remove(event.socket());
        outbound.closed(event.socket());
        if (s != null) {
          s.boards.forEach(b -> leave(b, s));
          letIn(s);
        }
        event.complete(true);
      }
      case SOCKET_ERROR -> {
        if (tooBig(event.getRawMessage())) event.socket().close(MESSAGE_TOO_BIG, "message too big");
        event.complete(true);
      }
      case PUBLISH -> event.complete(false);
      case SEND -> onSend(event);
      case RECEIVE -> onReceive(event);
      case REGISTER -> onRegister(event);
      case UNREGISTER -> {
        SocketState s = sockets.get(event.socket());
        String boardId = Addresses.boardOfEvents(event.getRawMessage().getString("address"));
        if (s != null && boardId != null && s.boards.remove(boardId)) leave(boardId, s);
        event.complete(true);
      }
      default -> event.complete(true);
    }
  }

  /**
   * Rule T11: an address may hold a bounded number of sockets that have not been let in with a
   * token; one more is told {@code too_many_sockets} and closed with 4003. A socket not let in
   * within the auth timeout is told {@code auth_timeout} and closed with 4004.
   */
  private void onCreated(BridgeEvent event) {
    SockJSSocket socket = event.socket();
    String address = limits.addressOf(socket);
    if (!limits.admit(socket, address)) {
      event.complete(false);
      return;
    }
    SocketState s = new SocketState(new RateLimiter(opsPerSecond, System.nanoTime()), address);
    sockets.put(socket, s);
    s.authTimer = limits.watch(vertx, socket, () -> sockets.get(socket) == s && s.holdsSlot.get());
    event.complete(true);
  }

  /** The socket was let in with a valid token, or closed: it gives its unauthenticated slot back (T11). */
  private void letIn(SocketState s) {
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
  private long tokenBlocked(SocketState s, String key, String token) {
    long wait = limits.tokenRetryAfter(s.address);
    return wait > 0 && s.letInWith(key, token) ? 0 : wait;
  }

  /**
   * Rules T8 and T9: a socket whose send queue is full (its client stopped reading) is closed,
   * so one slow client costs a bounded amount of memory and never holds up the others; a join
   * snapshot is written from its shared encoding ({@link Outbound}).
   */
  private void onReceive(BridgeEvent event) {
    SocketState s = sockets.get(event.socket());
    if (s != null && event.getRawMessage().getValue("address") instanceof String a) s.awaiting.remove(a);
    outbound.onReceive(event, s != null);
  }

  /** Sockets closed because their client did not read (T8, T9). */
  public long slowConsumersClosed() {
    return outbound.slowConsumersClosed();
  }

  /**
   * Rule R7, first step of a graceful stop: from now on every send is refused with
   * {@code unavailable}; the future completes once every request admitted before has had its
   * reply (or after {@code maxMillis}), with the number still waiting (0 when all were answered).
   */
  public io.vertx.core.Future<Integer> drain(long maxMillis) {
    draining = true;
    io.vertx.core.Promise<Integer> done = io.vertx.core.Promise.promise();
    long now = System.nanoTime();
    long until = now + maxMillis * 1_000_000;
    // at least a short while, so that a client learns of the stop (a refusal) before its socket
    // closes, and nothing it sends meanwhile is left without an answer
    long notBefore = now + Math.min(maxMillis, MIN_DRAIN_MILLIS) * 1_000_000;
    vertx.setPeriodic(10, t -> {
      int waiting = 0;
      for (SocketState st : sockets.values()) waiting += st.awaiting.size();
      long at = System.nanoTime();
      if ((waiting == 0 && at >= notBefore) || at > until) {
        vertx.cancelTimer(t);
        done.tryComplete(waiting);
      }
    });
    return done.future();
  }

  /**
   * Rule R7, last step: closes every socket with 1012 (service restart), after what was
   * written to it; completes when all are closed or after {@code maxMillis}.
   */
  public io.vertx.core.Future<Void> closeAll(long maxMillis) {
    sockets.keySet().forEach(socket -> socket.close(SERVICE_RESTART, "the server is restarting; reconnect"));
    io.vertx.core.Promise<Void> done = io.vertx.core.Promise.promise();
    long until = System.nanoTime() + maxMillis * 1_000_000;
    vertx.setPeriodic(10, t -> {
      if (sockets.isEmpty() || System.nanoTime() > until) {
        vertx.cancelTimer(t);
        done.tryComplete();
      }
    });
    return done.future();
  }

  private void onSend(BridgeEvent event) {
    JsonObject raw = event.getRawMessage();
    String token = clientToken(raw);
    raw.put("headers", new JsonObject());
    String address = raw.getValue("address") instanceof String a ? a : null;
    String boardId = Addresses.boardOfOps(address);
    SocketState s = sockets.get(event.socket());
    // R7: from here on this request is the server's to answer; its reply (or refusal) passes onReceive
    String replyAddress = raw.getValue("replyAddress") instanceof String r ? r : null;
    if (s != null && replyAddress != null) s.awaiting.add(replyAddress);
    if (draining && s != null) {
      refuse(event, Reason.UNAVAILABLE, SHUTTING_DOWN);
      return;
    }
    if (boardId == null || s == null) {
      // Not a board: the bridge's permitted list denies it (access_denied), except our
      // internal refusal address, which no client may use. No reply comes to wait for.
      if (s != null && replyAddress != null) s.awaiting.remove(replyAddress);
      event.complete(!Addresses.REFUSALS.equals(address) && s != null);
      return;
    }
    if (!s.limiter.tryAcquire(System.nanoTime())) {
      refuse(event, Reason.RATE_LIMITED, "Too many messages; at most " + opsPerSecond + " per second.");
      return;
    }
    int size = raw.toBuffer().length();
    if (size > maxFrameBytes) {
      refuse(event, Reason.FRAME_TOO_LARGE, "The message is " + size + " bytes; the limit is " + maxFrameBytes + ".");
      return;
    }
    if (token == null) {
      refuse(event, Reason.MISSING_TOKEN, "The message has no board token in headers.token.");
      return;
    }
    long wait = tokenBlocked(s, boardId, token);
    if (wait > 0) {
      refuse(event, Reason.RATE_LIMITED, AddressLimits.wrongTokens(wait), wait);
      return;
    }
    access.roleOf(boardId, token)
        .onFailure(e -> refuse(event, Reason.UNAVAILABLE, "The database is unavailable; try again."))
        .onSuccess(role -> {
          if (role.isEmpty()) {
            limits.tokenFailed(s.address);
            refuse(event, Reason.INVALID_TOKEN, "The token does not open this board.");
            return;
          }
          directory.ensureLive(boardId)
              .onFailure(e -> refuse(event, Reason.UNAVAILABLE, "The board could not be loaded; try again."))
              .onSuccess(v -> admit(event, raw, s, boardId, role.get(), token));
        });
  }

  private void admit(BridgeEvent event, JsonObject raw, SocketState s, String boardId, Role role, String token) {
    if (draining) { // it waited for its token check while the stop began (R7)
      refuse(event, Reason.UNAVAILABLE, SHUTTING_DOWN);
      return;
    }
    raw.put("headers", new JsonObject().put(Headers.ROLE, role.wire()).put(Headers.SESSION, s.sessionId));
    s.boards.add(boardId);
    s.roles.put(boardId, role);
    s.tokens.put(boardId, token);
    letIn(s);
    event.complete(true);
  }

  private void onRegister(BridgeEvent event) {
    JsonObject raw = event.getRawMessage();
    String token = clientToken(raw);
    raw.put("headers", new JsonObject());
    String address = raw.getValue("address") instanceof String a ? a : null;
    String boardId = Addresses.boardOfEvents(address);
    SocketState s = sockets.get(event.socket());
    String pilotId = org.samskap.pilots.PilotAddresses.pilotOfEvents(address);
    if (pilotId != null && s != null) {
      onPilotRegister(event, address, pilotId, token, s);
      return;
    }
    if (boardId == null || s == null) {
      event.complete(s != null); // the bridge's permitted list denies other addresses
      return;
    }
    if (!s.limiter.tryAcquire(System.nanoTime())) {
      registerError(event, address, Reason.RATE_LIMITED);
      return;
    }
    if (token == null) {
      registerError(event, address, Reason.MISSING_TOKEN);
      return;
    }
    long wait = tokenBlocked(s, boardId, token);
    if (wait > 0) {
      registerError(event, address, Reason.RATE_LIMITED, wait);
      return;
    }
    access.roleOf(boardId, token)
        .onFailure(e -> registerError(event, address, Reason.UNAVAILABLE))
        .onSuccess(role -> {
          if (role.isEmpty()) {
            limits.tokenFailed(s.address);
            registerError(event, address, Reason.INVALID_TOKEN);
          } else {
            s.roles.put(boardId, role.get());
            s.tokens.put(boardId, token);
            letIn(s);
            event.complete(true);
          }
        });
  }

  /** A pilot's events: the same checks as a board's (A4), with a pilot token. */
  private void onPilotRegister(BridgeEvent event, String address, String pilotId, String token, SocketState s) {
    var check = pilotAccess;
    String key = "pilot:" + pilotId;
    long wait = token == null ? 0 : tokenBlocked(s, key, token);
    if (!s.limiter.tryAcquire(System.nanoTime())) {
      registerError(event, address, Reason.RATE_LIMITED);
    } else if (token == null) {
      registerError(event, address, Reason.MISSING_TOKEN);
    } else if (wait > 0) {
      registerError(event, address, Reason.RATE_LIMITED, wait);
    } else if (check == null) {
      limits.tokenFailed(s.address);
      registerError(event, address, Reason.INVALID_TOKEN);
    } else {
      check.apply(pilotId, token).onFailure(e -> registerError(event, address, Reason.UNAVAILABLE))
          .onSuccess(ok -> {
            if (ok) {
              s.tokens.put(key, token);
              letIn(s);
              event.complete(true);
            } else {
              limits.tokenFailed(s.address);
              registerError(event, address, Reason.INVALID_TOKEN);
            }
          });
    }
  }

  /** Rule A4: a refused register gets an err frame naming its address and reason, then the bridge's "rejected". */
  private static void registerError(BridgeEvent event, String address, Reason reason) {
    registerError(event, address, reason, 0);
  }

  /** With {@code retryAfter} seconds (A8) when it is above 0. */
  private static void registerError(BridgeEvent event, String address, Reason reason, long retryAfter) {
    JsonObject frame = new JsonObject().put("type", "err").put("address", address).put("body", reason.code());
    if (retryAfter > 0) frame.put("retryAfter", retryAfter);
    event.socket().write(Buffer.buffer(frame.encode()));
    event.complete(false);
  }

  /**
   * A refused send with a reply address is routed to the node's refusal consumer, which answers
   * {@code {"ok":false,"reason":...}} on the client's reply address; without one it is dropped.
   */
  private static void refuse(BridgeEvent event, Reason reason, String message) {
    refuse(event, reason, message, 0);
  }

  /** With {@code retryAfter} seconds in the reply (A8) when it is above 0. */
  private static void refuse(BridgeEvent event, Reason reason, String message, long retryAfter) {
    JsonObject raw = event.getRawMessage();
    if (raw.getValue("replyAddress") instanceof String) {
      raw.put("address", Addresses.REFUSALS);
      JsonObject headers = new JsonObject().put(Headers.REFUSAL_REASON, reason.code()).put(Headers.REFUSAL_MESSAGE, message);
      if (retryAfter > 0) headers.put(Headers.REFUSAL_RETRY_AFTER, Long.toString(retryAfter));
      raw.put("headers", headers);
      event.complete(true);
    } else {
      event.complete(false);
    }
  }

  private void leave(String boardId, SocketState s) {
    writer.leave(boardId, s.sessionId);
  }

  /**
   * Rule T5: a websocket frame or message over the server's limit closes the socket with 1009.
   * Vert.x only reports it to the bridge as a socket error and does not close with that status:
   * left alone, a too-large frame ended in a 1000 close, and a too-large fragmented message was
   * dropped with the socket left open and the sender waiting. So the guard closes it here.
   * The bridge passes on only the error's message: Netty's "Max frame length of N has been
   * exceeded." for one frame, Vert.x's "... to overflow max message size of N" for fragments.
   */
  static boolean tooBig(JsonObject error) {
    String message = error == null ? null : error.getString("message");
    return message != null
        && (message.startsWith("Max frame length of ") || message.contains("overflow max message size"));
  }

  private static String clientToken(JsonObject raw) {
    if (raw.getValue("headers") instanceof JsonObject h && h.getValue(Headers.TOKEN) instanceof String t && !t.isEmpty()) {
      return t;
    }
    return null;
  }
}
