package org.samskap.http;

import java.util.Optional;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

import org.samskap.domain.Reason;
import org.samskap.pilots.PilotAccess;

/**
 * Rule PL0: a pilot request carries a pilot token (or the matrix facilitator token) as
 * {@code Authorization: Bearer <token>}: 401 without one, 403 {@code invalid_token} for a token
 * that opens no such pilot, 403 {@code forbidden} for a viewer token on a change.
 */
final class PilotAuth {
  private PilotAuth() {}

  /** Completes with the grant, or with empty after answering 401/403/503 itself. */
  static Future<Optional<PilotAccess.Granted>> check(RoutingContext rc, PilotAccess access, boolean edit) {
    String token = FacilitatorAuth.bearer(rc);
    if (token == null || token.isEmpty()) {
      Problems.send(rc, Reason.MISSING_TOKEN, "Send a pilot token as 'Authorization: Bearer <token>'.");
      return Future.succeededFuture(Optional.empty());
    }
    return access.check(rc.pathParam("id"), token).recover(e -> {
      Problems.fail(rc, e);
      return Future.succeededFuture(null);
    }).map(g -> {
      if (g == null) return Optional.<PilotAccess.Granted>empty();
      if (g.isEmpty()) {
        Problems.send(rc, Reason.INVALID_TOKEN, "The token does not open this pilot.");
      } else if (edit && !g.get().editor()) {
        Problems.send(rc, Reason.FORBIDDEN, "This token may only view the pilot.");
        return Optional.<PilotAccess.Granted>empty();
      }
      return g;
    });
  }
}
