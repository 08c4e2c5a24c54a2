package org.samskap.bridge;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.sockjs.BridgeEvent;

import org.samskap.access.BoardAccess;
import org.samskap.auth.Principal;
import org.samskap.boards.AuditLog;
import org.samskap.board.BoardDirectory;
import org.samskap.board.BoardWriter;
import org.samskap.domain.Reason;
import org.samskap.domain.Role;
import org.samskap.protocol.Addresses;
import org.samskap.protocol.Headers;

/**
 * The bridge hook: the firewall between sockets and the event bus. It checks the board token
 * on every register and send (A4), replaces client headers with server-set ones (A5), rejects
 * client publishes (A3), applies the per-socket rate and frame limits (T5, T6) and the
 * per-address limits on wrong tokens and sockets without one (A8, T11; counted in
 * {@link AddressLimits}), and makes sure the board's single writer is live before a send reaches it.
 *
 * <p>It handles sends itself and hands the rest to its parts: {@link BridgeSockets} (the open
 * sockets, closing removed ones, F8/F9), {@link TokenGate} (A8, T11), {@link Registrations}
 * (registers, A4), {@link Outbound} (back-pressure, T8/T9) and {@link GracefulDrain} (R7).
 */
public final class BridgeGuard implements Handler<BridgeEvent> {
  /** Websocket close code "try again later" (RFC 6455): sent to a socket that stopped reading. */
  public static final short SLOW_CONSUMER_CLOSE_CODE = Outbound.SLOW_CONSUMER;
  /** How long a socket may keep a full send queue after a large reply before it is closed (T9). */
  public static final long DEFAULT_STALL_MILLIS = 10_000;
  /** Websocket close code "service restart" (RFC 6455 registry): the client reconnects at once (R7). */
  public static final short SERVICE_RESTART = GracefulDrain.SERVICE_RESTART;
  /** Websocket close status "message too big" (RFC 6455, 7.4.1). */
  static final int MESSAGE_TOO_BIG = 1009;
  static final String SHUTTING_DOWN = "The server is restarting; send again after reconnecting.";

  private final Vertx vertx;
  private final BoardAccess access;
  private final BoardDirectory directory;
  private final BoardWriter writer;
  private final int maxFrameBytes;
  private final int opsPerSecond;
  private final BridgeSockets sockets;
  private final TokenGate gate;
  private final Registrations registrations;
  private final GracefulDrain drain;
  private final Outbound outbound;
  private volatile BridgeAudit audit = BridgeAudit.NONE;
  private final ReplyMeter replies = new ReplyMeter();

  /** Rule ME3: where op times and refusals are reported; {@link org.samskap.metrics.Meters#NONE} until set. */
  public void meters(org.samskap.metrics.Meters meters) {
    replies.meters(meters);
  }

  /** Per-address limits (A8, T11); set before the bridge takes sockets (HttpVerticle does). */
  public void addressLimits(AddressLimits limits) {
    gate.limits(limits);
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
    this.sockets = new BridgeSockets(vertx, access);
    this.gate = new TokenGate(vertx, sockets, opsPerSecond);
    this.registrations = new Registrations(access, sockets, gate);
    this.drain = new GracefulDrain(vertx, sockets);
  }

  /**
   * Rule S9: how a socket's person is found from its upgrade request (the session cookie);
   * unset, every socket is anonymous. Set before the bridge takes sockets (HttpVerticle does).
   */
  public void principals(Function<RoutingContext, Future<Principal>> principals) {
    gate.principals(principals);
  }

  /** Rule S10: the audit log that sensitive ops sent over the bridge write to; unset, none. */
  public void audit(AuditLog log, LongSupplier clock) {
    this.audit = new BridgeAudit(log, clock);
  }

  /** Checks a pilot token for {@code pilot.<id>.events} registers (docs/API.md); unset: no pilots, denied. */
  public void pilotAccess(BiFunction<String, String, Future<Boolean>> check) {
    registrations.pilotAccess(check);
  }

  /** Rule PJ10: how a token is checked for {@code project.<id>.events} registers. */
  public void projectAccess(BiFunction<String, String, Future<Boolean>> check) {
    registrations.projectAccess(check);
  }

  /** Open bridge sockets on this node, for tests and health. */
  public int openSockets() {
    return sockets.size();
  }

  @Override
  public void handle(BridgeEvent event) {
    switch (event.type()) {
      case SOCKET_CREATED -> gate.onCreated(event);
      case SOCKET_CLOSED -> {
        SocketState s = sockets.remove(event.socket());
        outbound.closed(event.socket());
        if (s != null) {
          s.boards.forEach(b -> leave(b, s));
          gate.letIn(s);
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
      case REGISTER -> registrations.onRegister(event);
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
   * Rules T8 and T9: a socket whose send queue is full (its client stopped reading) is closed,
   * so one slow client costs a bounded amount of memory and never holds up the others; a join
   * snapshot is written from its shared encoding ({@link Outbound}).
   */
  private void onReceive(BridgeEvent event) {
    SocketState s = sockets.get(event.socket());
    JsonObject raw = event.getRawMessage();
    if (s != null && raw.getValue("address") instanceof String a && s.awaiting.remove(a)) replies.replied(s, a, raw.getValue("body"));
    if (s != null) audit.received(s, raw);
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
  public Future<Integer> drain(long maxMillis) {
    return drain.drain(maxMillis);
  }

  /**
   * Rule R7, last step: closes every socket with 1012 (service restart), after what was
   * written to it; completes when all are closed or after {@code maxMillis}.
   */
  public Future<Void> closeAll(long maxMillis) {
    return drain.closeAll(maxMillis);
  }

  private void onSend(BridgeEvent event) {
    drain.sawSend();
    JsonObject raw = event.getRawMessage();
    String token = TokenGate.clientToken(raw);
    raw.put("headers", new JsonObject());
    String address = raw.getValue("address") instanceof String a ? a : null;
    String boardId = Addresses.boardOfOps(address);
    SocketState s = sockets.get(event.socket());
    // R7: from here on this request is the server's to answer; its reply (or refusal) passes onReceive
    String replyAddress = raw.getValue("replyAddress") instanceof String r ? r : null;
    if (s != null && replyAddress != null) s.awaiting.add(replyAddress);
    if (drain.draining() && s != null) {
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
    replies.sent(s, replyAddress, raw.getValue("body")); // ME3: the op's clock starts here
    if (!s.limiter.tryAcquire(System.nanoTime())) {
      refuse(event, Reason.RATE_LIMITED, "Too many messages; at most " + opsPerSecond + " per second.");
      return;
    }
    // T5: most sends are far below the limit, which a bound without encoding shows; only a send
    // near or over it is encoded to measure (and report) its exact size
    long size = MessageSize.atMost(raw);
    if (size < 0 || size > maxFrameBytes) size = raw.toBuffer().length();
    if (size > maxFrameBytes) {
      refuse(event, Reason.FRAME_TOO_LARGE, "The message is " + size + " bytes; the limit is " + maxFrameBytes + ".");
      return;
    }
    if (token == null) {
      refuse(event, Reason.MISSING_TOKEN, "The message has no board token in headers.token.");
      return;
    }
    long wait = gate.tokenBlocked(s, boardId, token);
    if (wait > 0) {
      refuse(event, Reason.RATE_LIMITED, AddressLimits.wrongTokens(wait), wait);
      return;
    }
    access.roleOfHash(boardId, s.hashOf(token))
        .onFailure(e -> refuse(event, Reason.UNAVAILABLE, "The database is unavailable; try again."))
        .onSuccess(role -> {
          if (role.isEmpty()) {
            access.gone(boardId).onComplete(gone -> { // rule D2: a deleted board is not a wrong token
              if (gone.succeeded() && gone.result()) {
                refuse(event, Reason.NOT_FOUND, "The board was deleted.");
              } else {
                gate.tokenFailed(s);
                refuse(event, Reason.INVALID_TOKEN, "The token does not open this board.");
              }
            });
            return;
          }
          directory.ensureLive(boardId)
              .onFailure(e -> refuse(event, Reason.UNAVAILABLE, "The board could not be loaded; try again."))
              .onSuccess(v -> s.principal.onComplete(p -> // S9: resolved at open; never fails
                  admit(event, raw, s, boardId, role.get(), token, p.succeeded() ? p.result() : Principal.ANONYMOUS)));
        });
  }

  private void admit(BridgeEvent event, JsonObject raw, SocketState s, String boardId, Role role, String token, Principal who) {
    if (drain.draining()) { // it waited for its token check while the stop began (R7)
      refuse(event, Reason.UNAVAILABLE, SHUTTING_DOWN);
      return;
    }
    JsonObject headers = new JsonObject().put(Headers.ROLE, role.wire()).put(Headers.SESSION, s.sessionId);
    if (who.isStaff()) { // S9: the signed-in person, set by the server only (A5)
      headers.put(Headers.USER, who.subject()).put(Headers.USER_NAME, who.displayName());
    }
    raw.put("headers", headers);
    audit.admitted(s, raw, boardId, role, who); // S10
    s.boards.add(boardId);
    s.roles.put(boardId, role);
    s.tokens.put(boardId, token);
    gate.letIn(s);
    event.complete(true);
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
}
