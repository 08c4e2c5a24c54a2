package org.samskap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ClusterConfigTest {

  @Test
  void cluster_mode_is_off_by_default_and_binds_to_loopback() {
    ClusterConfig c = ClusterConfig.fromEnv(Map.of());
    assertFalse(c.enabled());
    assertEquals("127.0.0.1", c.host());
    assertEquals(5701, c.port());
    assertEquals(List.of("127.0.0.1:5701"), c.members());
    assertEquals(0, c.busPort());
    assertEquals(3, c.failureSeconds());
    assertFalse(c.tls());
  }

  @Test
  void members_are_read_as_a_comma_separated_list() {
    ClusterConfig c = ClusterConfig.fromEnv(Map.of("SAMSKAP_CLUSTER", "true",
        "SAMSKAP_CLUSTER_MEMBERS", " 127.0.0.1:5701, 127.0.0.1:5702 ,samskap3:5701"));
    assertTrue(c.enabled());
    assertEquals(List.of("127.0.0.1:5701", "127.0.0.1:5702", "samskap3:5701"), c.members());
  }

  @Test
  void a_member_without_a_port_is_refused_with_its_name() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ClusterConfig.fromEnv(Map.of("SAMSKAP_CLUSTER_MEMBERS", "127.0.0.1")));
    assertEquals("SAMSKAP_CLUSTER_MEMBERS must list host:port entries, was '127.0.0.1'", e.getMessage());
  }

  @Test
  void a_keystore_without_a_truststore_is_refused_there_is_no_trust_all() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClusterConfig.fromEnv(Map.of(
        "SAMSKAP_CLUSTER_TLS_KEYSTORE", "/etc/samskap/node.p12", "SAMSKAP_CLUSTER_TLS_KEYSTORE_PASSWORD", "x")));
    assertEquals("SAMSKAP_CLUSTER_TLS_KEYSTORE and SAMSKAP_CLUSTER_TLS_TRUSTSTORE must be set together", e.getMessage());
  }

  @Test
  void tls_needs_both_passwords() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClusterConfig.fromEnv(Map.of(
        "SAMSKAP_CLUSTER_TLS_KEYSTORE", "/k.p12", "SAMSKAP_CLUSTER_TLS_TRUSTSTORE", "/t.p12",
        "SAMSKAP_CLUSTER_TLS_KEYSTORE_PASSWORD", "x")));
    assertEquals("SAMSKAP_CLUSTER_TLS_KEYSTORE_PASSWORD and SAMSKAP_CLUSTER_TLS_TRUSTSTORE_PASSWORD must be set with TLS",
        e.getMessage());
  }

  @Test
  void the_failure_timeout_is_bounded() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ClusterConfig.fromEnv(Map.of("SAMSKAP_CLUSTER_FAILURE_SECONDS", "1")));
    assertEquals("SAMSKAP_CLUSTER_FAILURE_SECONDS must be between 2 and 300, was 1", e.getMessage());
  }

  @Test
  void passwords_never_appear_in_its_text() {
    ClusterConfig c = ClusterConfig.fromEnv(Map.of("SAMSKAP_CLUSTER_TLS_KEYSTORE", "/k.p12",
        "SAMSKAP_CLUSTER_TLS_TRUSTSTORE", "/t.p12", "SAMSKAP_CLUSTER_TLS_KEYSTORE_PASSWORD", "hemmelig1",
        "SAMSKAP_CLUSTER_TLS_TRUSTSTORE_PASSWORD", "hemmelig2"));
    assertTrue(c.tls());
    assertEquals(Path.of("/t.p12"), c.tlsTruststore());
    assertFalse(c.toString().contains("hemmelig"), c.toString());
  }
}
