package org.samskap.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.hazelcast.config.Config;
import com.hazelcast.config.NetworkConfig;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.core.http.ClientAuth;
import io.vertx.core.net.JksOptions;
import io.vertx.core.net.PfxOptions;
import org.junit.jupiter.api.Test;

import org.samskap.config.ClusterConfig;

class ClusterSetupTest {
  static final ClusterConfig LOOPBACK = ClusterConfig.fromEnv(Map.of("SAMSKAP_CLUSTER", "true",
      "SAMSKAP_CLUSTER_PORT", "5702", "SAMSKAP_CLUSTER_MEMBERS", "127.0.0.1:5701,127.0.0.1:5702"));

  @Test
  void hazelcast_joins_over_tcp_ip_only_on_a_fixed_loopback_port() {
    Config c = HazelcastSetup.config(LOOPBACK);
    NetworkConfig net = c.getNetworkConfig();
    assertFalse(net.getJoin().getMulticastConfig().isEnabled(), "no multicast");
    assertFalse(net.getJoin().getAutoDetectionConfig().isEnabled(), "no cloud auto-detection");
    assertTrue(net.getJoin().getTcpIpConfig().isEnabled());
    assertEquals(List.of("127.0.0.1:5701", "127.0.0.1:5702"), net.getJoin().getTcpIpConfig().getMembers());
    assertEquals(5702, net.getPort());
    assertFalse(net.isPortAutoIncrement());
    assertEquals(List.of("127.0.0.1"), List.copyOf(net.getInterfaces().getInterfaces()));
    assertEquals("false", c.getProperty("hazelcast.socket.bind.any"));
    assertEquals("samskap", c.getClusterName());
  }

  @Test
  void hazelcast_does_not_phone_home_and_logs_through_slf4j() {
    Config c = HazelcastSetup.config(LOOPBACK);
    assertEquals("false", c.getProperty("hazelcast.phone.home.enabled"));
    assertEquals("slf4j", c.getProperty("hazelcast.logging.type"));
    assertEquals("3", c.getProperty("hazelcast.max.no.heartbeat.seconds"));
    assertEquals(1, c.getMapConfig(ClusterBoards.OWNERS_MAP).getBackupCount(), "owners survive the loss of one node");
  }

  @Test
  void the_event_bus_is_plain_tcp_on_the_cluster_host_without_a_keystore() {
    EventBusOptions o = EventBusSetup.options(LOOPBACK);
    assertEquals("127.0.0.1", o.getHost());
    assertFalse(o.isSsl());
  }

  @Test
  void with_a_keystore_the_event_bus_uses_mutual_tls_and_trusts_only_the_truststore() {
    ClusterConfig tls = ClusterConfig.fromEnv(Map.of("SAMSKAP_CLUSTER", "true",
        "SAMSKAP_CLUSTER_TLS_KEYSTORE", "/etc/samskap/node.p12", "SAMSKAP_CLUSTER_TLS_KEYSTORE_PASSWORD", "a",
        "SAMSKAP_CLUSTER_TLS_TRUSTSTORE", "/etc/samskap/trust.jks", "SAMSKAP_CLUSTER_TLS_TRUSTSTORE_PASSWORD", "b"));
    EventBusOptions o = EventBusSetup.options(tls);
    assertTrue(o.isSsl());
    assertFalse(o.isTrustAll());
    assertEquals(ClientAuth.REQUIRED, o.getClientAuth());
    assertEquals("/etc/samskap/node.p12", assertInstanceOf(PfxOptions.class, o.getKeyCertOptions()).getPath());
    assertEquals("/etc/samskap/trust.jks", assertInstanceOf(JksOptions.class, o.getTrustOptions()).getPath());
  }

  @Test
  void on_the_wildcard_host_hazelcast_picks_the_address_and_binds_everywhere() {
    ClusterConfig any = ClusterConfig.fromEnv(Map.of("SAMSKAP_CLUSTER_HOST", "0.0.0.0",
        "SAMSKAP_CLUSTER_MEMBERS", "samskap1:5701,samskap2:5701"));
    assertFalse(HazelcastSetup.config(any).getNetworkConfig().getInterfaces().isEnabled());
    assertNull(EventBusSetup.options(any).getHost(), "the event bus announces the address Hazelcast picked");
  }
}
