package org.samskap.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import com.nimbusds.oauth2.sdk.TokenRequest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * A real OpenID Connect provider for sign-in tests: navikt's mock-oauth2-server (discovery,
 * PKCE, RS256-signed tokens) on a free port, reached through a small pass-through proxy on
 * another free port. The proxy keeps the {@code Host} header, so the issuer and every endpoint
 * are the proxy's; it records each token request's form and can rewrite the next token
 * response, to play a provider (or a network) that sends a forged or odd token.
 */
public final class OidcProvider implements AutoCloseable {
  public static final String ISSUER_ID = "default";

  private final Vertx vertx = Vertx.vertx();
  /** Who the provider signs in next, and with what claims: every token request until changed. */
  private final AtomicReference<Person> next = new AtomicReference<>(new Person("nobody", Map.of(), 3600));
  private final MockOAuth2Server mock = new MockOAuth2Server(new OAuth2Config(false, null, null, false,
      new OAuth2TokenProvider(), java.util.Set.of(new Callback()), new MockWebServerWrapper()));
  private final HttpServer proxy;
  private final AtomicReference<UnaryOperator<JsonObject>> nextTokenRewrite = new AtomicReference<>();
  private final List<String> tokenRequests = new CopyOnWriteArrayList<>();

  private OidcProvider() {
    mock.start();
    HttpClient client = vertx.createHttpClient();
    int target = mock.url("/").port();
    proxy = TestServer.await(vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
      RequestOptions o = new RequestOptions().setMethod(req.method()).setHost("localhost").setPort(target)
          .setURI(req.uri());
      req.headers().forEach(h -> o.putHeader(h.getKey(), h.getValue()));
      boolean token = req.path().endsWith("/token");
      if (token) tokenRequests.add(body.toString());
      client.request(o).compose(out -> out.send(body)).compose(res -> res.body().map(b -> {
        Buffer sent = b;
        UnaryOperator<JsonObject> rewrite = token && res.statusCode() == 200 ? nextTokenRewrite.getAndSet(null) : null;
        if (rewrite != null) sent = Buffer.buffer(rewrite.apply(new JsonObject(b)).encode());
        req.response().setStatusCode(res.statusCode());
        res.headers().forEach(h -> {
          if (!h.getKey().equalsIgnoreCase("Content-Length") && !h.getKey().equalsIgnoreCase("Transfer-Encoding")) {
            req.response().putHeader(h.getKey(), h.getValue());
          }
        });
        req.response().end(sent);
        return null;
      })).onFailure(e -> req.response().setStatusCode(502).end());
    })).listen(0, "localhost").toCompletionStage().toCompletableFuture());
  }

  public static OidcProvider start() {
    return new OidcProvider();
  }

  /** A port free just now, for a server whose public URL must be known before it starts. */
  public static int freePort() {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Settings for a Samskap server on {@code port} that signs staff in here: client
   * {@code samskap}, staff are people with an email at kommune.no, administrators have the role
   * {@code samskap-admin} in the {@code roles} claim.
   */
  public Map<String, String> settings(int port) {
    return Map.of("SAMSKAP_HTTP_PORT", Integer.toString(port),
        "SAMSKAP_PUBLIC_URL", "http://localhost:" + port,
        "SAMSKAP_OIDC_ISSUER", issuer(),
        "SAMSKAP_OIDC_CLIENT_ID", "samskap",
        "SAMSKAP_OIDC_CLIENT_SECRET", "not-a-real-secret",
        "SAMSKAP_OIDC_EMAIL_DOMAINS", "kommune.no",
        "SAMSKAP_OIDC_ROLE_CLAIM", "roles",
        "SAMSKAP_OIDC_ADMIN_ROLES", "samskap-admin");
  }

  /** The issuer URL to set as SAMSKAP_OIDC_ISSUER. */
  public String issuer() {
    return "http://localhost:" + proxy.actualPort() + "/" + ISSUER_ID;
  }

  /** The next token the provider issues is for {@code sub} with these claims (and its usual ones: iss, aud, nonce, exp). */
  public void nextSignIn(String sub, Map<String, Object> claims) {
    nextSignIn(sub, claims, 3600);
  }

  /** The next token the provider issues lives {@code seconds} (negative: expired already). */
  public void nextSignIn(String sub, Map<String, Object> claims, long seconds) {
    next.set(new Person(sub, Map.copyOf(claims), seconds));
  }

  /** Rewrites the next successful token response (e.g. to forge its ID token). */
  public void rewriteNextToken(UnaryOperator<JsonObject> rewrite) {
    nextTokenRewrite.set(rewrite);
  }

  /** Form bodies of the token requests so far (they hold codes and verifiers: never print them). */
  public List<String> tokenRequests() {
    return tokenRequests;
  }

  private record Person(String sub, Map<String, Object> claims, long seconds) {}

  /** The provider's token contents: the person set by {@link #nextSignIn}; claims override the defaults. */
  private final class Callback implements OAuth2TokenCallback {
    @Override public String issuerId() { return ISSUER_ID; }
    @Override public String subject(TokenRequest r) { return next.get().sub(); }
    @Override public String typeHeader(TokenRequest r) { return "JWT"; }
    @Override public List<String> audience(TokenRequest r) { return List.of("some-api"); }
    @Override public Map<String, Object> addClaims(TokenRequest r) {
      Map<String, Object> c = new java.util.LinkedHashMap<>();
      c.put("azp", no.nav.security.mock.oauth2.extensions.NimbusExtensionsKt.clientIdAsString(r));
      c.putAll(next.get().claims());
      return c;
    }
    @Override public long tokenExpiry() { return next.get().seconds(); }
  }

  @Override
  public void close() {
    mock.shutdown();
    TestServer.await(vertx.close().toCompletionStage().toCompletableFuture());
  }
}
