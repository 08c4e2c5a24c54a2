package org.samskap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The per-address limit settings (README; docs/PROTOCOL.md A8, T11, H4). */
class ClientLimitsTest {

  @Test
  @DisplayName("A8, T11: a user who sets nothing gets 30 wrong tokens a minute, 200 sockets without a token, 30 s to show one")
  void defaults_are_the_documented_ones() {
    ClientLimits l = SamskapConfig.defaults().clientLimits();
    assertEquals(30, l.tokenFailuresPerMinute());
    assertEquals(200, l.unauthenticatedSockets());
    assertEquals(30, l.authTimeoutSeconds());
  }

  @Test
  @DisplayName("each limit has its SAMSKAP_ variable")
  void environment_overrides() {
    ClientLimits l = SamskapConfig.fromEnv(Map.of("SAMSKAP_TOKEN_FAILURES_PER_MINUTE", "5",
        "SAMSKAP_UNAUTHENTICATED_SOCKETS_PER_ADDRESS", "7", "SAMSKAP_AUTH_TIMEOUT_SECONDS", "9")).clientLimits();
    assertEquals(new ClientLimits(5, 7, 9), l);
  }

  @Test
  @DisplayName("a value out of range is refused with a message naming the variable")
  void out_of_range_values_name_the_variable() {
    assertEquals("SAMSKAP_TOKEN_FAILURES_PER_MINUTE must be between 1 and 1000000, was 0", assertThrows(IllegalArgumentException.class,
        () -> SamskapConfig.fromEnv(Map.of("SAMSKAP_TOKEN_FAILURES_PER_MINUTE", "0"))).getMessage());
    assertEquals("SAMSKAP_UNAUTHENTICATED_SOCKETS_PER_ADDRESS must be between 1 and 1000000, was -1",
        assertThrows(IllegalArgumentException.class,
            () -> SamskapConfig.fromEnv(Map.of("SAMSKAP_UNAUTHENTICATED_SOCKETS_PER_ADDRESS", "-1"))).getMessage());
    assertEquals("SAMSKAP_AUTH_TIMEOUT_SECONDS must be between 1 and 3600, was 3601", assertThrows(IllegalArgumentException.class,
        () -> SamskapConfig.fromEnv(Map.of("SAMSKAP_AUTH_TIMEOUT_SECONDS", "3601"))).getMessage());
    assertEquals("SAMSKAP_AUTH_TIMEOUT_SECONDS must be a whole number, was 'soon'", assertThrows(IllegalArgumentException.class,
        () -> SamskapConfig.fromEnv(Map.of("SAMSKAP_AUTH_TIMEOUT_SECONDS", "soon"))).getMessage());
  }

  @Test
  @DisplayName("the withers keep the client limits")
  void withers_keep_the_limits() {
    SamskapConfig c = SamskapConfig.fromEnv(Map.of("SAMSKAP_TOKEN_FAILURES_PER_MINUTE", "5"));
    assertEquals(5, c.withHttpPort(1).withDataDir(java.nio.file.Path.of("x")).withMongoUri("mongodb://h").clientLimits()
        .tokenFailuresPerMinute());
  }
}
