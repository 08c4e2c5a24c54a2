package org.samskap.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.impl.jose.JWK;
import io.vertx.ext.auth.impl.jose.JWT;
import io.vertx.ext.auth.oauth2.OAuth2Auth;
import io.vertx.ext.auth.oauth2.OAuth2AuthorizationURL;
import io.vertx.ext.auth.oauth2.OAuth2FlowType;
import io.vertx.ext.auth.oauth2.OAuth2Options;
import io.vertx.ext.auth.oauth2.Oauth2Credentials;
import io.vertx.ext.auth.oauth2.providers.OpenIDConnectAuth;

import org.samskap.config.SignInConfig;

/**
 * The provider, through vertx-auth-oauth2: discovery (once, again after a failure), the
 * authorize URL, the code exchange with its ID-token checks (signature against the provider's
 * keys, issuer, audience, authorised party) and the end-session URL. For
 * {@code private_key_jwt} it signs a fresh client assertion for each exchange.
 */
final class Oidc {
  /** Clock skew allowed on token times, in seconds. */
  static final int LEEWAY_SECONDS = 60;
  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private final Vertx vertx;
  private final SignInConfig config;
  private final String redirectUri;
  private final LongSupplier clock;
  private final JWT assertionSigner;
  private OAuth2Options options;
  private Future<OAuth2Auth> provider;

  Oidc(Vertx vertx, SignInConfig config, String redirectUri, LongSupplier clock) {
    this.vertx = vertx;
    this.config = config;
    this.redirectUri = redirectUri;
    this.clock = clock;
    this.assertionSigner = config.privateKey() == null ? null : signer(config);
  }

  private static JWT signer(SignInConfig config) {
    try {
      String pem = Files.readString(config.privateKey());
      return new JWT().addJWK(new JWK(new PubSecKeyOptions().setAlgorithm("RS256").setBuffer(pem)
          .setId(config.privateKeyId())));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("SAMSKAP_OIDC_PRIVATE_KEY must be a readable PKCS#8 PEM RSA private key: "
          + e.getClass().getSimpleName());
    }
  }

  String redirectUri() {
    return redirectUri;
  }

  /** The discovered provider; discovery runs again on the next call after it failed. */
  Future<OAuth2Auth> provider() {
    if (provider == null || provider.failed()) {
      options = new OAuth2Options()
          .setSite(config.site())
          .setClientId(config.clientId())
          .setClientSecret(config.clientSecret())
          .setValidateIssuer(true)
          .setJWTOptions(new JWTOptions().setLeeway(LEEWAY_SECONDS));
      // a token signed with a key the provider has newly rotated in: fetch its key set again
      provider = OpenIDConnectAuth.discover(vertx, options)
          .onSuccess(auth -> auth.missingKeyHandler(kid -> auth.jWKSet()));
    }
    return provider;
  }

  String authorizeUrl(OAuth2Auth auth, String state, String nonce, String challenge) {
    OAuth2AuthorizationURL url = new OAuth2AuthorizationURL()
        .setRedirectUri(redirectUri)
        .setScopes(List.copyOf(config.scopes()))
        .setState(state)
        .setCodeChallenge(challenge)
        .setCodeChallengeMethod("S256");
    for (Map.Entry<String, String> e : config.authorizeParams().entrySet()) url.putAdditionalParameter(e.getKey(), e.getValue());
    url.putAdditionalParameter("nonce", nonce);
    return auth.authorizeURL(url);
  }

  /** Exchanges the code; the user's {@code idToken} attribute is set only if the ID token checked out. */
  Future<User> exchange(OAuth2Auth auth, String code, String verifier) {
    if (assertionSigner != null) {
      // read synchronously into the token request by the call below (same event loop, no interleaving)
      options.setExtraParameters(new JsonObject().put("client_assertion_type", ASSERTION_TYPE)
          .put("client_assertion", assertion()));
    }
    return auth.authenticate(new Oauth2Credentials().setFlow(OAuth2FlowType.AUTH_CODE).setCode(code)
        .setRedirectUri(redirectUri).setCodeVerifier(verifier));
  }

  /** RFC 7523 client assertion: iss = sub = client id, aud = issuer (or the set audience), 2 minutes. */
  private String assertion() {
    long now = clock.getAsLong() / 1000;
    String aud = config.assertionAudience() != null ? config.assertionAudience() : config.issuer();
    JsonObject claims = new JsonObject().put("iss", config.clientId()).put("sub", config.clientId()).put("aud", aud)
        .put("jti", UUID.randomUUID().toString()).put("iat", now).put("exp", now + 120);
    return assertionSigner.sign(claims, new JWTOptions().setAlgorithm("RS256"));
  }

  /** The provider's end-session URL for this ID token, or null when the provider has none. */
  String endSessionUrl(OAuth2Auth auth, String idToken, String afterSignOut) {
    JsonObject params = new JsonObject().put("client_id", config.clientId()).put("post_logout_redirect_uri", afterSignOut);
    return auth.endSessionURL(User.create(idToken == null ? new JsonObject() : new JsonObject().put("id_token", idToken)), params);
  }
}
