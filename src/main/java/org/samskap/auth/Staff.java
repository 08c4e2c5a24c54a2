package org.samskap.auth;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The one place a route asks "who is this request?" (docs/API.md S5). {@link #of} answers
 * staff, admin or anonymous from the session cookie; {@link #requireStaff} is a handler that
 * lets only staff through. With sign-in off, everyone is anonymous and {@link #requireStaff}
 * lets everyone through, so Samskap works as it did before sign-in existed.
 *
 * <p>A request that changes something and carries the session cookie must pass the CSRF rule
 * S7 before its session counts: otherwise {@link #of} fails with {@code cross_site} or
 * {@code csrf_token}.
 */
public final class Staff {
  /** The session cookie's name; {@code __Host-} prefixed behind https. */
  static final String COOKIE = "samskap_session";
  private static final String KEY = "samskap.principal";

  private final SignInService service;
  private final Csrf csrf;
  private final String cookieName;

  private Staff(SignInService service, Csrf csrf, String cookieName) {
    this.service = service;
    this.csrf = csrf;
    this.cookieName = cookieName;
  }

  /** Sign-in off: everyone is anonymous and may do what the board links let them. */
  public static Staff open() {
    return new Staff(null, null, COOKIE);
  }

  static Staff of(SignInService service, Csrf csrf, boolean secure) {
    return new Staff(service, csrf, cookieName(secure));
  }

  static String cookieName(boolean secure) {
    return secure ? "__Host-" + COOKIE : COOKIE;
  }

  public boolean signInEnabled() {
    return service != null;
  }

  String cookieName() {
    return cookieName;
  }

  String sessionId(RoutingContext rc) {
    Cookie c = rc.request().getCookie(cookieName);
    return c == null ? null : c.getValue();
  }

  /** Who this request is; resolved once per request. Fails with a {@link SignInRefused} for S7. */
  public Future<Principal> of(RoutingContext rc) {
    Future<Principal> known = rc.get(KEY);
    if (known != null) return known;
    Future<Principal> f = resolve(rc);
    rc.put(KEY, f);
    return f;
  }

  private Future<Principal> resolve(RoutingContext rc) {
    if (service == null) return Future.succeededFuture(Principal.ANONYMOUS);
    String id = sessionId(rc);
    if (id == null) return Future.succeededFuture(Principal.ANONYMOUS);
    if (Csrf.changes(rc.request().method())) {
      SignInRefused r = csrf.check(rc.request(), id);
      if (r != null) return Future.failedFuture(r);
    }
    return lookup(id);
  }

  /** Who a session id is: the one lookup that requests ({@link #of}) and bridge sockets ({@link #ofSocket}) share (S3). */
  private Future<Principal> lookup(String sessionId) {
    return service.session(sessionId).map(s -> s.map(StaffSession::principal).orElse(Principal.ANONYMOUS));
  }

  /**
   * Rule S9: who opened a bridge socket, from the session cookie of its upgrade request (a GET,
   * so S7 does not apply; the bridge's Origin rule T4 has passed). Never fails: a missing,
   * forged, expired or ended session, or a database that does not answer, is anonymous, so a
   * guest is never held up by sign-in.
   */
  public Future<Principal> ofSocket(RoutingContext upgrade) {
    if (service == null || upgrade == null) return Future.succeededFuture(Principal.ANONYMOUS);
    String id = sessionId(upgrade);
    if (id == null) return Future.succeededFuture(Principal.ANONYMOUS);
    return lookup(id).otherwise(Principal.ANONYMOUS);
  }

  /** Lets staff through; anyone else gets 401 {@code sign_in_required} (or the S7 refusal). Sign-in off: everyone. */
  public Handler<RoutingContext> requireStaff() {
    return rc -> {
      if (service == null) {
        rc.next();
        return;
      }
      rc.request().pause(); // a body handler further on still reads the body
      of(rc).onComplete(ar -> {
        rc.request().resume();
        if (ar.failed()) {
          refuse(rc, ar.cause() instanceof SignInRefused r ? r
              : new SignInRefused("unavailable", 503, "Sign-in could not be checked; try again."));
        } else if (!ar.result().isStaff()) {
          refuse(rc, new SignInRefused("sign_in_required", 401, "Sign in as staff to do this."));
        } else {
          rc.next();
        }
      });
    };
  }

  static void refuse(RoutingContext rc, SignInRefused r) {
    if (rc.response().ended()) return;
    rc.response().setStatusCode(r.status()).putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(new JsonObject().put("error", r.code()).put("message", r.getMessage()).encode());
  }
}
