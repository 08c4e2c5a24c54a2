package org.samskap.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Staff sign-in with OpenID Connect (docs/API.md S rules; docs/OPERATIONS.md, "Staff sign-in";
 * README, "Settings"). Off while {@code SAMSKAP_OIDC_ISSUER} is unset: then Samskap works by
 * board links only, as it always has.
 *
 * @param issuer {@code SAMSKAP_OIDC_ISSUER}: the provider's issuer URL; discovery reads
 *     {@code <issuer>/.well-known/openid-configuration}
 * @param clientId {@code SAMSKAP_OIDC_CLIENT_ID}
 * @param clientSecret {@code SAMSKAP_OIDC_CLIENT_SECRET} ({@code client_secret_post}), or null
 * @param privateKey {@code SAMSKAP_OIDC_PRIVATE_KEY}: a PKCS#8 PEM file whose key signs a
 *     fresh {@code private_key_jwt} client assertion for each code exchange, or null
 * @param privateKeyId {@code SAMSKAP_OIDC_PRIVATE_KEY_ID}: the {@code kid} the provider knows
 *     the key by
 * @param assertionAudience {@code SAMSKAP_OIDC_ASSERTION_AUDIENCE}: the {@code aud} of the
 *     client assertion; null means the issuer
 * @param scopes {@code SAMSKAP_OIDC_SCOPES}, space or comma separated
 * @param authorizeParams {@code SAMSKAP_OIDC_AUTHORIZE_PARAMS}: extra authorize parameters
 *     like a query string, e.g. {@code acr_values=idporten-loa-substantial&ui_locales=nb}
 * @param acceptedAcr {@code SAMSKAP_OIDC_ACR}: the {@code acr} values the ID token must carry
 *     one of; empty: not checked
 * @param emailDomains {@code SAMSKAP_OIDC_EMAIL_DOMAINS}: staff must have an email in one
 * @param roleClaim {@code SAMSKAP_OIDC_ROLE_CLAIM}: the claim (a dotted path such as
 *     {@code realm_access.roles}) that holds a person's groups or roles
 * @param staffRoles {@code SAMSKAP_OIDC_STAFF_ROLES}: values of the role claim that make
 *     someone staff; {@code *}: everyone the provider signs in (and the email rule lets in)
 * @param adminRoles {@code SAMSKAP_OIDC_ADMIN_ROLES}: values that make someone an administrator
 * @param idleMinutes {@code SAMSKAP_SESSION_IDLE_MINUTES}: a session unused this long ends
 * @param absoluteHours {@code SAMSKAP_SESSION_MAX_HOURS}: a session ends this long after sign-in
 */
public record SignInConfig(
    String issuer,
    String clientId,
    String clientSecret,
    Path privateKey,
    String privateKeyId,
    String assertionAudience,
    List<String> scopes,
    Map<String, String> authorizeParams,
    List<String> acceptedAcr,
    List<String> emailDomains,
    String roleClaim,
    List<String> staffRoles,
    List<String> adminRoles,
    int idleMinutes,
    int absoluteHours) {

  public static final String DEFAULT_SCOPES = "openid profile email";
  public static final int DEFAULT_IDLE_MINUTES = 120;
  public static final int DEFAULT_ABSOLUTE_HOURS = 12;
  /** The value of {@code SAMSKAP_OIDC_STAFF_ROLES} that makes everyone the provider signs in staff. */
  public static final String ANYONE = "*";

  public SignInConfig {
    scopes = scopes == null ? List.of() : List.copyOf(scopes);
    authorizeParams = authorizeParams == null ? Map.of() : Map.copyOf(authorizeParams);
    acceptedAcr = acceptedAcr == null ? List.of() : List.copyOf(acceptedAcr);
    emailDomains = emailDomains == null ? List.of()
        : emailDomains.stream().map(d -> d.startsWith("@") ? d.substring(1) : d).map(String::toLowerCase).toList();
    staffRoles = staffRoles == null ? List.of() : List.copyOf(staffRoles);
    adminRoles = adminRoles == null ? List.of() : List.copyOf(adminRoles);
    SamskapConfig.requireRange("SAMSKAP_SESSION_IDLE_MINUTES", idleMinutes, 1, 7 * 24 * 60);
    SamskapConfig.requireRange("SAMSKAP_SESSION_MAX_HOURS", absoluteHours, 1, 30 * 24);
    if (issuer != null) {
      if (!issuer.startsWith("https://") && !issuer.startsWith("http://")) {
        throw new IllegalArgumentException("SAMSKAP_OIDC_ISSUER must be an http(s) URL, was '" + issuer + "'");
      }
      if (clientId == null) throw new IllegalArgumentException("SAMSKAP_OIDC_CLIENT_ID must be set with SAMSKAP_OIDC_ISSUER");
      if ((clientSecret == null) == (privateKey == null)) {
        throw new IllegalArgumentException(
            "set one of SAMSKAP_OIDC_CLIENT_SECRET and SAMSKAP_OIDC_PRIVATE_KEY with SAMSKAP_OIDC_ISSUER");
      }
      if (!scopes.contains("openid")) throw new IllegalArgumentException("SAMSKAP_OIDC_SCOPES must include openid");
      if (emailDomains.isEmpty() && staffRoles.isEmpty()) {
        throw new IllegalArgumentException("SAMSKAP_OIDC_EMAIL_DOMAINS or SAMSKAP_OIDC_STAFF_ROLES must say who is staff"
            + " (SAMSKAP_OIDC_STAFF_ROLES=* lets in everyone the provider signs in)");
      }
      boolean namedRoles = staffRoles.stream().anyMatch(r -> !r.equals(ANYONE)) || !adminRoles.isEmpty();
      if (namedRoles && roleClaim == null) {
        throw new IllegalArgumentException("SAMSKAP_OIDC_ROLE_CLAIM must name the claim that holds the roles");
      }
      for (String reserved : List.of("state", "nonce", "code_challenge", "code_challenge_method", "redirect_uri",
          "client_id", "response_type", "scope")) {
        if (authorizeParams.containsKey(reserved)) {
          throw new IllegalArgumentException("SAMSKAP_OIDC_AUTHORIZE_PARAMS must not set " + reserved);
        }
      }
    }
  }

  /** Sign-in off. */
  public static SignInConfig off() {
    return fromEnv(Map.of());
  }

  public boolean enabled() {
    return issuer != null;
  }

  /** The issuer as discovery compares it: without a trailing slash. */
  public String site() {
    return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
  }

  static SignInConfig fromEnv(Map<String, String> env) {
    String key = string(env, "SAMSKAP_OIDC_PRIVATE_KEY");
    return new SignInConfig(
        string(env, "SAMSKAP_OIDC_ISSUER"),
        string(env, "SAMSKAP_OIDC_CLIENT_ID"),
        string(env, "SAMSKAP_OIDC_CLIENT_SECRET"),
        key == null ? null : Path.of(key),
        string(env, "SAMSKAP_OIDC_PRIVATE_KEY_ID"),
        string(env, "SAMSKAP_OIDC_ASSERTION_AUDIENCE"),
        list(env, "SAMSKAP_OIDC_SCOPES", DEFAULT_SCOPES, "[\\s,]+"),
        params(string(env, "SAMSKAP_OIDC_AUTHORIZE_PARAMS")),
        list(env, "SAMSKAP_OIDC_ACR", "", ","),
        list(env, "SAMSKAP_OIDC_EMAIL_DOMAINS", "", ","),
        string(env, "SAMSKAP_OIDC_ROLE_CLAIM"),
        list(env, "SAMSKAP_OIDC_STAFF_ROLES", "", ","),
        list(env, "SAMSKAP_OIDC_ADMIN_ROLES", "", ","),
        SamskapConfig.intVar(env, "SAMSKAP_SESSION_IDLE_MINUTES", DEFAULT_IDLE_MINUTES),
        SamskapConfig.intVar(env, "SAMSKAP_SESSION_MAX_HOURS", DEFAULT_ABSOLUTE_HOURS));
  }

  private static String string(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v.trim();
  }

  private static List<String> list(Map<String, String> env, String name, String fallback, String separator) {
    String v = string(env, name);
    if (v == null) v = fallback;
    return Arrays.stream(v.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** {@code a=b&c=d} into an ordered map; a part without {@code =} is refused with its text. */
  static Map<String, String> params(String query) {
    Map<String, String> out = new LinkedHashMap<>();
    if (query == null) return out;
    for (String part : query.split("&")) {
      if (part.isBlank()) continue;
      int eq = part.indexOf('=');
      if (eq <= 0) throw new IllegalArgumentException("SAMSKAP_OIDC_AUTHORIZE_PARAMS must look like a=b&c=d, had '" + part + "'");
      out.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
    }
    return out;
  }
  /** The settings without the client secret (only whether one is set). */
  @Override
  public String toString() {
    return "SignInConfig[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "null" : "(set)")
        + ", privateKey=" + privateKey + ", privateKeyId=" + privateKeyId + ", assertionAudience=" + assertionAudience
        + ", scopes=" + scopes + ", authorizeParams=" + authorizeParams + ", acceptedAcr=" + acceptedAcr
        + ", emailDomains=" + emailDomains + ", roleClaim=" + roleClaim + ", staffRoles=" + staffRoles
        + ", adminRoles=" + adminRoles + ", idleMinutes=" + idleMinutes + ", absoluteHours=" + absoluteHours + "]";
  }
}
