package org.samskap.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.samskap.access.BoardAccess;
import org.samskap.util.Tokens;
import org.samskap.board.BoardStore;
import org.samskap.domain.Reason;
import org.samskap.domain.Role;
import org.samskap.protocol.Addresses;

/**
 * {@code POST /api/boards/:id/links/participant} (rule F9): revokes the participant link. A new
 * participant token replaces the old one, every node forgets the cached tokens, every socket
 * that joined with the old link is closed, and the facilitator gets the new link.
 */
final class LinkRoutes {
  private final BoardStore store;
  private final BoardAccess access;
  private final String publicUrl;

  LinkRoutes(BoardStore store, BoardAccess access, String publicUrl) {
    this.store = store;
    this.access = access;
    this.publicUrl = publicUrl;
  }

  void mount(Router router) {
    router.post("/api/boards/:boardId/links/participant").handler(this::revoke);
  }

  private void revoke(RoutingContext rc) {
    String boardId = rc.pathParam("boardId");
    FacilitatorAuth.check(rc, access, boardId).onSuccess(ok -> {
      if (!ok) return;
      String token = Tokens.newToken();
      store.replaceToken(boardId, Role.PARTICIPANT, Tokens.hash(token)).onComplete(ar -> {
        if (ar.failed()) {
          Problems.send(rc, 503, "unavailable", "The database is unavailable; the old link still works. Try again.");
          return;
        }
        if (!ar.result()) {
          Problems.send(rc, 404, "not_found", "The board has no participant link.");
          return;
        }
        access.forget(boardId);
        rc.vertx().eventBus().publish(Addresses.CLOSE_SOCKETS, new JsonObject().put("boardId", boardId)
            .put("role", Role.PARTICIPANT.wire()).put("reason", Reason.LINK_REVOKED.code()));
        String link = BoardRoutes.base(rc, publicUrl) + "/b/" + boardId + "#t=" + token;
        rc.response().putHeader("Content-Type", "application/json; charset=utf-8").putHeader("Cache-Control", "no-store")
            .end(new JsonObject().put("token", token).put("link", link).encode());
      });
    });
  }
}
