package org.samskap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The sign-in settings (docs/API.md S1, S6; README): parsing, defaults and the exact refusals. */
class SignInConfigTest {
  static Map<String, String> on(String... more) {
    Map<String, String> env = new HashMap<>(Map.of(
        "SAMSKAP_PUBLIC_URL", "https://samskap.kommune.no",
        "SAMSKAP_OIDC_ISSUER", "https://sso.kommune.no/realms/kommune",
        "SAMSKAP_OIDC_CLIENT_ID", "samskap",
        "SAMSKAP_OIDC_CLIENT_SECRET", "s",
        "SAMSKAP_OIDC_EMAIL_DOMAINS", "@Kommune.no, skole.kommune.no"));
    for (int i = 0; i < more.length; i += 2) {
      if (more[i + 1] == null) env.remove(more[i]);
      else env.put(more[i], more[i + 1]);
    }
    return env;
  }

  static String error(Map<String, String> env) {
    return assertThrows(IllegalArgumentException.class, () -> SamskapConfig.fromEnv(env)).getMessage();
  }

  @Test
  @DisplayName("unset issuer: sign-in is off and nothing else about it is required")
  void off_by_default() {
    SignInConfig c = SamskapConfig.defaults().signIn();
    assertFalse(c.enabled());
    assertEquals(SignInConfig.DEFAULT_IDLE_MINUTES, c.idleMinutes());
    assertEquals(SignInConfig.DEFAULT_ABSOLUTE_HOURS, c.absoluteHours());
  }

  @Test
  @DisplayName("a full configuration is read: scopes, authorize parameters in order, acr, domains without @ and in lower case")
  void reads_everything() {
    SignInConfig c = SamskapConfig.fromEnv(on("SAMSKAP_OIDC_SCOPES", "openid, profile email",
        "SAMSKAP_OIDC_AUTHORIZE_PARAMS", "acr_values=idporten-loa-substantial&ui_locales=nb",
        "SAMSKAP_OIDC_ACR", "idporten-loa-substantial,idporten-loa-high",
        "SAMSKAP_SESSION_IDLE_MINUTES", "30", "SAMSKAP_SESSION_MAX_HOURS", "8")).signIn();
    assertTrue(c.enabled());
    assertEquals(List.of("openid", "profile", "email"), c.scopes());
    assertEquals(List.of("acr_values", "ui_locales"), List.copyOf(SignInConfig.params(
        "acr_values=idporten-loa-substantial&ui_locales=nb").keySet()));
    assertEquals("nb", c.authorizeParams().get("ui_locales"));
    assertEquals(List.of("idporten-loa-substantial", "idporten-loa-high"), c.acceptedAcr());
    assertEquals(List.of("kommune.no", "skole.kommune.no"), c.emailDomains());
    assertEquals(30, c.idleMinutes());
    assertEquals(8, c.absoluteHours());
    assertEquals("https://sso.kommune.no/realms/kommune", c.site());
  }

  @Test
  @DisplayName("each missing or contradictory sign-in setting is refused with its exact message")
  void refusals() {
    assertEquals("SAMSKAP_PUBLIC_URL must be set to this server's origin, such as https://samskap.example.no, when "
        + "SAMSKAP_OIDC_ISSUER is set: the provider sends people back to it", error(on("SAMSKAP_PUBLIC_URL", null)));
    assertEquals("SAMSKAP_OIDC_CLIENT_ID must be set with SAMSKAP_OIDC_ISSUER", error(on("SAMSKAP_OIDC_CLIENT_ID", null)));
    assertEquals("set one of SAMSKAP_OIDC_CLIENT_SECRET and SAMSKAP_OIDC_PRIVATE_KEY with SAMSKAP_OIDC_ISSUER",
        error(on("SAMSKAP_OIDC_CLIENT_SECRET", null)));
    assertEquals("set one of SAMSKAP_OIDC_CLIENT_SECRET and SAMSKAP_OIDC_PRIVATE_KEY with SAMSKAP_OIDC_ISSUER",
        error(on("SAMSKAP_OIDC_PRIVATE_KEY", "/nowhere.pem")));
    assertEquals("SAMSKAP_OIDC_SCOPES must include openid", error(on("SAMSKAP_OIDC_SCOPES", "profile email")));
    assertEquals("SAMSKAP_OIDC_EMAIL_DOMAINS or SAMSKAP_OIDC_STAFF_ROLES must say who is staff"
        + " (SAMSKAP_OIDC_STAFF_ROLES=* lets in everyone the provider signs in)", error(on("SAMSKAP_OIDC_EMAIL_DOMAINS", null)));
    assertEquals("SAMSKAP_OIDC_ROLE_CLAIM must name the claim that holds the roles",
        error(on("SAMSKAP_OIDC_ADMIN_ROLES", "admin")));
    assertEquals("SAMSKAP_OIDC_AUTHORIZE_PARAMS must not set nonce",
        error(on("SAMSKAP_OIDC_AUTHORIZE_PARAMS", "nonce=fixed")));
    assertEquals("SAMSKAP_OIDC_AUTHORIZE_PARAMS must look like a=b&c=d, had 'acr_values'",
        error(on("SAMSKAP_OIDC_AUTHORIZE_PARAMS", "acr_values")));
    assertEquals("SAMSKAP_OIDC_ISSUER must be an http(s) URL, was 'sso.kommune.no'", error(on("SAMSKAP_OIDC_ISSUER", "sso.kommune.no")));
    assertEquals("SAMSKAP_SESSION_IDLE_MINUTES must be between 1 and 10080, was 0", error(on("SAMSKAP_SESSION_IDLE_MINUTES", "0")));
  }

  @Test
  @DisplayName("SAMSKAP_OIDC_STAFF_ROLES=* needs no role claim; the sign-in settings survive the withers")
  void anyone_and_withers() {
    SamskapConfig c = SamskapConfig.fromEnv(on("SAMSKAP_OIDC_EMAIL_DOMAINS", null, "SAMSKAP_OIDC_STAFF_ROLES", "*"));
    assertEquals(List.of("*"), c.signIn().staffRoles());
    assertEquals(c.signIn(), c.withHttpPort(1).signIn());
  }
}
