package org.samskap.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MultiMapConfig;
import com.hazelcast.config.NetworkConfig;

import org.samskap.config.ClusterConfig;

/**
 * The Hazelcast member configuration of a node, built in code (no XML on the class path):
 * TCP-IP join with the configured member list, no multicast or cloud discovery, a fixed port,
 * bound to the configured host only (loopback by default), no phone-home, logs through SLF4J,
 * and a failure detector tuned so that a dead node leaves the cluster within seconds.
 */
public final class HazelcastSetup {
  /** Hazelcast's wildcard: bind to every interface and let Hazelcast pick the address it announces. */
  public static final String ANY_HOST = "0.0.0.0";

  private HazelcastSetup() {}

  public static Config config(ClusterConfig cluster) {
    Config c = new Config();
    c.setClusterName(cluster.name());
    c.setProperty("hazelcast.phone.home.enabled", "false");
    c.setProperty("hazelcast.logging.type", "slf4j");
    c.setProperty("hazelcast.health.monitoring.level", "OFF");
    c.setProperty("hazelcast.heartbeat.interval.seconds", "1");
    c.setProperty("hazelcast.max.no.heartbeat.seconds", Integer.toString(cluster.failureSeconds()));
    // a member that stopped answering is declared dead when its connection keeps failing
    c.setProperty("hazelcast.connection.monitor.interval", "100");
    c.setProperty("hazelcast.connection.monitor.max.faults", "3");
    c.setProperty("hazelcast.wait.seconds.before.join", "1");
    c.setProperty("hazelcast.max.wait.seconds.before.join", "3");
    c.getJetConfig().setEnabled(false);

    NetworkConfig net = c.getNetworkConfig();
    net.setPort(cluster.port()).setPortAutoIncrement(false);
    if (!ANY_HOST.equals(cluster.host())) {
      c.setProperty("hazelcast.socket.bind.any", "false");
      net.getInterfaces().setEnabled(true).addInterface(cluster.host());
    }
    JoinConfig join = net.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setMembers(cluster.members()).setConnectionTimeoutSeconds(2);

    // Vert.x's own structures, as in vertx-hazelcast's default-cluster.xml
    c.addMultiMapConfig(new MultiMapConfig("__vertx.subs").setBackupCount(1)
        .setValueCollectionType(MultiMapConfig.ValueCollectionType.SET));
    c.getMapConfig("__vertx.haInfo").setBackupCount(1);
    c.getMapConfig("__vertx.nodeInfo").setBackupCount(1);
    // board owners: one synchronous backup, so the map outlives the loss of any one node
    c.getMapConfig(ClusterBoards.OWNERS_MAP).setBackupCount(1);
    return c;
  }
}
