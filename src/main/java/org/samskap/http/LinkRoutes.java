package org.samskap.http;

import org.samskap.domain.Role;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.samskap.access.BoardAccess;
import org.samskap.boards.ParticipantLink;
import org.samskap.util.Tokens;

/**
 * {@code POST /api/boards/:id/links/participant} (rule F9): revokes the participant link
 * ({@link ParticipantLink}) and gives the facilitator the new one.
 */
final class LinkRoutes {
  private final ParticipantLink links;
  private final BoardAccess access;
  private final String publicUrl;

  LinkRoutes(ParticipantLink links, BoardAccess access, String publicUrl) {
    this.links = links;
    this.access = access;
    this.publicUrl = publicUrl;
  }

  void mount(Router router) {
    router.post("/api/boards/:boardId/links/participant").handler(rc -> revoke(rc, Role.PARTICIPANT));
    router.post("/api/boards/:boardId/links/observer").handler(rc -> revoke(rc, Role.OBSERVER)); // rule A13
  }

  private void revoke(RoutingContext rc, Role role) {
    String boardId = rc.pathParam("boardId");
    FacilitatorAuth.check(rc, access, boardId).onSuccess(ok -> {
      if (!ok) return;
      links.rotate(boardId, role).onFailure(e -> Problems.fail(rc, e)).onSuccess(token -> Problems.ok(rc, 200,
          new JsonObject().put("token", token).put("link", BoardRoutes.base(rc, publicUrl) + "/b/" + boardId + "#t=" + token)));
    });
  }
}
