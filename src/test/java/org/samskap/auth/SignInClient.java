package org.samskap.auth;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A browser's part of a sign-in, over plain HTTP with cookies kept by hand and no redirect
 * followed: so a test sees every hop (login, the provider's authorize, the callback) and can
 * replay, drop or alter one.
 */
final class SignInClient {
  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(10)).build();

  /** A sign-in's hops: the binding cookie, the authorize URL, the callback URL and the callback's answer. */
  record Hops(String binding, String authorizeUrl, String callbackUrl, HttpResponse<String> callback) {
    /** The session cookie's value, if the callback set one. */
    Optional<String> session() {
      return setCookie(callback, Staff.COOKIE).filter(v -> !v.isEmpty());
    }

    /** Where the callback sent the browser. */
    String location() {
      return callback.headers().firstValue("Location").orElse("");
    }
  }

  static Hops signIn(String base) {
    HttpResponse<String> login = get(base + "/auth/login?return=/after", null);
    if (login.statusCode() != 303) throw new AssertionError("login answered " + login.statusCode());
    String binding = setCookie(login, AuthRoutes.BINDING).orElseThrow();
    String authorize = login.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> az = get(authorize, null);
    String callback = az.headers().firstValue("Location").orElseThrow(() -> new AssertionError("provider answered " + az.statusCode()));
    return new Hops(binding, authorize, callback, get(callback, AuthRoutes.BINDING + "=" + binding));
  }

  static HttpResponse<String> get(String url, String cookie) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
    if (cookie != null) b.header("Cookie", cookie);
    return send(b.build());
  }

  /** A POST with the session cookie, an Origin (null: none) and a CSRF token (null: none). */
  static HttpResponse<String> post(String url, String session, String origin, String csrf, String json) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (session != null) b.header("Cookie", Staff.COOKIE + "=" + session);
    if (origin != null) b.header("Origin", origin);
    if (csrf != null) b.header(Csrf.HEADER, csrf);
    return send(b.build());
  }

  static HttpResponse<String> me(String base, String session) {
    return get(base + "/api/me", session == null ? null : Staff.COOKIE + "=" + session);
  }

  static Optional<String> setCookie(HttpResponse<?> r, String name) {
    for (String h : r.headers().allValues("Set-Cookie")) {
      if (h.startsWith(name + "=")) return Optional.of(h.substring(name.length() + 1, h.indexOf(';') < 0 ? h.length() : h.indexOf(';')));
    }
    return Optional.empty();
  }

  static String setCookieHeader(HttpResponse<?> r, String name) {
    return r.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith(name + "=")).findFirst().orElse("");
  }

  private static HttpResponse<String> send(HttpRequest req) {
    try {
      return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
