package org.samskap;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;

import org.samskap.cluster.ClusterNode;
import org.samskap.config.ClusterConfig;
import org.samskap.config.SamskapConfig;

/**
 * {@code java -jar samskap.jar}: runs one node with settings from the environment.
 * {@code java -jar samskap.jar --warm-up}: the training run for class data sharing ({@link WarmUp}).
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    StartPhases.mark("main");
    if (args.length == 1 && WarmUp.FLAG.equals(args[0])) { // the training run of class data sharing (Dockerfile)
      System.exit(WarmUp.run());
      return;
    }
    SamskapConfig config;
    ClusterConfig clusterConfig;
    long drainMillis;
    try {
      config = SamskapConfig.fromEnv(System.getenv());
      drainMillis = SamskapConfig.shutdownMillis(System.getenv());
      SamskapConfig.stallMillis(System.getenv()); // checked here, so a bad value stops the start
      clusterConfig = ClusterConfig.fromEnv(System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("samskap: bad setting: " + e.getMessage());
      System.exit(2);
      return;
    }
    ClusterNode cluster = clusterConfig.enabled() ? joinCluster(clusterConfig) : null;
    // rule ME1: with metrics on, Vert.x's own meters go to the registry /metrics serves
    Vertx vertx = cluster != null ? cluster.vertx() : config.metricsEnabled() ? org.samskap.metrics.NodeMetrics.vertx() : Vertx.vertx();
    StartPhases.mark("Vert.x made");
    CountDownLatch started = new CountDownLatch(1);
    Samskap[] node = new Samskap[1];
    Samskap.start(vertx, config, cluster).onComplete(ar -> {
      if (ar.failed()) {
        System.err.println("samskap: could not start: " + ar.cause().getMessage());
        vertx.close();
        System.exit(1);
      }
      node[0] = ar.result();
      started.countDown();
    });
    started.await();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      CountDownLatch stopped = new CountDownLatch(1);
      // rule R7: answer what is in flight, close sockets with 1012, then stop (within 10 s)
      node[0].shutdown(drainMillis)
          .eventually(vertx::close).onComplete(ar -> stopped.countDown());
      try {
        stopped.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "samskap-shutdown"));
  }

  /** Cluster mode (SAMSKAP_CLUSTER=true): a clustered Vert.x on Hazelcast, or exit 1. */
  private static ClusterNode joinCluster(ClusterConfig clusterConfig) {
    try {
      return ClusterNode.start(clusterConfig).toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
    } catch (Exception e) {
      Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
      System.err.println("samskap: could not join the cluster (" + clusterConfig + "): " + cause);
      System.exit(1);
      return null;
    }
  }
}
