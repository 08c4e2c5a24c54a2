package org.samskap.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.impl.jose.JWT;
import io.vertx.ext.auth.oauth2.OAuth2Auth;

import org.samskap.config.SignInConfig;
import org.samskap.util.RandomIds;
import org.samskap.util.Tokens;

/**
 * Staff sign-in (docs/API.md S1-S4, S6): begins a sign-in, finishes it from the provider's
 * answer with every check of the ID token, keeps sessions with an idle and an absolute
 * timeout, and ends them. Time comes from the server's clock; nothing here logs a token, code
 * or name.
 */
public final class SignInService {
  /** How long a sign-in may take between login and callback (S2). */
  static final long ATTEMPT_MILLIS = 10 * 60_000L;
  /** A session's {@code lastSeenAt} is written at most this often (S3). */
  static final long TOUCH_EVERY_MILLIS = 60_000L;

  private final SignInConfig config;
  private final Oidc oidc;
  private final SessionStore store;
  private final LongSupplier clock;
  private final SignInEvents events;
  private final String afterSignOut;

  SignInService(SignInConfig config, Oidc oidc, SessionStore store, LongSupplier clock, SignInEvents events, String publicUrl) {
    this.config = config;
    this.oidc = oidc;
    this.store = store;
    this.clock = clock;
    this.events = events;
    this.afterSignOut = publicUrl + "/";
  }

  /** Where the browser goes to sign in, and the value of the browser-binding cookie to set. */
  public record Begun(String authorizeUrl, String browserSecret) {}

  /** A new session: the id for the cookie (shown only now) and who signed in. */
  public record Started(String sessionId, Principal principal, String returnTo) {}

  /** Rule S1: fresh state, nonce, PKCE verifier and browser binding, stored before the redirect. */
  public Future<Begun> begin(String returnTo) {
    String state = RandomIds.of(32);
    String nonce = RandomIds.of(32);
    String verifier = RandomIds.of(48);
    String browser = RandomIds.of(32);
    long now = clock.getAsLong();
    return oidc.provider().compose(auth -> {
      String url = oidc.authorizeUrl(auth, state, nonce, challenge(verifier));
      SignInAttempt attempt = new SignInAttempt(Tokens.hash(state), Tokens.hash(browser), Tokens.hash(nonce), verifier,
          safeReturn(returnTo), now);
      return store.saveAttempt(attempt).map(v -> new Begun(url, browser));
    });
  }

  /**
   * Rules S2 and S6: the provider's answer becomes a session only if every check holds, in this
   * order: the state is known, unused, fresh and was begun in this browser; the provider sent a
   * code; the code exchange succeeds (PKCE); the ID token's signature, issuer and audience hold
   * (the library); its expiry, nonce and acr hold (here); the person is staff.
   */
  public Future<Started> finish(String state, String code, String providerError, String browserSecret) {
    return finish(state, code, providerError, browserSecret, null);
  }

  /** As above; {@code address} is the client's, for the audit hook (S10). */
  public Future<Started> finish(String state, String code, String providerError, String browserSecret, String address) {
    if (state == null || state.isEmpty()) return refused("state_missing", "The sign-in answer has no state.");
    long now = clock.getAsLong();
    return store.takeAttempt(Tokens.hash(state)).compose(found -> {
      if (found.isEmpty()) {
        return refused("state_unknown", "This sign-in is unknown or was already used; start again.");
      }
      SignInAttempt a = found.get();
      if (now - a.createdAt() > ATTEMPT_MILLIS) return refused("state_expired", "This sign-in took too long; start again.");
      if (browserSecret == null || !Tokens.hash(browserSecret).equals(a.browserHash())) {
        return refused("browser_mismatch", "This sign-in was begun in another browser; start again here.");
      }
      if (providerError != null) return refused("provider_refused", "The identity provider did not sign you in.");
      if (code == null || code.isEmpty()) return refused("code_missing", "The sign-in answer has no code.");
      return oidc.provider().compose(auth -> oidc.exchange(auth, code, a.verifier())
          .recover(e -> e instanceof SignInRefused ? Future.failedFuture(e)
              : refused("code_refused", "The identity provider refused the sign-in code."))
          .compose(user -> withUserInfo(auth, user))
          .compose(claims -> start(claims, a, now, address)));
    }).onFailure(e -> {
      if (e instanceof SignInRefused r) events.refused(r.code(), now, address);
    });
  }

  /** The checked ID token's claims, with name and email from userinfo when the ID token lacks them. */
  private Future<JsonObject> withUserInfo(OAuth2Auth auth, User user) {
    String raw = user.principal().getString("id_token");
    if (raw == null) return refused("id_token_missing", "The identity provider sent no ID token.");
    JsonObject idToken = user.attributes().getJsonObject("idToken");
    if (idToken == null) return Future.failedFuture(whyInvalid(raw));
    JsonObject claims = idToken.copy().put("__raw", raw);
    if (idToken.containsKey("email") && idToken.containsKey("name")) return Future.succeededFuture(claims);
    return auth.userInfo(user).map(info -> {
      for (String k : info.fieldNames()) if (!claims.containsKey(k)) claims.put(k, info.getValue(k));
      return claims;
    }).otherwise(claims);
  }

  /**
   * The library leaves out an ID token whose signature, issuer or audience failed; say which
   * (read from the unverified token only to name the refusal: it is refused either way).
   */
  private SignInRefused whyInvalid(String raw) {
    try {
      JsonObject payload = JWT.parse(raw).getJsonObject("payload");
      String iss = payload.getString("iss");
      if (iss == null || !trim(iss).equals(config.site())) {
        return SignInRefused.of("issuer_mismatch", "The ID token comes from another issuer.");
      }
      Object aud = payload.getValue("aud");
      boolean ours = aud instanceof String s ? s.equals(config.clientId())
          : aud instanceof JsonArray arr && arr.contains(config.clientId());
      if (!ours) return SignInRefused.of("audience_mismatch", "The ID token is meant for another client.");
    } catch (RuntimeException e) {
      // not even readable: a bad signature is the answer
    }
    return SignInRefused.of("signature_invalid", "The ID token's signature does not check out.");
  }

  private Future<Started> start(JsonObject claims, SignInAttempt a, long now, String address) {
    Long exp = claims.getValue("exp") instanceof Number n ? n.longValue() : null;
    if (exp == null || now / 1000 - Oidc.LEEWAY_SECONDS >= exp) {
      return refused("id_token_expired", "The ID token has expired.");
    }
    String nonce = claims.getValue("nonce") instanceof String s ? s : null;
    if (nonce == null || !Tokens.hash(nonce).equals(a.nonceHash())) {
      return refused("nonce_mismatch", "The ID token was not issued for this sign-in.");
    }
    if (!config.acceptedAcr().isEmpty()) {
      String acr = claims.getValue("acr") instanceof String s ? s : null;
      if (acr == null) return refused("acr_missing", "The ID token does not say how you signed in (acr).");
      if (!config.acceptedAcr().contains(acr)) {
        return refused("acr_not_accepted", "You signed in at a lower level of assurance than this server requires.");
      }
    }
    String sub = claims.getValue("sub") instanceof String s ? s : null;
    if (sub == null || sub.isEmpty()) return refused("subject_missing", "The ID token names nobody (no sub).");
    Optional<Principal.Kind> kind = StaffRules.kindOf(claims, config);
    if (kind.isEmpty()) return refused("not_staff", "You are signed in with the provider but are not staff of this server.");
    Principal who = new Principal(kind.get(), sub, StaffRules.name(claims), StaffRules.email(claims));
    String id = RandomIds.of(32);
    StaffSession session = new StaffSession(Tokens.hash(id), who, now, now, claims.getString("__raw"));
    return store.saveSession(session).map(v -> {
      events.signedIn(who, now, address);
      store.purge(now - ATTEMPT_MILLIS, now - idleMillis(), now - absoluteMillis());
      return new Started(id, who, a.returnTo());
    });
  }

  /** Rule S3: the live session of this id, or empty; a session past a timeout is deleted. */
  public Future<Optional<StaffSession>> session(String sessionId) {
    if (sessionId == null || sessionId.isEmpty() || sessionId.length() > 100) return Future.succeededFuture(Optional.empty());
    String hash = Tokens.hash(sessionId);
    return store.findSession(hash).compose(found -> {
      if (found.isEmpty()) return Future.succeededFuture(Optional.<StaffSession>empty());
      StaffSession s = found.get();
      long now = clock.getAsLong();
      if (now - s.createdAt() >= absoluteMillis() || now - s.lastSeenAt() >= idleMillis()) {
        return store.deleteSession(hash).map(v -> Optional.<StaffSession>empty());
      }
      if (now - s.lastSeenAt() < TOUCH_EVERY_MILLIS) return Future.succeededFuture(Optional.of(s));
      return store.touchSession(hash, now).map(v -> Optional.of(s.seenAt(now)));
    });
  }

  /** Rule S4: ends the session here; answers where the browser goes next (the provider's end-session page or /). */
  public Future<String> signOut(String sessionId) {
    return signOut(sessionId, null);
  }

  /** As above; {@code address} is the client's, for the audit hook (S10). */
  public Future<String> signOut(String sessionId, String address) {
    if (sessionId == null || sessionId.isEmpty()) return Future.succeededFuture(afterSignOut);
    String hash = Tokens.hash(sessionId);
    long now = clock.getAsLong();
    return store.findSession(hash).compose(found -> store.deleteSession(hash).compose(v -> {
      if (found.isEmpty()) return Future.succeededFuture(afterSignOut);
      events.signedOut(found.get().principal(), now, address);
      return oidc.provider()
          .map(auth -> {
            String url = oidc.endSessionUrl(auth, found.get().idToken(), afterSignOut);
            return url == null ? afterSignOut : url;
          })
          .otherwise(afterSignOut);
    }));
  }

  long idleMillis() {
    return config.idleMinutes() * 60_000L;
  }

  long absoluteMillis() {
    return config.absoluteHours() * 3_600_000L;
  }

  /** A local path to return to after sign-in; anything else (another host, //x, \) becomes /. */
  static String safeReturn(String returnTo) {
    if (returnTo == null || returnTo.length() > 512 || !returnTo.startsWith("/") || returnTo.startsWith("//")
        || returnTo.contains("\\")) {
      return "/";
    }
    for (int i = 0; i < returnTo.length(); i++) if (returnTo.charAt(i) < 0x21 || returnTo.charAt(i) == 0x7f) return "/";
    return returnTo;
  }

  /** PKCE S256: base64url(SHA-256(verifier)). */
  static String challenge(String verifier) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String trim(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  private static <T> Future<T> refused(String code, String message) {
    return Future.failedFuture(SignInRefused.of(code, message));
  }

  static Set<String> strings(Object v) {
    Set<String> out = new LinkedHashSet<>();
    if (v instanceof String s) out.add(s);
    else if (v instanceof JsonArray a) for (Object o : a) if (o instanceof String s) out.add(s);
    return out;
  }
}
