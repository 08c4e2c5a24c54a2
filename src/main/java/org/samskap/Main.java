package org.samskap;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;

import org.samskap.config.SamskapConfig;

/** {@code java -jar samskap.jar}: runs one node with settings from the environment. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    SamskapConfig config;
    try {
      config = SamskapConfig.fromEnv(System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("samskap: bad setting: " + e.getMessage());
      System.exit(2);
      return;
    }
    Vertx vertx = Vertx.vertx();
    CountDownLatch started = new CountDownLatch(1);
    Samskap[] node = new Samskap[1];
    Samskap.start(vertx, config).onComplete(ar -> {
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
      node[0].close().eventually(vertx::close).onComplete(ar -> stopped.countDown());
      try {
        stopped.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "samskap-shutdown"));
  }
}
