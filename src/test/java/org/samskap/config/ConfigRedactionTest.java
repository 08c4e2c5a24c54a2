package org.samskap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Printing the settings never shows a secret: the metrics token, the OIDC client secret, a MongoDB password. */
class ConfigRedactionTest {
  private static final String TOKEN = "metrics-token-0123456789abcdefXYZ";
  private static final String SECRET = "client-secret-very-private-9876";
  private static final String PASSWORD = "mongo-pass-4242";

  @Test
  void toStringHidesSecretsButNamesWhatIsSet() {
    SamskapConfig c = SamskapConfig.fromEnv(Map.of(
        "SAMSKAP_METRICS_TOKEN", TOKEN,
        "SAMSKAP_MONGO_URI", "mongodb://samskap:" + PASSWORD + "@db.example:27017/?authSource=admin",
        "SAMSKAP_PUBLIC_URL", "https://samskap.example.no",
        "SAMSKAP_OIDC_ISSUER", "https://idp.example.no",
        "SAMSKAP_OIDC_CLIENT_ID", "samskap",
        "SAMSKAP_OIDC_CLIENT_SECRET", SECRET,
        "SAMSKAP_OIDC_STAFF_ROLES", "*"));
    String printed = c.toString();
    assertFalse(printed.contains(TOKEN), printed);
    assertFalse(printed.contains(SECRET), printed);
    assertFalse(printed.contains(PASSWORD), printed);
    assertTrue(printed.contains("metricsToken=(set)"), printed);
    assertTrue(printed.contains("clientSecret=(set)"), printed);
    assertTrue(printed.contains("mongodb://(credentials)@db.example:27017"), printed);
    assertTrue(printed.contains("clientId=samskap"), printed);
  }

  @Test
  void uriWithoutCredentialsStaysAsItIs() {
    assertEquals("mongodb://db:27017/samskap", SamskapConfig.redactUri("mongodb://db:27017/samskap"));
    assertEquals("mongodb+srv://(credentials)@cluster.example/x", SamskapConfig.redactUri("mongodb+srv://u:p@cluster.example/x"));
  }
}
