package org.samskap.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.samskap.access.BoardAccess;
import org.samskap.boards.Pickable;
import org.samskap.domain.Reason;
import org.samskap.protocol.Addresses;
import org.samskap.protocol.Refused;

/**
 * Rule L1: {@code GET /api/boards/<id>/pickable} with any token of that board: its notes or
 * stages by name, so links between boards are made by picking from a list, not by typing ids.
 */
final class PickRoutes {
  private final BoardAccess access;
  private final Pickable pickable;

  PickRoutes(BoardAccess access, Pickable pickable) {
    this.access = access;
    this.pickable = pickable;
  }

  void mount(Router router) {
    router.get("/api/boards/:boardId/pickable").handler(this::pickable);
  }

  private void pickable(RoutingContext rc) {
    String boardId = rc.pathParam("boardId");
    String token = FacilitatorAuth.bearer(rc);
    if (token == null || token.isEmpty()) {
      Problems.send(rc, new Refused(Reason.MISSING_TOKEN, "Send a token of the board as 'Authorization: Bearer <token>'."));
      return;
    }
    if (!Addresses.isBoardId(boardId)) {
      Problems.send(rc, new Refused(Reason.INVALID_TOKEN, "The token does not open this board."));
      return;
    }
    access.roleOf(boardId, token)
        .compose(role -> role.isEmpty()
            ? io.vertx.core.Future.failedFuture(new Refused(Reason.INVALID_TOKEN, "The token does not open this board."))
            : pickable.of(boardId))
        .onSuccess(body -> Problems.ok(rc, 200, body))
        .onFailure(e -> Problems.fail(rc, e, "The board could not be reached; try again."));
  }
}
