package org.samskap.persistence.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.samskap.testing.TempDirs;

/**
 * Rule [S3] (docs/ARCHITECTURE.md, "The embedded default"): concurrent writers share commits,
 * and still no response leaves before the commit that covers its command. Real driver, real
 * wire, real H2 file; "kill" is MVStore's {@code closeImmediately} (the file is closed with no
 * further commit, as a {@code kill -9} leaves it), then the store is opened again.
 */
class GroupCommitIT {
  static final int WRITERS = 8;
  static final int INSERTS_EACH = 150;

  Path dataDir;
  EmbeddedMongo mongo;
  final List<MongoClient> clients = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    dataDir = Files.createTempDirectory("samskap-group-commit");
  }

  @AfterEach
  void tearDown() throws Exception {
    closeClients();
    if (mongo != null) mongo.close();
    TempDirs.delete(dataDir);
  }

  /** A client of its own (its own connections), like the writers of two nodes or two pools. */
  private MongoCollection<Document> collection(String name) {
    MongoClient client = MongoClients.create(MongoClientSettings.builder()
        .applyConnectionString(new ConnectionString(mongo.connectionString()))
        .applyToConnectionPoolSettings(p -> p.maxSize(4))
        .build());
    clients.add(client);
    return client.getDatabase("samskap").getCollection(name);
  }

  private void closeClients() {
    clients.forEach(MongoClient::close);
    clients.clear();
  }

  /** Closes the file as a kill leaves it: nothing further is committed, not even by close. */
  private void kill() {
    closeClients();
    mongo.backend().getMvStore().closeImmediately();
    try {
      mongo.close();
    } catch (RuntimeException ignored) {
      // the store is already closed under the server
    }
    mongo = null;
  }

  @Test
  void concurrentInsertsShareCommitsAndEveryAcknowledgedOneSurvivesAKill_S3() throws Exception {
    mongo = EmbeddedMongo.start(dataDir, 0, false);
    CommittingH2Backend backend = mongo.backend();
    long commitsBefore = backend.commits();
    long writesBefore = backend.writes();

    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      MongoCollection<Document> events = collection("events");
      int writer = w;
      done.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < INSERTS_EACH; i++) {
          String id = writer + ":" + i;
          events.insertOne(new Document("_id", id).append("body", "x".repeat(200)));
          acknowledged.add(id); // only after ok
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : done) f.get(60, TimeUnit.SECONDS);
    pool.shutdown();

    long writes = backend.writes() - writesBefore;
    long commits = backend.commits() - commitsBefore;
    assertEquals(WRITERS * INSERTS_EACH, acknowledged.size());
    assertTrue(writes >= WRITERS * INSERTS_EACH, "every insert is a data-changing command: " + writes);
    assertTrue(commits < writes, "concurrent writers share commits: " + commits + " commits for " + writes + " writes");
    assertTrue(commits > 0, "something was committed");

    kill();
    mongo = EmbeddedMongo.start(dataDir, 0, false);
    Set<String> stored = new HashSet<>();
    for (Document d : collection("events").find()) stored.add(d.getString("_id"));
    Set<String> lost = new HashSet<>(acknowledged);
    lost.removeAll(stored);
    assertTrue(lost.isEmpty(), lost.size() + " acknowledged inserts lost after the kill, e.g. " + lost.stream().limit(5).toList());
  }

  @Test
  void aLoneWriterGetsItsOwnCommitAtOnce_S3() throws Exception {
    mongo = EmbeddedMongo.start(dataDir, 0, false);
    CommittingH2Backend backend = mongo.backend();
    MongoCollection<Document> events = collection("events");
    events.insertOne(new Document("_id", "warm-up"));

    int n = 100;
    long commitsBefore = backend.commits();
    for (int i = 0; i < n; i++) {
      events.insertOne(new Document("_id", "lone:" + i));
      // the answer came back, so its commit is done: under rule S4 that is the write of its journal
      // record (MVStore commits only at checkpoints), so nothing of it is left unwritten
      assertFalse(backend.unwritten(), "insert " + i + " answered before its commit");
    }
    // no timer holds a lone writer back: its own thread leads its commit at once (GroupCommitTest)
    assertTrue(backend.commits() - commitsBefore >= n, "each lone insert has a commit of its own");

    kill();
    mongo = EmbeddedMongo.start(dataDir, 0, false);
    assertEquals(n + 1, collection("events").countDocuments());
  }
}
