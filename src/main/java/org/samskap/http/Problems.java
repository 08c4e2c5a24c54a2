package org.samskap.http;

import java.util.Map;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import org.samskap.domain.Reason;
import org.samskap.protocol.Refused;

/**
 * The one error writer of every route, and the one map from reason codes to HTTP statuses.
 * The body is {@code {"error":<code>,"message":<sentence>,...details}}.
 */
final class Problems {
  static final String UNAVAILABLE = "The database is unavailable; try again.";

  private Problems() {}

  /** The HTTP status of a refusal: the same for every route (docs/API.md, PROTOCOL.md H*, P*). */
  static int status(Reason reason) {
    return switch (reason) {
      case MISSING_TOKEN -> 401;
      case FORBIDDEN, INVALID_TOKEN, FORBIDDEN_ROLE, NOT_MEMBER, NO_INVITE, ADMIN_ONLY -> 403;
      case NOT_FOUND, NO_SUCH_LINK -> 404;
      case CONFLICT, BAD_TRANSITION, TOO_MANY, NOT_ACCEPTED, ALREADY_CONVERTED, BOARD_FULL, ALREADY_VOTED, POLL_CLOSED -> 409;
      case LINK_REVOKED, LINK_USED, LINK_EXPIRED -> 410;
      case LAST_OWNER -> 409;
      case TOO_LARGE -> 413;
      case RATE_LIMITED -> 429;
      case UNAVAILABLE -> 503;
      default -> 400;
    };
  }

  static void send(RoutingContext rc, Reason reason, String message) {
    send(rc, reason, message, Map.of());
  }

  static void send(RoutingContext rc, Reason reason, String message, Map<String, Object> details) {
    if (rc.response().ended()) return;
    JsonObject body = new JsonObject().put("error", reason.code()).put("message", message);
    details.forEach(body::put);
    rc.response().setStatusCode(status(reason)).putHeader("Content-Type", "application/json; charset=utf-8").end(body.encode());
  }

  static void send(RoutingContext rc, Refused r) {
    send(rc, r.reason(), r.getMessage(), r.details());
  }

  /** A failed use case: its refusal, or 503 {@code unavailable} with {@code unavailable} for anything else. */
  static void fail(RoutingContext rc, Throwable e, String unavailable) {
    if (e instanceof Refused r) send(rc, r);
    else send(rc, Reason.UNAVAILABLE, unavailable);
  }

  static void fail(RoutingContext rc, Throwable e) {
    fail(rc, e, UNAVAILABLE);
  }

  /** A JSON answer that no cache keeps (tokens, pilots, results). */
  static void ok(RoutingContext rc, int status, JsonObject body) {
    rc.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-store").end(body.encode());
  }
}
