package org.samskap.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.samskap.access.BoardAccess;
import org.samskap.boards.BoardDeletion;

/**
 * {@code DELETE /api/boards/:id} (rules D1-D3, docs/API.md): the facilitator deletes the board
 * ({@link BoardDeletion}); 204 once everything is deleted and the database file rewritten,
 * 404 {@code not_found} when it was deleted before.
 */
final class BoardDeleteRoutes {
  private final BoardAccess access;
  private final BoardDeletion deletion;

  BoardDeleteRoutes(BoardAccess access, BoardDeletion deletion) {
    this.access = access;
    this.deletion = deletion;
  }

  void mount(Router router) {
    router.delete("/api/boards/:boardId").handler(this::delete);
  }

  private void delete(RoutingContext rc) {
    String boardId = rc.pathParam("boardId");
    FacilitatorAuth.check(rc, access, boardId).onSuccess(ok -> {
      if (!ok) return;
      deletion.delete(boardId).onFailure(e -> Problems.fail(rc, e)).onSuccess(v -> rc.response().setStatusCode(204).end());
    });
  }
}
