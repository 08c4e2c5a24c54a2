package org.samskap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Rule ME1: {@code SAMSKAP_METRICS_TOKEN} turns /metrics on, and only a token too long to guess does. */
class MetricsSettingTest {
  @Test
  void metrics_are_off_by_default() {
    SamskapConfig c = SamskapConfig.defaults();
    assertNull(c.metricsToken());
    assertFalse(c.metricsEnabled());
  }

  @Test
  void a_token_turns_metrics_on_and_survives_the_with_methods() {
    String token = "abcdefghijklmnopqrstuvwx-_.~+/=0123";
    SamskapConfig c = SamskapConfig.fromEnv(Map.of("SAMSKAP_METRICS_TOKEN", "  " + token + " "));
    assertTrue(c.metricsEnabled());
    assertEquals(token, c.metricsToken());
    assertEquals(token, c.withHttpPort(1234).withDataDir(java.nio.file.Path.of("x")).withMongoUri("mongodb://h/").metricsToken());
  }

  @Test
  void a_short_token_is_refused_with_its_length_and_without_its_value() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SamskapConfig.fromEnv(Map.of("SAMSKAP_METRICS_TOKEN", "hemmelig-men-kort")));
    assertEquals("SAMSKAP_METRICS_TOKEN must be at least 24 characters of letters, digits and -._~+/= "
        + "(it guards /metrics), was 17 characters", e.getMessage());
  }

  @Test
  void a_token_with_a_space_or_a_quote_is_refused() {
    for (String bad : new String[] {"abcdefghijklmnopqrstuvwx yz", "abcdefghijklmnopqrstuvwx\"yz"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> SamskapConfig.fromEnv(Map.of("SAMSKAP_METRICS_TOKEN", bad)));
      assertFalse(e.getMessage().contains(bad), "the token is not echoed");
    }
  }
}
