package org.samskap.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import io.vertx.core.json.JsonObject;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.samskap.testing.BusClient;
import org.samskap.testing.ClusterTls;
import org.samskap.testing.ServerProcess;
import org.samskap.testing.TempDirs;

/**
 * Three Samskap nodes on loopback form one cluster (Hazelcast TCP-IP join, event-bus TLS) over
 * one database process. Clients on every node edit one board: everyone sees every edit; the
 * owner is killed with {@code kill -9} in the middle of the editing; a survivor takes the board
 * over, the clients on the survivors carry on, the client of the dead node reconnects to another
 * node and catches up; no acknowledged op is lost and no version number is ever used twice.
 */
class ClusterFailoverIT {
  static final int NODES = 3;
  static final int OPS_BEFORE = 20;
  static final int ACKS_PER_SENDER = 15;

  Path dir;
  ServerProcess db;
  final List<ServerProcess> nodes = new ArrayList<>();
  final List<BusClient> clients = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    clients.forEach(BusClient::close);
    nodes.forEach(ServerProcess::close);
    if (db != null) db.close();
    TempDirs.delete(dir);
  }

  @Test
  void R4_one_owner_per_board_in_a_cluster_survives_kill_9_of_the_owner_without_losing_or_reusing_a_version()
      throws Exception {
    dir = Files.createTempDirectory("samskap-cluster");
    mark("start");
    int dbPort = ServerProcess.freePort();
    db = ServerProcess.startDatabase(dir.resolve("db"), dbPort);
    String mongoUri = "mongodb://127.0.0.1:" + dbPort;
    Map<String, String> tls = ClusterTls.create(dir);
    List<Integer> hzPorts = new ArrayList<>();
    for (int i = 0; i < NODES; i++) hzPorts.add(ServerProcess.freePort());
    String members = String.join(",", hzPorts.stream().map(p -> "127.0.0.1:" + p).toList());
    for (int i = 0; i < NODES; i++) {
      Map<String, String> env = new HashMap<>(tls);
      env.put("SAMSKAP_MONGO_URI", mongoUri);
      env.put("SAMSKAP_CLUSTER", "true");
      env.put("SAMSKAP_CLUSTER_PORT", hzPorts.get(i).toString());
      env.put("SAMSKAP_CLUSTER_MEMBERS", members);
      env.put("SAMSKAP_OPS_PER_SECOND", "100000");
      env.put("SAMSKAP_SNAPSHOT_EVERY", "25");
      nodes.add(ServerProcess.start(dir.resolve("node" + i), env));
    }
    awaitLog(nodes.get(0), "(" + NODES + " members)", Duration.ofSeconds(30));
    mark("cluster of " + NODES + " formed");

    JsonObject board = nodes.get(1).createBoard("Klyngetest");
    String boardId = board.getString("id");
    String token = board.getJsonObject("tokens").getString("participant");
    String ops = "board." + boardId + ".ops";
    String events = "board." + boardId + ".events";

    // one client per node; the first join (on node 0) makes node 0 the board's owner
    List<Set<Long>> seen = new ArrayList<>();
    for (int i = 0; i < NODES; i++) {
      BusClient c = BusClient.connect(nodes.get(i).port());
      clients.add(c);
      seen.add(ConcurrentHashMap.newKeySet());
      c.register(events, token);
      JsonObject joined = c.request(ops, new JsonObject().put("type", "join").put("name", "Deltaker " + i), token);
      assertEquals(Boolean.TRUE, joined.getBoolean("ok"), joined.encode());
    }
    assertTrue(nodes.get(0).log().contains("board " + boardId + ": claimed"), "node 0 owns the board");
    for (int i = 1; i < NODES; i++) assertFalse(nodes.get(i).log().contains("board " + boardId + ": claimed"));
    for (BusClient c : clients) {
      assertNotNull(c.awaitEvent(events, e -> "presence".equals(e.getString("type"))
          && e.getJsonArray("members").size() == NODES, Duration.ofSeconds(15)), "every node's client is registered");
    }

    // 1. clients on all three nodes edit at once; everyone sees every edit, live
    List<CompletableFuture<JsonObject>> replies = new ArrayList<>();
    for (int n = 0; n < OPS_BEFORE; n++) {
      for (int i = 0; i < NODES; i++) replies.add(clients.get(i).requestAsync(ops, create("n" + i + "-" + n), token));
    }
    // clientOpId -> {version, first sent (nanoTime), acknowledged (nanoTime)}
    Map<String, long[]> acked = new ConcurrentHashMap<>();
    int k = 0;
    for (int n = 0; n < OPS_BEFORE; n++) {
      for (int i = 0; i < NODES; i++) {
        JsonObject r = replies.get(k++).join();
        assertEquals(Boolean.TRUE, r.getBoolean("ok"), r.encode());
        acked.put("n" + i + "-" + n, new long[] {r.getLong("version"), 0, 0});
      }
    }
    long before = NODES * OPS_BEFORE;
    for (int i = 0; i < NODES; i++) {
      assertTrue(collect(clients.get(i), events, seen.get(i), range(1, before), Duration.ofSeconds(15)),
          "client on node " + i + " saw every edit live: " + missing(seen.get(i), range(1, before)));
    }

    // 2. clients on nodes 1 and 2 keep editing; node 0, the owner, is killed with kill -9
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> senders = new ArrayList<>();
    for (int i = 1; i < NODES; i++) {
      BusClient c = clients.get(i);
      String prefix = "s" + i + "-";
      Thread t = new Thread(() -> send(c, ops, token, prefix, stop, acked), "sender-" + i);
      senders.add(t);
      t.start();
    }
    awaitAcks(acked, acked.size() + 2 * 5, Duration.ofSeconds(20));
    clients.get(0).close();
    long killedAt = System.nanoTime();
    mark("kill -9 of the owner");
    nodes.get(0).kill9();
    int ackedAtKill = acked.size();
    awaitAcks(acked, ackedAtKill + 2 * ACKS_PER_SENDER, Duration.ofSeconds(60));
    stop.set(true);
    for (Thread t : senders) t.join(10_000);
    mark("editing after the kill done");

    long recoveredMillis = acked.values().stream().filter(a -> a[1] > killedAt)
        .mapToLong(a -> (a[2] - killedAt) / 1_000_000).min().orElseThrow();
    String taker = nodes.get(1).log().contains("board " + boardId + ": claimed") ? "node 1" : "node 2";
    System.out.printf("cluster failover: owner killed with kill -9; %s took the board over; the first op sent after"
        + " the kill was acknowledged %d ms after the kill; %d ops acknowledged after it%n",
        taker, recoveredMillis, acked.size() - ackedAtKill);
    for (int i = 1; i < NODES; i++) {
      for (String line : nodes.get(i).log().split("\n")) {
        if (line.contains("left the cluster") || line.contains("after node")) System.out.println("  node " + i + ": " + line);
      }
    }
    assertTrue(recoveredMillis < 30_000, "the board moved to a survivor (" + recoveredMillis + " ms)");

    // the survivors' clients see every edit made after the takeover, live
    Set<Long> afterTakeover = new HashSet<>();
    acked.values().stream().filter(a -> a[1] > killedAt).forEach(a -> afterTakeover.add(a[0]));
    for (int i = 1; i < NODES; i++) {
      assertTrue(collect(clients.get(i), events, seen.get(i), afterTakeover, Duration.ofSeconds(15)),
          "client on node " + i + " saw every edit after the takeover: " + missing(seen.get(i), afterTakeover));
    }

    // 3. the client of the dead node reconnects to another node and resumes from its last version (J5, J3)
    long lastSeen = seen.get(0).stream().mapToLong(Long::longValue).max().orElse(0);
    BusClient back = BusClient.connect(nodes.get(2).port());
    clients.add(back);
    back.register(events, token);
    JsonObject resumed = back.request(ops, new JsonObject().put("type", "presence.set").put("name", "Deltaker 0"), token);
    assertEquals(Boolean.TRUE, resumed.getBoolean("ok"), resumed.encode());
    JsonObject caughtUp = back.request(ops, new JsonObject().put("type", "since").put("version", lastSeen), token);
    assertEquals(Boolean.TRUE, caughtUp.getBoolean("ok"), caughtUp.encode());
    long newest = acked.values().stream().mapToLong(a -> a[0]).max().orElseThrow();
    assertTrue(caughtUp.getLong("version") >= newest, "the reconnected client caught up to " + newest);

    // 4. no acknowledged op is lost, and no version is used twice
    JsonObject finalJoin = back.request(ops, new JsonObject().put("type", "join"), token);
    Set<String> texts = new HashSet<>();
    List<String> all = new ArrayList<>();
    for (Object o : finalJoin.getJsonObject("snapshot").getJsonArray("notes")) all.add(((JsonObject) o).getString("text"));
    texts.addAll(all);
    assertEquals(all.size(), texts.size(), "no op applied twice");
    for (String opId : acked.keySet()) assertTrue(texts.contains(opId), "acknowledged op " + opId + " is on the board");
    try (MongoClient mongo = MongoClients.create(mongoUri)) {
      List<Long> versions = new ArrayList<>();
      Map<String, Long> versionOf = new HashMap<>();
      for (Document d : mongo.getDatabase("samskap").getCollection("events").find(Filters.eq("b", boardId))) {
        versions.add(d.getLong("v"));
        assertEquals(null, versionOf.put(d.getString("c"), d.getLong("v")), "clientOpId " + d.getString("c") + " stored once");
      }
      versions.sort(Long::compare);
      assertEquals(range(1, versions.size()).stream().sorted().toList(), versions, "versions are unique and gapless");
      for (Map.Entry<String, long[]> e : acked.entrySet()) {
        assertEquals(e.getValue()[0], versionOf.get(e.getKey()), "ack of " + e.getKey() + " names its stored version");
      }
      assertEquals(all.size(), versions.size(), "every stored event is one note on the board");
    }
  }

  /** Sends note.create ops one at a time; an op without an answer is sent again with the same clientOpId (R2). */
  static void send(BusClient c, String ops, String token, String prefix, AtomicBoolean stop, Map<String, long[]> acked) {
    for (int n = 0; !stop.get(); n++) {
      String opId = prefix + n;
      long firstSent = System.nanoTime();
      while (!stop.get()) {
        JsonObject r;
        try {
          r = c.requestAsync(ops, create(opId), token).get(1_000, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
          continue; // no answer (the owner died with it): send it again
        }
        if (Boolean.TRUE.equals(r.getBoolean("ok"))) {
          acked.put(opId, new long[] {r.getLong("version"), firstSent, System.nanoTime()});
          break;
        }
        sleep(100); // unavailable or an err frame while the board moves: send it again
      }
      sleep(20);
    }
  }

  static JsonObject create(String clientOpId) {
    return new JsonObject().put("type", "note.create").put("clientOpId", clientOpId).put("text", clientOpId)
        .put("x", 10).put("y", 20);
  }

  /** Collects event versions until {@code want} are all seen; false after the timeout. */
  static boolean collect(BusClient c, String events, Set<Long> seen, Set<Long> want, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!seen.containsAll(want)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) return false;
      JsonObject e = c.awaitEvent(events, ev -> !ev.getBoolean("ephemeral", false), Duration.ofNanos(left));
      if (e == null) return false;
      seen.add(e.getLong("version"));
    }
    return true;
  }

  static Set<Long> range(long from, long to) {
    Set<Long> s = new HashSet<>();
    for (long v = from; v <= to; v++) s.add(v);
    return s;
  }

  static Set<Long> missing(Set<Long> seen, Set<Long> want) {
    Set<Long> m = new HashSet<>(want);
    m.removeAll(seen);
    return m;
  }

  static void awaitAcks(Map<String, long[]> acked, int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (acked.size() < count) {
      assertTrue(System.nanoTime() < deadline, "only " + acked.size() + " of " + count + " ops acknowledged in time");
      Thread.sleep(50);
    }
  }

  static void awaitLog(ServerProcess p, String text, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!p.log().contains(text)) {
      assertTrue(System.nanoTime() < deadline, "log never said '" + text + "':\n" + p.log());
      Thread.sleep(100);
    }
  }

  static void mark(String what) {
    System.out.println(java.time.Instant.now() + " " + what);
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
