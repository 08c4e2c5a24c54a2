package org.samskap.auth;

import java.util.Optional;
import java.util.Set;

import io.vertx.core.json.JsonObject;

import org.samskap.config.SignInConfig;

/**
 * Rule S6: who of those the provider signs in is staff or administrator here. The email rule
 * (if set) must hold for both: an email in an allowed domain that the provider has not marked
 * unverified. Then a value of the role claim among the administrator roles makes an
 * administrator; among the staff roles (or {@code *}, or no staff roles when the email rule is
 * set) makes staff. Anyone else is refused {@code not_staff}.
 */
final class StaffRules {
  private StaffRules() {}

  static Optional<Principal.Kind> kindOf(JsonObject claims, SignInConfig c) {
    if (!c.emailDomains().isEmpty()) {
      String email = email(claims).toLowerCase();
      int at = email.lastIndexOf('@');
      if (at < 1 || !c.emailDomains().contains(email.substring(at + 1))) return Optional.empty();
      if (Boolean.FALSE.equals(claims.getValue("email_verified"))) return Optional.empty();
    }
    Set<String> roles = c.roleClaim() == null ? Set.of() : SignInService.strings(claimAt(claims, c.roleClaim()));
    if (c.adminRoles().stream().anyMatch(roles::contains)) return Optional.of(Principal.Kind.ADMIN);
    if (c.staffRoles().isEmpty() || c.staffRoles().contains(SignInConfig.ANYONE)
        || c.staffRoles().stream().anyMatch(roles::contains)) {
      return Optional.of(Principal.Kind.STAFF);
    }
    return Optional.empty();
  }

  /** The value at a dotted path such as {@code realm_access.roles}, or null. */
  static Object claimAt(JsonObject claims, String path) {
    if (claims.containsKey(path)) return claims.getValue(path); // e.g. a claim named with dots or a URL
    Object at = claims;
    for (String part : path.split("\\.")) {
      if (!(at instanceof JsonObject o)) return null;
      at = o.getValue(part);
    }
    return at;
  }

  static String name(JsonObject claims) {
    String name = string(claims, "name");
    if (!name.isEmpty()) return name;
    return (string(claims, "given_name") + " " + string(claims, "family_name")).trim();
  }

  static String email(JsonObject claims) {
    return string(claims, "email");
  }

  private static String string(JsonObject claims, String key) {
    return claims.getValue(key) instanceof String s ? s.trim() : "";
  }
}
