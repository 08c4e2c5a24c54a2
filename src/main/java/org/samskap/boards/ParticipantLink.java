package org.samskap.boards;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import org.samskap.access.BoardAccess;
import org.samskap.util.Tokens;
import org.samskap.board.BoardStore;
import org.samskap.domain.Reason;
import org.samskap.domain.Role;
import org.samskap.protocol.Addresses;
import org.samskap.protocol.Refused;

/**
 * Rule F9: revokes a board's participant link. A new participant token replaces the old one,
 * every node forgets the cached tokens, and every socket that joined with the old link is
 * closed. The caller has checked the facilitator token.
 */
public final class ParticipantLink {
  private final Vertx vertx;
  private final BoardStore store;
  private final BoardAccess access;

  public ParticipantLink(Vertx vertx, BoardStore store, BoardAccess access) {
    this.vertx = vertx;
    this.store = store;
    this.access = access;
  }

  /** The new participant token (shown only now). */
  public Future<String> revoke(String boardId) {
    return rotate(boardId, Role.PARTICIPANT);
  }

  /**
   * Rules F9, A13: a new token for {@code role} (participant, or observer, made on first use)
   * replaces the old one, and only the sockets that joined with that role are closed.
   */
  public Future<String> rotate(String boardId, Role role) {
    if (role == Role.FACILITATOR) return Future.failedFuture(new Refused(Reason.BAD_REQUEST, "The facilitator link is not rotated here."));
    String token = Tokens.newToken();
    Future<Boolean> put = role == Role.OBSERVER ? store.putToken(boardId, role, Tokens.hash(token))
        : store.replaceToken(boardId, role, Tokens.hash(token));
    return put
        .recover(e -> Future.failedFuture(new Refused(Reason.UNAVAILABLE, "The database is unavailable; the old link still works. Try again.")))
        .compose(replaced -> {
          if (!replaced) return Future.failedFuture(new Refused(Reason.NOT_FOUND, "The board has no " + role.wire() + " link."));
          access.forget(boardId);
          vertx.eventBus().publish(Addresses.CLOSE_SOCKETS, new JsonObject().put("boardId", boardId)
              .put("role", role.wire()).put("reason", Reason.LINK_REVOKED.code()));
          return Future.succeededFuture(token);
        });
  }
}
