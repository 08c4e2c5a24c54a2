package org.samskap.persistence.embedded;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.samskap.config.SamskapConfig;

/**
 * Runs the embedded database as its own process, e.g. for fault tests that kill it.
 * Reads {@code SAMSKAP_DATA_DIR}, {@code SAMSKAP_EMBEDDED_MONGO_PORT} and {@code SAMSKAP_EMBEDDED_FSYNC},
 * and {@code SAMSKAP_EMBEDDED_MONGO_HOST} (default 127.0.0.1; for example the address of a test
 * host in a network namespace), and prints {@code READY mongodb://<host>:<port>} on stdout once it
 * listens.
 */
public final class EmbeddedMongoMain {
  private EmbeddedMongoMain() {}

  public static void main(String[] args) throws InterruptedException {
    SamskapConfig config = SamskapConfig.fromEnv(System.getenv());
    Path dir = config.dataDir();
    String host = System.getenv().getOrDefault("SAMSKAP_EMBEDDED_MONGO_HOST", "127.0.0.1");
    EmbeddedMongo mongo = EmbeddedMongo.start(dir, host, config.embeddedMongoPort(), config.embeddedFsync());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      mongo.close();
      stopped.countDown();
    }, "embedded-mongo-shutdown"));
    System.out.println("READY " + mongo.connectionString());
    System.out.flush();
    stopped.await();
  }
}
