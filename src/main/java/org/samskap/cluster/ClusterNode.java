package org.samskap.cluster;

import com.hazelcast.core.HazelcastInstance;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;

import org.samskap.config.ClusterConfig;

/** A Vert.x instance on the clustered event bus, with Hazelcast as its cluster manager. */
public final class ClusterNode {
  private final Vertx vertx;
  private final HazelcastClusterManager manager;
  private final ClusterBoards boards;

  private ClusterNode(Vertx vertx, HazelcastClusterManager manager) {
    this.vertx = vertx;
    this.manager = manager;
    this.boards = new ClusterBoards(vertx, manager.getHazelcastInstance(), manager.getNodeId());
  }

  /** Starts Hazelcast, joins the configured members and opens the event-bus port. */
  public static Future<ClusterNode> start(ClusterConfig config) {
    // read by Hazelcast before it reads its Config: log through SLF4J from the first line on
    if (System.getProperty("hazelcast.logging.type") == null) System.setProperty("hazelcast.logging.type", "slf4j");
    HazelcastClusterManager manager = new HazelcastClusterManager(HazelcastSetup.config(config));
    return Vertx.builder()
        .with(new VertxOptions().setEventBusOptions(EventBusSetup.options(config)))
        .withClusterManager(manager)
        .buildClustered()
        .map(vertx -> new ClusterNode(vertx, manager));
  }

  public Vertx vertx() {
    return vertx;
  }

  /** This node's id in the cluster (Vert.x's node id, kept as a Hazelcast member attribute). */
  public String nodeId() {
    return manager.getNodeId();
  }

  public HazelcastInstance hazelcast() {
    return manager.getHazelcastInstance();
  }

  /** The board ownership and placement of this node. */
  public ClusterBoards boards() {
    return boards;
  }
}
