package org.samskap.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

/**
 * Rule S7: a request that changes something and is authenticated by the session cookie must
 * come from this server's own origin ({@code Origin}) and carry the session's CSRF token in
 * {@code X-CSRF-Token} (the page reads it from {@code GET /api/me}). The token is derived from
 * the session id, so it is never stored and dies with the session.
 */
public final class Csrf {
  public static final String HEADER = "X-CSRF-Token";

  private final String origin;

  Csrf(String publicUrl) {
    this.origin = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  static boolean changes(HttpMethod m) {
    return !(m == HttpMethod.GET || m == HttpMethod.HEAD || m == HttpMethod.OPTIONS);
  }

  /** The CSRF token of a session id. */
  public static String token(String sessionId) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(("samskap-csrf:" + sessionId).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Null if the request passes, else the refusal. */
  SignInRefused check(HttpServerRequest request, String sessionId) {
    String from = request.getHeader("Origin");
    if (from == null || !from.equals(origin)) {
      return new SignInRefused("cross_site", 403, "This request comes from another site and is refused.");
    }
    String sent = request.getHeader(HEADER);
    if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
        token(sessionId).getBytes(StandardCharsets.UTF_8))) {
      return new SignInRefused("csrf_token", 403, "This request lacks this page's CSRF token; reload the page.");
    }
    return null;
  }
}
