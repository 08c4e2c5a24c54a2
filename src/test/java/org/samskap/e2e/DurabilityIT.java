package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.Boards.op;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/** Rules R2, R3, R4 and J4 across restarts, unloads and bursts, on the embedded database. */
class DurabilityIT {
  TestServer server;
  String boardId;
  String token;

  @BeforeEach
  void start() {
    server = TestServer.start(Map.of(
        "SAMSKAP_SNAPSHOT_EVERY", "7",
        "SAMSKAP_IDLE_UNLOAD_SECONDS", "1",
        "SAMSKAP_OPS_PER_SECOND", "100000"));
    JsonObject b = server.createBoard("Hverdagsmestring");
    boardId = b.getString("id");
    token = b.getJsonObject("tokens").getString("facilitator");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  JsonObject state(BusClient c) {
    JsonObject r = c.op(boardId, token, new JsonObject().put("type", "join").put("name", "Check"));
    JsonObject snap = r.getJsonObject("snapshot").copy();
    snap.remove("presence");
    return snap.put("version", r.getLong("version"));
  }

  /** Makes a board with notes, clusters, moves, edits and deletes: 19 ops. */
  JsonObject edits(BusClient c) {
    String clusterId = c.op(boardId, token, op("cluster.create").put("label", "Trygghet")).getString("clusterId");
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      notes.add(c.op(boardId, token, op("note.create").put("text", "Idé " + i + " æøå").put("x", i * 10).put("y", i)
          .put("color", i % 2 == 0 ? "pink" : "green")).getString("noteId"));
    }
    for (int i = 0; i < 4; i++) c.op(boardId, token, op("note.move").put("noteId", notes.get(i)).put("x", 500 + i).put("y", 7.25));
    c.op(boardId, token, op("note.edit").put("noteId", notes.get(1)).put("text", "Endret tekst"));
    c.op(boardId, token, op("note.cluster").put("noteId", notes.get(2)).put("clusterId", clusterId));
    c.op(boardId, token, op("note.color").put("noteId", notes.get(3)).put("color", "blue"));
    c.op(boardId, token, op("note.delete").put("noteId", notes.get(7)));
    c.op(boardId, token, op("board.rename").put("title", "Hverdagsmestring 2"));
    JsonObject last = c.op(boardId, token, op("cluster.rename").put("clusterId", clusterId).put("label", "Trygghet hjemme"));
    assertEquals(19L, last.getLong("version"));
    return last;
  }

  @Test
  void R3_state_is_identical_after_a_restart_and_replays_across_it_have_no_second_effect() {
    JsonObject before;
    JsonObject replayedOp = op("note.create").put("text", "før omstart").put("x", 1).put("y", 1);
    JsonObject firstReply;
    try (BusClient c = BusClient.connect(server.port())) {
      c.register("board." + boardId + ".events", token);
      edits(c);
      firstReply = c.op(boardId, token, replayedOp);
      before = state(c);
    }
    server.restart();
    try (BusClient c = BusClient.connect(server.port())) {
      JsonObject after = state(c);
      assertEquals(before, after);
      assertEquals(firstReply, c.op(boardId, token, replayedOp), "R2 holds across a restart");
      assertEquals(before.getLong("version"), state(c).getLong("version"));
    }
  }

  @Test
  void J4_an_idle_board_leaves_memory_only_after_it_is_persisted_and_comes_back_identical() throws Exception {
    JsonObject before;
    try (BusClient c = BusClient.connect(server.port())) {
      c.register("board." + boardId + ".events", token);
      edits(c);
      before = state(c);
    }
    long deadline = System.currentTimeMillis() + 15_000;
    while (server.node().directory().isLive(boardId) && System.currentTimeMillis() < deadline) Thread.sleep(100);
    assertFalse(server.node().directory().isLive(boardId), "the idle board was unloaded");
    long loads = server.node().store().loadCount();
    try (BusClient c = BusClient.connect(server.port())) {
      assertEquals(before, state(c));
    }
    assertEquals(loads + 1, server.node().store().loadCount());
  }

  @Test
  void J4_concurrent_first_joins_of_a_cold_board_share_one_load() {
    server.restart();
    long loads = server.node().store().loadCount();
    List<BusClient> clients = new ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) clients.add(BusClient.connect(server.port()));
      List<CompletableFuture<JsonObject>> joins = clients.stream()
          .map(c -> c.requestAsync("board." + boardId + ".ops", new JsonObject().put("type", "join"), token)).toList();
      joins.forEach(f -> assertEquals(Boolean.TRUE, f.join().getBoolean("ok")));
      assertEquals(loads + 1, server.node().store().loadCount());
    } finally {
      clients.forEach(BusClient::close);
    }
  }

  @Test
  void R4_a_burst_of_500_ops_is_written_in_far_fewer_group_commits_and_every_op_gets_its_own_version() {
    try (BusClient c = BusClient.connect(server.port())) {
      String noteId = c.op(boardId, token, op("note.create").put("text", "flytt meg").put("x", 0).put("y", 0)).getString("noteId");
      long appendsBefore = server.node().store().appendCount();
      int ops = 500;
      List<CompletableFuture<JsonObject>> replies = new ArrayList<>();
      for (int i = 1; i <= ops; i++) {
        replies.add(c.requestAsync("board." + boardId + ".ops", op("note.move").put("noteId", noteId).put("x", i).put("y", 0), token));
      }
      List<Long> versions = replies.stream().map(CompletableFuture::join).map(r -> r.getLong("version")).sorted().toList();
      long writes = server.node().store().appendCount() - appendsBefore;
      System.out.printf("group commit: %d ops in %d writes (%.1f ops per write)%n", ops, writes, (double) ops / writes);
      assertEquals(ops, versions.stream().distinct().count());
      assertEquals(2L, versions.get(0));
      assertEquals(ops + 1L, versions.get(ops - 1));
      assertTrue(writes <= ops / 2, "group commit: " + ops + " ops took " + writes + " writes");
      assertEquals(ops + 1L, server.node().store().countEvents(boardId));
    }
  }
}
