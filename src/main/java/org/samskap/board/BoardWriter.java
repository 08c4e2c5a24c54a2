package org.samskap.board;

import java.util.Optional;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;

import org.samskap.protocol.Addresses;
import org.samskap.protocol.Headers;

/**
 * The one client of the board writers' server-internal requests. Every request goes to the
 * board's ops address, {@code board.<id>.ops}, so in a cluster the event bus carries it to the
 * owner node, as it does a client's op. It carries the header {@link Headers#INTERNAL}, which no
 * client can set (the bridge replaces every client header, rule A5). Its values are
 * {@link Internal}: no other class names them.
 */
public final class BoardWriter {
  /** The server-internal requests a board writer answers; {@link #wire()} is the header value. */
  public enum Internal {
    /** The board's content as storage sees it, once everything accepted is durable. */
    READ("read"),
    /** An op the server made itself; its actor is the server, its role facilitator. */
    SERVER_OP("server-op"),
    /** Replaces the board's content with a history snapshot, as one stored op (BoardRestore). */
    RESTORE("restore"),
    /** A bridge socket left the board (presence); no reply. */
    LEAVE("leave"),
    /** Deletes the board (rule D1) after every op accepted before it is durable; later ones are refused not_found. */
    DELETE("delete");

    private final String wire;

    Internal(String wire) {
      this.wire = wire;
    }

    public String wire() {
      return wire;
    }

    /** The internal request a message carries; empty for a client's op (or an unknown value). */
    public static Optional<Internal> of(Message<?> msg) {
      String value = msg.headers().get(Headers.INTERNAL);
      if (value == null) return Optional.empty();
      for (Internal i : values()) {
        if (i.wire.equals(value)) return Optional.of(i);
      }
      return Optional.empty();
    }
  }

  private final Vertx vertx;
  private final BoardDirectory directory;

  public BoardWriter(Vertx vertx, BoardDirectory directory) {
    this.vertx = vertx;
    this.directory = directory;
  }

  /** {@link Internal#READ}: the writer's reply ({@code ok} with {@code version} and {@code snapshot}, or a refusal). */
  public Future<JsonObject> read(String boardId) {
    return request(boardId, Internal.READ, new JsonObject());
  }

  /** {@link Internal#SERVER_OP}: {@code op} holds {@code type} and {@code clientOpId}; the writer's reply (R1). */
  public Future<JsonObject> serverOp(String boardId, JsonObject op) {
    return request(boardId, Internal.SERVER_OP, op);
  }

  /** {@link Internal#RESTORE}: {@code {"clientOpId","historyId","name","title","content"}}; the writer's reply (R1). */
  public Future<JsonObject> restore(String boardId, JsonObject snapshot) {
    return request(boardId, Internal.RESTORE, snapshot);
  }

  /**
   * {@link Internal#DELETE} (rule D1): the writer's reply, {@code ok} once the board's events,
   * snapshot and board document are deleted, or a refusal ({@code not_found} when it was gone).
   */
  public Future<JsonObject> delete(String boardId) {
    return request(boardId, Internal.DELETE, new JsonObject());
  }

  /** {@link Internal#LEAVE}: tells a live board that a socket's session left; nothing if the board is not live. */
  public void leave(String boardId, String sessionId) {
    if (!directory.isLive(boardId)) return;
    vertx.eventBus().send(Addresses.ops(boardId), new JsonObject(),
        options(Internal.LEAVE).addHeader(Headers.SESSION, sessionId));
  }

  private Future<JsonObject> request(String boardId, Internal kind, JsonObject body) {
    return directory.ensureLive(boardId)
        .compose(v -> vertx.eventBus().<Object>request(Addresses.ops(boardId), body, options(kind)))
        .map(reply -> (JsonObject) reply.body());
  }

  private static DeliveryOptions options(Internal kind) {
    return new DeliveryOptions().addHeader(Headers.INTERNAL, kind.wire());
  }
}
