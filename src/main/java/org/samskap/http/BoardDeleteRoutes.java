package org.samskap.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.samskap.access.BoardAccess;
import org.samskap.boards.BoardDeletion;
import org.samskap.boards.BoardRetention;

/**
 * {@code DELETE /api/boards/:id} (rules D1-D3, docs/API.md): the facilitator deletes the board
 * ({@link BoardDeletion}); 204 once everything is deleted and the database file rewritten,
 * 404 {@code not_found} when it was deleted before. {@code GET /api/boards/:id/retention} and
 * {@code POST /api/boards/:id/retention/keep} (rule D5): when the board will be deleted for
 * inactivity, and keeping it for another period.
 */
final class BoardDeleteRoutes {
  private final BoardAccess access;
  private final BoardDeletion deletion;
  private final BoardRetention retention;

  BoardDeleteRoutes(BoardAccess access, BoardDeletion deletion, BoardRetention retention) {
    this.access = access;
    this.deletion = deletion;
    this.retention = retention;
  }

  void mount(Router router) {
    router.delete("/api/boards/:boardId").handler(this::delete);
    router.get("/api/boards/:boardId/retention").handler(rc -> asFacilitator(rc, id -> retention.status(id)));
    router.post("/api/boards/:boardId/retention/keep").handler(rc -> asFacilitator(rc, id -> retention.keep(id)));
  }

  private void asFacilitator(RoutingContext rc,
      java.util.function.Function<String, io.vertx.core.Future<io.vertx.core.json.JsonObject>> call) {
    String boardId = rc.pathParam("boardId");
    FacilitatorAuth.check(rc, access, boardId).onSuccess(ok -> {
      if (ok) call.apply(boardId).onFailure(e -> Problems.fail(rc, e)).onSuccess(body -> Problems.ok(rc, 200, body));
    });
  }

  private void delete(RoutingContext rc) {
    String boardId = rc.pathParam("boardId");
    FacilitatorAuth.check(rc, access, boardId).onSuccess(ok -> {
      if (!ok) return;
      deletion.delete(boardId).onFailure(e -> Problems.fail(rc, e)).onSuccess(v -> rc.response().setStatusCode(204).end());
    });
  }
}
