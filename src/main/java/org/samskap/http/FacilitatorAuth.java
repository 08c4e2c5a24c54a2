package org.samskap.http;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

import org.samskap.access.BoardAccess;
import org.samskap.domain.Reason;
import org.samskap.domain.Role;

/**
 * REST calls a facilitator makes for a board carry the facilitator token as
 * {@code Authorization: Bearer <token>} (rule P1). Answers 401 without a token and 403 for a
 * token that is not this board's facilitator token (an unknown board looks the same).
 */
final class FacilitatorAuth {
  private FacilitatorAuth() {}

  static String bearer(RoutingContext rc) {
    String h = rc.request().getHeader("Authorization");
    if (h == null || !h.startsWith("Bearer ") || h.length() <= 7) return null;
    return h.substring(7).strip();
  }

  /** Completes with true when the request may go on; otherwise the response is already sent. */
  static Future<Boolean> check(RoutingContext rc, BoardAccess access, String boardId) {
    String token = bearer(rc);
    if (token == null) {
      Problems.send(rc, Reason.MISSING_TOKEN, "Send the facilitator token as 'Authorization: Bearer <token>'.");
      return Future.succeededFuture(false);
    }
    return access.roleOf(boardId, token).compose(role -> {
      if (role.orElse(null) == Role.FACILITATOR) return Future.succeededFuture(true);
      // rule D2: a deleted board answers not_found (exports, links, polls, history, delete again)
      return (role.isEmpty() ? access.gone(boardId) : Future.succeededFuture(false)).map(gone -> {
        if (gone) Problems.send(rc, Reason.NOT_FOUND, "The board was deleted.");
        else Problems.send(rc, Reason.FORBIDDEN, "Only the board's facilitator may do this.");
        return false;
      });
    }).recover(e -> {
      Problems.send(rc, Reason.UNAVAILABLE, "The database is unavailable; try again.");
      return Future.succeededFuture(false);
    });
  }
}
