package org.samskap.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.net.ServerSocket;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.config.SamskapConfig;
import org.samskap.persistence.MongoSessionStore;
import org.samskap.testing.EmbeddedDatabase;
import org.samskap.testing.OidcProvider;
import org.samskap.util.Tokens;

/**
 * Staff sign-in against a real OpenID Connect provider (docs/API.md S1-S8), over real HTTP,
 * with the sessions in the real embedded database and the server's clock injected. The routes
 * are mounted on a router of their own, exactly as HttpVerticle mounts them, behind a stand-in
 * for "create a board" that counts what it creates.
 */
class SignInIT {
  static final String STAFF_EMAIL = "kari.nordmann@kommune.no";
  static EmbeddedDatabase db;
  static OidcProvider provider;
  static MongoSessionStore store;
  static final AtomicLong offset = new AtomicLong();
  static App app;
  static App acrApp;

  /** One sign-in app: StaffSignIn on its own server, POST /api/boards behind requireStaff. */
  static final class App {
    final String base;
    final AtomicInteger created = new AtomicInteger();
    final List<String> events = new CopyOnWriteArrayList<>();
    final HttpServer server;

    App(Map<String, String> extra) throws Exception {
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      base = "http://localhost:" + port;
      Map<String, String> env = new HashMap<>(Map.of(
          "SAMSKAP_PUBLIC_URL", base,
          "SAMSKAP_OIDC_ISSUER", provider.issuer(),
          "SAMSKAP_OIDC_CLIENT_ID", "samskap",
          "SAMSKAP_OIDC_CLIENT_SECRET", "not-a-real-secret",
          "SAMSKAP_OIDC_EMAIL_DOMAINS", "kommune.no",
          "SAMSKAP_OIDC_ROLE_CLAIM", "roles",
          "SAMSKAP_OIDC_ADMIN_ROLES", "samskap-admin"));
      env.putAll(extra);
      SamskapConfig config = SamskapConfig.fromEnv(env);
      SignInEvents events = new SignInEvents() {
        @Override public void signedIn(Principal who, long at) { App.this.events.add("in:" + who.kind().wire()); }
        @Override public void signedOut(Principal who, long at) { App.this.events.add("out:" + who.kind().wire()); }
        @Override public void refused(String code, long at) { App.this.events.add("refused:" + code); }
      };
      StaffSignIn signIn = StaffSignIn.create(db.vertx(), config.signIn(), config.publicUrl(), store,
          () -> System.currentTimeMillis() + offset.get(), events);
      Router router = Router.router(db.vertx());
      signIn.mount(router);
      router.post("/api/boards").handler(signIn.staff().requireStaff()).handler(rc -> {
        created.incrementAndGet();
        rc.response().setStatusCode(201).end("{}");
      });
      server = await(signIn.init().compose(v -> db.vertx().createHttpServer().requestHandler(router).listen(port, "localhost")));
    }
  }

  @BeforeAll
  static void start() throws Exception {
    db = EmbeddedDatabase.open("samskap-signin-it");
    provider = OidcProvider.start();
    store = new MongoSessionStore(db.vertx(), db.db());
    app = new App(Map.of());
    acrApp = new App(Map.of("SAMSKAP_OIDC_ACR", "idporten-loa-substantial,idporten-loa-high",
        "SAMSKAP_OIDC_AUTHORIZE_PARAMS", "acr_values=idporten-loa-substantial&ui_locales=nb"));
  }

  @AfterAll
  static void stop() {
    if (provider != null) provider.close();
    if (db != null) db.close();
  }

  static Map<String, Object> staffClaims() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", "Kari Nordmann");
    c.put("email", STAFF_EMAIL);
    c.put("roles", List.of("samskap-user"));
    return c;
  }

  static Map<String, Object> with(Map<String, Object> claims, String key, Object value) {
    Map<String, Object> c = new LinkedHashMap<>(claims);
    c.put(key, value);
    return c;
  }

  static long sessions() {
    return db.db().getCollection("staff_sessions").countDocuments();
  }

  /** Signs in with these claims and asserts it was refused with {@code code} and that no session was made. */
  static void assertRefused(App on, Map<String, Object> claims, String code) {
    long before = sessions();
    provider.nextSignIn("sub-" + code, claims);
    SignInClient.Hops hops = SignInClient.signIn(on.base);
    assertEquals(303, hops.callback().statusCode());
    assertEquals("/?signin_error=" + code, hops.location(), "the refusal names its reason");
    assertTrue(hops.session().isEmpty(), "no session cookie on a refusal");
    assertEquals(before, sessions(), "no session stored on a refusal");
    assertTrue(on.events.contains("refused:" + code), "the hook hears of the refusal");
  }

  static String signedIn(App on) {
    provider.nextSignIn("sub-kari", staffClaims());
    SignInClient.Hops hops = SignInClient.signIn(on.base);
    return hops.session().orElseThrow(() -> new AssertionError("not signed in: " + hops.location()));
  }

  static JsonObject me(App on, String session) {
    return new JsonObject(SignInClient.me(on.base, session).body());
  }

  // ---- S1, S2: the flow ----

  @Test
  @DisplayName("S1 S2 S3: a staff member signs in with code flow, S256 PKCE, state and nonce; the session is stored by hash; the cookie is HttpOnly and SameSite=Lax")
  void signs_in() {
    provider.nextSignIn("sub-kari", staffClaims());
    int requests = provider.tokenRequests().size();
    SignInClient.Hops hops = SignInClient.signIn(app.base);
    assertEquals("/after", hops.location(), "back where the sign-in began");
    String session = hops.session().orElseThrow();

    Map<String, String> q = query(hops.authorizeUrl());
    assertEquals("code", q.get("response_type"));
    assertEquals("S256", q.get("code_challenge_method"));
    assertEquals(app.base + "/auth/callback", q.get("redirect_uri"));
    assertTrue(q.get("state").length() >= 43 && q.get("nonce").length() >= 43, "256-bit state and nonce");
    assertTrue(q.get("scope").contains("openid"));
    // the verifier sent with the code is the one the challenge was made from
    String form = provider.tokenRequests().get(requests);
    String verifier = query("?" + form).get("code_verifier");
    assertNotNull(verifier, "the code exchange sends a PKCE verifier");
    assertEquals(q.get("code_challenge"), SignInService.challenge(verifier));

    String cookie = SignInClient.setCookieHeader(hops.callback(), Staff.COOKIE);
    assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    assertFalse(cookie.toLowerCase().contains("secure"), "not Secure on http");

    Document stored = db.db().getCollection("staff_sessions").find(new Document("_id", Tokens.hash(session))).first();
    assertNotNull(stored, "the session is stored under the hash of its id");
    assertFalse(stored.toJson().contains(session), "the id itself is stored nowhere");

    JsonObject me = me(app, session);
    assertEquals("staff", me.getString("kind"));
    assertEquals("Kari Nordmann", me.getString("name"));
    assertEquals(Csrf.token(session), me.getString("csrf"));
    assertTrue(app.events.contains("in:staff"));
  }

  @Test
  @DisplayName("S2: a replayed state (the same callback twice) is refused state_unknown and makes no second session")
  void replayed_state_is_refused() {
    provider.nextSignIn("sub-kari", staffClaims());
    SignInClient.Hops hops = SignInClient.signIn(app.base);
    assertTrue(hops.session().isPresent());
    long before = sessions();
    HttpResponse<String> again = SignInClient.get(hops.callbackUrl(), AuthRoutes.BINDING + "=" + hops.binding());
    assertEquals("/?signin_error=state_unknown", again.headers().firstValue("Location").orElse(""));
    assertTrue(SignInClient.setCookie(again, Staff.COOKIE).filter(v -> !v.isEmpty()).isEmpty());
    assertEquals(before, sessions());
  }

  @Test
  @DisplayName("S2: a callback in a browser that did not begin the sign-in (no binding cookie) is refused browser_mismatch")
  void callback_in_another_browser_is_refused() {
    provider.nextSignIn("sub-kari", staffClaims());
    HttpResponse<String> login = SignInClient.get(app.base + "/auth/login", null);
    HttpResponse<String> az = SignInClient.get(login.headers().firstValue("Location").orElseThrow(), null);
    long before = sessions();
    HttpResponse<String> cb = SignInClient.get(az.headers().firstValue("Location").orElseThrow(), null);
    assertEquals("/?signin_error=browser_mismatch", cb.headers().firstValue("Location").orElse(""));
    assertEquals(before, sessions());
  }

  @Test
  @DisplayName("S1: the return path is local only: another host or //host becomes /")
  void return_path_is_local() {
    assertEquals("/", SignInService.safeReturn("https://evil.example/"));
    assertEquals("/", SignInService.safeReturn("//evil.example/x"));
    assertEquals("/", SignInService.safeReturn("/\\evil.example"));
    assertEquals("/b/abc", SignInService.safeReturn("/b/abc"));
  }

  // ---- S6: the ID token ----

  @Test
  @DisplayName("S6: a forged ID token (payload changed, signature kept) is refused signature_invalid")
  void forged_id_token_is_refused() {
    provider.rewriteNextToken(t -> {
      String[] parts = t.getString("id_token").split("\\.");
      JsonObject payload = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
      payload.put("roles", List.of("samskap-admin"));
      parts[1] = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.encode().getBytes(StandardCharsets.UTF_8));
      return t.put("id_token", String.join(".", parts));
    });
    assertRefused(app, staffClaims(), "signature_invalid");
  }

  @Test
  @DisplayName("S6: an expired ID token is refused id_token_expired, even when the access token's lifetime is still running")
  void expired_id_token_is_refused() {
    long past = System.currentTimeMillis() / 1000 - 3600;
    provider.rewriteNextToken(t -> t.put("expires_in", 3600));
    assertRefused(app, with(with(staffClaims(), "exp", past), "iat", past - 600), "id_token_expired");
  }

  @Test
  @DisplayName("S6: an ID token with another nonce than this sign-in's is refused nonce_mismatch")
  void wrong_nonce_is_refused() {
    assertRefused(app, with(staffClaims(), "nonce", "a-nonce-from-another-sign-in"), "nonce_mismatch");
  }

  @Test
  @DisplayName("S6: an ID token from another issuer is refused issuer_mismatch")
  void wrong_issuer_is_refused() {
    assertRefused(app, with(staffClaims(), "iss", "http://localhost:1/other"), "issuer_mismatch");
  }

  @Test
  @DisplayName("S6: an ID token for another client is refused audience_mismatch")
  void wrong_audience_is_refused() {
    assertRefused(app, with(staffClaims(), "aud", List.of("another-client")), "audience_mismatch");
  }

  @Test
  @DisplayName("S6: with SAMSKAP_OIDC_ACR set, a missing acr is refused acr_missing and a lower one acr_not_accepted; an accepted one signs in")
  void acr_is_checked_when_required() {
    provider.nextSignIn("sub-acr", with(staffClaims(), "acr", "idporten-loa-substantial"));
    SignInClient.Hops ok = SignInClient.signIn(acrApp.base);
    assertTrue(ok.session().isPresent(), ok.location());
    Map<String, String> q = query(ok.authorizeUrl());
    assertEquals("idporten-loa-substantial", q.get("acr_values"), "extra authorize parameters are sent");
    assertEquals("nb", q.get("ui_locales"));

    assertRefused(acrApp, staffClaims(), "acr_missing");
    assertRefused(acrApp, with(staffClaims(), "acr", "idporten-loa-low"), "acr_not_accepted");
  }

  @Test
  @DisplayName("S6: only staff get a session: another email domain or an unverified email is refused not_staff; the admin role makes an admin")
  void staff_rules() {
    assertRefused(app, with(staffClaims(), "email", "kari@example.org"), "not_staff");
    assertRefused(app, with(staffClaims(), "email_verified", false), "not_staff");
    provider.nextSignIn("sub-admin", with(staffClaims(), "roles", List.of("samskap-admin")));
    String admin = SignInClient.signIn(app.base).session().orElseThrow();
    assertEquals("admin", me(app, admin).getString("kind"));
  }

  // ---- S5, S7: the seam and CSRF ----

  @Test
  @DisplayName("S5 S7: a cross-site POST with the session cookie is refused cross_site, one without the CSRF token csrf_token; nothing is created; the same request from the page passes")
  void cross_site_post_is_refused() {
    String session = signedIn(app);
    String token = Csrf.token(session);
    int before = app.created.get();

    HttpResponse<String> evil = SignInClient.post(app.base + "/api/boards", session, "https://evil.example", token, "{}");
    assertEquals(403, evil.statusCode());
    assertEquals("cross_site", new JsonObject(evil.body()).getString("error"));
    HttpResponse<String> noOrigin = SignInClient.post(app.base + "/api/boards", session, null, token, "{}");
    assertEquals("cross_site", new JsonObject(noOrigin.body()).getString("error"));
    HttpResponse<String> noToken = SignInClient.post(app.base + "/api/boards", session, app.base, null, "{}");
    assertEquals(403, noToken.statusCode());
    assertEquals("csrf_token", new JsonObject(noToken.body()).getString("error"));
    HttpResponse<String> wrongToken = SignInClient.post(app.base + "/api/boards", session, app.base, Csrf.token("x"), "{}");
    assertEquals("csrf_token", new JsonObject(wrongToken.body()).getString("error"));
    assertEquals(before, app.created.get(), "nothing created by a refused request");

    assertEquals(201, SignInClient.post(app.base + "/api/boards", session, app.base, token, "{}").statusCode());
    assertEquals(before + 1, app.created.get());
  }

  @Test
  @DisplayName("S5: with sign-in on, creating needs staff: no cookie or an unknown one is refused sign_in_required")
  void anonymous_cannot_create() {
    int before = app.created.get();
    HttpResponse<String> r = SignInClient.post(app.base + "/api/boards", null, app.base, null, "{}");
    assertEquals(401, r.statusCode());
    assertEquals("sign_in_required", new JsonObject(r.body()).getString("error"));
    HttpResponse<String> unknown = SignInClient.post(app.base + "/api/boards", "made-up", app.base, Csrf.token("made-up"), "{}");
    assertEquals(401, unknown.statusCode());
    assertEquals(before, app.created.get());
    assertEquals("anonymous", me(app, null).getString("kind"));
    assertTrue(me(app, null).getBoolean("signIn"));
  }

  // ---- S3: timeouts ----

  @Test
  @DisplayName("S3: a session unused for the idle timeout ends: /api/me is anonymous, creating is refused and the stored session is gone")
  void idle_timeout() {
    String session = signedIn(app);
    try {
      offset.set(TimeUnit.MINUTES.toMillis(119));
      assertEquals("staff", me(app, session).getString("kind"), "just inside the idle timeout");
      offset.addAndGet(TimeUnit.MINUTES.toMillis(119));
      assertEquals("staff", me(app, session).getString("kind"), "use moves the idle window on");
      offset.addAndGet(TimeUnit.MINUTES.toMillis(120));
      assertEquals("anonymous", me(app, session).getString("kind"));
      assertEquals(401, SignInClient.post(app.base + "/api/boards", session, app.base, Csrf.token(session), "{}").statusCode());
      assertEquals(0, db.db().getCollection("staff_sessions").countDocuments(new Document("_id", Tokens.hash(session))));
    } finally {
      offset.set(0);
    }
  }

  @Test
  @DisplayName("S3: a session in steady use still ends at the absolute timeout")
  void absolute_timeout() {
    String session = signedIn(app);
    try {
      for (int h = 1; h < 12; h++) {
        offset.set(TimeUnit.HOURS.toMillis(h));
        assertEquals("staff", me(app, session).getString("kind"), "hour " + h);
      }
      offset.set(TimeUnit.HOURS.toMillis(12));
      assertEquals("anonymous", me(app, session).getString("kind"));
    } finally {
      offset.set(0);
    }
  }

  // ---- S4: sign-out ----

  @Test
  @DisplayName("S4: sign-out needs the CSRF token, ends the session and sends the browser to the provider's end_session_endpoint")
  void sign_out() {
    String session = signedIn(app);
    HttpResponse<String> forged = SignInClient.post(app.base + "/auth/logout", session, "https://evil.example", null, "");
    assertEquals(403, forged.statusCode());
    assertEquals("staff", me(app, session).getString("kind"), "a cross-site sign-out does nothing");

    HttpResponse<String> out = SignInClient.post(app.base + "/auth/logout", session, app.base, Csrf.token(session), "");
    assertEquals(200, out.statusCode());
    String redirect = new JsonObject(out.body()).getString("redirect");
    assertTrue(redirect.startsWith(provider.issuer() + "/endsession?"), "the provider's end-session endpoint");
    Map<String, String> q = query(redirect);
    assertEquals(app.base + "/", q.get("post_logout_redirect_uri"));
    assertNotNull(q.get("id_token_hint"));
    assertTrue(SignInClient.setCookieHeader(out, Staff.COOKIE).contains("Max-Age=0"), "the cookie is cleared");
    assertEquals("anonymous", me(app, session).getString("kind"));
    assertEquals(401, SignInClient.post(app.base + "/api/boards", session, app.base, Csrf.token(session), "{}").statusCode());
    assertTrue(app.events.contains("out:staff"));
  }

  // ---- S8: logs ----

  @Test
  @DisplayName("S8: a sign-in, a refused one and a sign-out log no token, code, state, session id, name or email")
  void nothing_of_a_sign_in_is_logged() {
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream seen = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(new java.io.OutputStream() {
      @Override public void write(int b) { err.write(b); seen.write(b); }
      @Override public void write(byte[] b, int off, int len) { err.write(b, off, len); seen.write(b, off, len); }
    }, true));
    SignInClient.Hops hops;
    String session;
    try {
      provider.nextSignIn("sub-kari", staffClaims());
      hops = SignInClient.signIn(app.base);
      session = hops.session().orElseThrow();
      SignInClient.get(hops.callbackUrl(), AuthRoutes.BINDING + "=" + hops.binding()); // a replay, refused
      SignInClient.post(app.base + "/auth/logout", session, app.base, Csrf.token(session), "");
    } finally {
      System.setErr(err);
    }
    String logged = seen.toString(StandardCharsets.UTF_8);
    Map<String, String> callback = query(hops.callbackUrl());
    for (String secret : List.of(session, callback.get("code"), callback.get("state"), hops.binding(), "Kari", STAFF_EMAIL, "eyJ")) {
      assertFalse(logged.contains(secret), "the log holds a secret or a name");
    }
  }

  static Map<String, String> query(String url) {
    Map<String, String> out = new LinkedHashMap<>();
    String q = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
    for (String p : q.split("&")) {
      int eq = p.indexOf('=');
      if (eq > 0) out.put(p.substring(0, eq), URLDecoder.decode(p.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

}
