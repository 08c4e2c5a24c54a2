package org.samskap.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The sign-in routes (docs/API.md S1-S5): {@code GET /auth/login}, {@code GET /auth/callback},
 * {@code POST /auth/logout} and {@code GET /api/me}. Thin: the work is in {@link SignInService}.
 * A refused sign-in sends the browser to {@code /?signin_error=<code>}, which the home page
 * explains in the page's language.
 */
final class AuthRoutes {
  /** The browser-binding cookie of a sign-in under way (S1). */
  static final String BINDING = "samskap_signin";

  private final SignInService service;
  private final Staff staff;
  private final Csrf csrf;
  private final boolean secure;
  private final long sessionMaxAgeSeconds;
  /** The client address of a request, as the rest of the server sees it (H3), for the audit hook (S10). */
  private final Function<RoutingContext, String> addressOf;

  AuthRoutes(SignInService service, Staff staff, Csrf csrf, boolean secure, Function<RoutingContext, String> addressOf) {
    this.addressOf = addressOf;
    this.service = service;
    this.staff = staff;
    this.csrf = csrf;
    this.secure = secure;
    this.sessionMaxAgeSeconds = service.absoluteMillis() / 1000;
  }

  void mount(Router router) {
    router.get("/auth/login").handler(this::login);
    router.get("/auth/callback").handler(this::callback);
    router.post("/auth/logout").handler(this::logout);
  }

  /** {@code GET /api/me}, mounted whether sign-in is on or off. */
  static void me(Router router, Staff staff,
      java.util.function.Supplier<java.util.function.Function<Principal, io.vertx.core.Future<JsonObject>>> extras) {
    router.get("/api/me").handler(rc -> staff.of(rc).onComplete(ar -> {
      Principal p = ar.succeeded() ? ar.result() : Principal.ANONYMOUS;
      JsonObject body = new JsonObject().put("signIn", staff.signInEnabled()).put("kind", p.kind().wire());
      if (p.isStaff()) {
        body.put("subject", p.subject()).put("name", p.name()).put("email", p.email()).put("csrf", Csrf.token(staff.sessionId(rc)));
      }
      var more = p.isStaff() ? extras.get() : null; // PM6: the person's projects and invites
      (more == null ? io.vertx.core.Future.succeededFuture(new JsonObject()) : more.apply(p)).onComplete(x -> {
        if (x.succeeded()) body.mergeIn(x.result());
        rc.response().putHeader("Content-Type", "application/json; charset=utf-8").putHeader("Cache-Control", "no-store")
            .end(body.encode());
      });
    }));
  }

  private void login(RoutingContext rc) {
    service.begin(rc.queryParams().get("return")).onComplete(ar -> {
      if (ar.failed()) {
        redirect(rc, "/?signin_error=provider_unavailable");
        return;
      }
      rc.response().addCookie(cookie(BINDING, ar.result().browserSecret(), "/auth", SignInService.ATTEMPT_MILLIS / 1000));
      redirect(rc, ar.result().authorizeUrl());
    });
  }

  private void callback(RoutingContext rc) {
    Cookie binding = rc.request().getCookie(BINDING);
    rc.response().addCookie(cookie(BINDING, "", "/auth", 0));
    String old = staff.sessionId(rc);
    service.finish(rc.queryParams().get("state"), rc.queryParams().get("code"), rc.queryParams().get("error"),
        binding == null ? null : binding.getValue(), addressOf.apply(rc)).onComplete(ar -> {
          if (ar.failed()) {
            String code = ar.cause() instanceof SignInRefused r ? r.code() : "unavailable";
            redirect(rc, "/?signin_error=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
            return;
          }
          if (old != null) service.signOut(old, addressOf.apply(rc)); // no session fixation: a new id every sign-in
          rc.response().addCookie(cookie(staff.cookieName(), ar.result().sessionId(), "/", sessionMaxAgeSeconds));
          redirect(rc, ar.result().returnTo());
        });
  }

  private void logout(RoutingContext rc) {
    String id = staff.sessionId(rc);
    if (id != null) {
      SignInRefused r = csrf.check(rc.request(), id);
      if (r != null) {
        Staff.refuse(rc, r);
        return;
      }
    }
    service.signOut(id, addressOf.apply(rc)).onComplete(ar -> {
      rc.response().addCookie(cookie(staff.cookieName(), "", "/", 0));
      if (ar.failed()) {
        Staff.refuse(rc, new SignInRefused("unavailable", 503, "Sign-out could not be stored; try again."));
        return;
      }
      rc.response().putHeader("Content-Type", "application/json; charset=utf-8").putHeader("Cache-Control", "no-store")
          .end(new JsonObject().put("redirect", ar.result()).encode());
    });
  }

  private Cookie cookie(String name, String value, String path, long maxAgeSeconds) {
    return Cookie.cookie(name, value).setPath(path).setHttpOnly(true).setSecure(secure)
        .setSameSite(CookieSameSite.LAX).setMaxAge(maxAgeSeconds);
  }

  private static void redirect(RoutingContext rc, String location) {
    rc.response().setStatusCode(303).putHeader("Location", location).putHeader("Cache-Control", "no-store").end();
  }
}
