package org.samskap.auth;

import java.util.function.Function;
import java.util.function.LongSupplier;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.samskap.config.SignInConfig;

/**
 * Staff sign-in wired once (docs/API.md S1-S8): {@link #staff()} for routes that ask who a
 * request is, {@link #mount} for the routes. Off (no issuer set): {@code /api/me} answers
 * anonymous, the sign-in routes do not exist and {@link Staff#requireStaff} lets everyone by.
 */
public final class StaffSignIn {
  private final Staff staff;
  private final AuthRoutes routes;
  private final SessionStore store;

  private StaffSignIn(Staff staff, AuthRoutes routes, SessionStore store) {
    this.staff = staff;
    this.routes = routes;
    this.store = store;
  }

  /** {@code publicUrl} is SAMSKAP_PUBLIC_URL (required when sign-in is on); the clock is the server's. */
  public static StaffSignIn create(Vertx vertx, SignInConfig config, String publicUrl, SessionStore store,
      LongSupplier clock, SignInEvents events) {
    return create(vertx, config, publicUrl, store, clock, events,
        rc -> rc.request().remoteAddress() == null ? null : rc.request().remoteAddress().hostAddress());
  }

  /** As above; {@code addressOf} gives a request's client address (H3) for the audit hook (S10). */
  public static StaffSignIn create(Vertx vertx, SignInConfig config, String publicUrl, SessionStore store,
      LongSupplier clock, SignInEvents events, Function<RoutingContext, String> addressOf) {
    if (!config.enabled()) return new StaffSignIn(Staff.open(), null, store);
    String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    boolean secure = base.startsWith("https://");
    Oidc oidc = new Oidc(vertx, config, base + "/auth/callback", clock);
    SignInService service = new SignInService(config, oidc, store, clock, events, base);
    Csrf csrf = new Csrf(base);
    Staff staff = Staff.of(service, csrf, secure);
    return new StaffSignIn(staff, new AuthRoutes(service, staff, csrf, secure, addressOf), store);
  }

  public Staff staff() {
    return staff;
  }

  /** The store's indexes, when sign-in is on. */
  public Future<Void> init() {
    return routes == null ? Future.succeededFuture() : store.init();
  }

  /** Rule PM6: what {@code GET /api/me} adds for a signed-in person (their projects); set once the projects are wired. */
  public void meExtras(java.util.function.Function<Principal, Future<io.vertx.core.json.JsonObject>> extras) {
    this.extras = extras;
  }

  private volatile java.util.function.Function<Principal, Future<io.vertx.core.json.JsonObject>> extras;

  public void mount(Router router) {
    AuthRoutes.me(router, staff, () -> extras);
    if (routes != null) routes.mount(router);
  }
}
