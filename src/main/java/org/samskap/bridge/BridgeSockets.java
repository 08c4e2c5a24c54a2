package org.samskap.bridge;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.handler.sockjs.SockJSSocket;

import org.samskap.access.BoardAccess;
import org.samskap.domain.Reason;
import org.samskap.domain.Role;
import org.samskap.protocol.Addresses;

/**
 * The open bridge sockets of this node and their {@link SocketState}s. It also closes the
 * sockets the server orders closed on {@link Addresses#CLOSE_SOCKETS} (rules F8, F9).
 */
final class BridgeSockets {
  private final BoardAccess access;
  private final Map<SockJSSocket, SocketState> sockets = new ConcurrentHashMap<>();

  BridgeSockets(Vertx vertx, BoardAccess access) {
    this.access = access;
    vertx.eventBus().<JsonObject>consumer(Addresses.CLOSE_SOCKETS, m -> closeSockets(m.body()));
  }

  void put(SockJSSocket socket, SocketState state) {
    sockets.put(socket, state);
  }

  SocketState get(SockJSSocket socket) {
    return sockets.get(socket);
  }

  SocketState remove(SockJSSocket socket) {
    return sockets.remove(socket);
  }

  int size() {
    return sockets.size();
  }

  boolean isEmpty() {
    return sockets.isEmpty();
  }

  /** Requests admitted on any socket that have had no reply yet (R7). */
  int awaitingReplies() {
    int waiting = 0;
    for (SocketState st : sockets.values()) waiting += st.awaiting.size();
    return waiting;
  }

  /** Closes every socket with this websocket close code, after what was written to it. */
  void closeEvery(short code, String reason) {
    sockets.keySet().forEach(socket -> socket.close(code, reason));
  }

  /**
   * Rules F8 and F9: closes the sockets of removed sessions, or of every socket that holds a
   * board with a given role (a revoked link). The socket first gets an err frame naming the
   * reason, then a close with code 4001 (removed) or 4002 (link revoked).
   */
  private void closeSockets(JsonObject order) {
    String reason = order.getString("reason", Reason.REMOVED.code());
    Set<String> sessions = new HashSet<>();
    if (order.getValue("sessionIds") instanceof JsonArray a) a.forEach(x -> sessions.add(String.valueOf(x)));
    String boardId = order.getString("boardId");
    Role role = Role.fromWire(order.getString("role")).orElse(null);
    if (boardId != null) access.forget(boardId); // its tokens changed: every node reads them again
    sockets.forEach((socket, st) -> {
      boolean everyone = boardId != null && order.getBoolean("everyone", false); // rule D1: a deleted board
      boolean hit = sessions.contains(st.sessionId) || (boardId != null && role != null && role == st.roles.get(boardId))
          || (everyone && (st.roles.containsKey(boardId) || st.boards.contains(boardId)));
      if (!hit) return;
      socket.write(Buffer.buffer(new JsonObject().put("type", "err").put("body", reason).encode()));
      socket.close(Reason.LINK_REVOKED.code().equals(reason) ? 4002 : Reason.NOT_FOUND.code().equals(reason) ? 4004 : 4001,
          reason);
    });
  }
}
