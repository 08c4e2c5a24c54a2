package org.samskap.bridge;

import java.util.function.BiFunction;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.handler.sockjs.BridgeEvent;

import org.samskap.access.BoardAccess;
import org.samskap.domain.Reason;
import org.samskap.pilots.PilotAddresses;
import org.samskap.protocol.Addresses;

/**
 * REGISTER at the bridge (rule A4): a socket may listen to a board's (or a pilot's) events only
 * with a token that opens it, within its rate limit and the per-address token limits (A8). A
 * refused register gets an err frame naming its address and reason.
 */
final class Registrations {
  private final BoardAccess access;
  private final BridgeSockets sockets;
  private final TokenGate gate;
  /** Checks a pilot token for {@code pilot.<id>.events} registers (docs/API.md); null: no pilots, denied. */
  private volatile BiFunction<String, String, Future<Boolean>> pilotAccess;

  Registrations(BoardAccess access, BridgeSockets sockets, TokenGate gate) {
    this.access = access;
    this.sockets = sockets;
    this.gate = gate;
  }

  /** Checks a project token for {@code project.<id>.events} registers (PJ10); null: no projects, denied. */
  private volatile BiFunction<String, String, Future<Boolean>> projectAccess;

  void pilotAccess(BiFunction<String, String, Future<Boolean>> check) {
    this.pilotAccess = check;
  }

  void projectAccess(BiFunction<String, String, Future<Boolean>> check) {
    this.projectAccess = check;
  }

  void onRegister(BridgeEvent event) {
    JsonObject raw = event.getRawMessage();
    String token = TokenGate.clientToken(raw);
    raw.put("headers", new JsonObject());
    String address = raw.getValue("address") instanceof String a ? a : null;
    String boardId = Addresses.boardOfEvents(address);
    SocketState s = sockets.get(event.socket());
    String pilotId = PilotAddresses.pilotOfEvents(address);
    if (pilotId != null && s != null) {
      onPilotRegister(event, address, pilotId, token, s);
      return;
    }
    String projectId = org.samskap.projects.ProjectAddresses.projectOfEvents(address);
    if (projectId != null && s != null) {
      onKeyedRegister(event, address, "project:" + projectId, projectId, projectAccess, token, s); // rule PJ10
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
    long wait = gate.tokenBlocked(s, boardId, token);
    if (wait > 0) {
      registerError(event, address, Reason.RATE_LIMITED, wait);
      return;
    }
    access.roleOf(boardId, token)
        .onFailure(e -> registerError(event, address, Reason.UNAVAILABLE))
        .onSuccess(role -> {
          if (role.isEmpty()) {
            access.gone(boardId).onComplete(gone -> { // rule D2
              if (gone.succeeded() && gone.result()) {
                registerError(event, address, Reason.NOT_FOUND);
              } else {
                gate.tokenFailed(s);
                registerError(event, address, Reason.INVALID_TOKEN);
              }
            });
          } else {
            s.roles.put(boardId, role.get());
            s.tokens.put(boardId, token);
            gate.letIn(s);
            event.complete(true);
          }
        });
  }

  /** A pilot's events: the same checks as a board's (A4), with a pilot token. */
  private void onPilotRegister(BridgeEvent event, String address, String pilotId, String token, SocketState s) {
    onKeyedRegister(event, address, "pilot:" + pilotId, pilotId, pilotAccess, token, s);
  }

  /** A pilot's or a project's events (A4, PJ10): its own token check, the same limits as a board's. */
  private void onKeyedRegister(BridgeEvent event, String address, String key, String id,
      BiFunction<String, String, Future<Boolean>> check, String token, SocketState s) {
    long wait = token == null ? 0 : gate.tokenBlocked(s, key, token);
    if (!s.limiter.tryAcquire(System.nanoTime())) {
      registerError(event, address, Reason.RATE_LIMITED);
    } else if (token == null) {
      registerError(event, address, Reason.MISSING_TOKEN);
    } else if (wait > 0) {
      registerError(event, address, Reason.RATE_LIMITED, wait);
    } else if (check == null) {
      gate.tokenFailed(s);
      registerError(event, address, Reason.INVALID_TOKEN);
    } else {
      check.apply(id, token).onFailure(e -> registerError(event, address, Reason.UNAVAILABLE))
          .onSuccess(ok -> {
            if (ok) {
              s.tokens.put(key, token);
              gate.letIn(s);
              event.complete(true);
            } else {
              gate.tokenFailed(s);
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
}
