package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.Boards.join;
import static org.samskap.testing.Boards.newBoard;
import static org.samskap.testing.Boards.op;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.Board;
import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/** The realtime protocol over real websockets against a real server and database. Names cite docs/PROTOCOL.md. */
class BoardProtocolIT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String createNote(BusClient c, Board b, String token, String text) {
    JsonObject r = c.op(b.id(), token, op("note.create").put("text", text).put("x", 10).put("y", 20));
    assertEquals(Boolean.TRUE, r.getBoolean("ok"), r.encode());
    return r.getString("noteId");
  }

  @Test
  void J1_J5_a_member_key_keeps_the_member_id_across_reconnects_and_a_bad_key_gets_a_fresh_one() {
    Board b = newBoard(server, "ideas");
    String key;
    String memberId;
    try (BusClient c = BusClient.connect(server.port())) {
      JsonObject first = join(c, b, b.participant(), "Kari");
      key = first.getString("memberKey");
      memberId = first.getString("memberId");
      assertNotNull(key);
      assertTrue(key.length() >= 22, key);
      assertFalse(memberId.contains(key), "the member id must not reveal the key");
    }
    try (BusClient c = BusClient.connect(server.port())) {
      c.register(b.events(), b.participant());
      JsonObject again = c.request(b.ops(), new JsonObject().put("type", "join").put("memberKey", key), b.participant());
      assertEquals(memberId, again.getString("memberId"));
      JsonObject forged = c.request(b.ops(), new JsonObject().put("type", "join").put("memberKey", memberId), b.participant());
      assertFalse(memberId.equals(forged.getString("memberId")), "a too-short key is replaced, not accepted");
    }
    try (BusClient c = BusClient.connect(server.port())) {
      c.register(b.events(), b.participant());
      JsonObject back = c.request(b.ops(),
          new JsonObject().put("type", "presence.set").put("name", "Kari").put("memberKey", key), b.participant());
      assertEquals(memberId, back.getString("memberId"));
      JsonObject presence = c.awaitEvent(b.events(), e -> "presence".equals(e.getString("type")), Duration.ofSeconds(5));
      assertEquals(memberId, presence.getJsonArray("members").getJsonObject(0).getString("memberId"));
    }
  }

  @Test
  void J1_join_replies_with_a_snapshot_its_version_and_the_protocol_version() {
    Board b = newBoard(server, "ideas");
    try (BusClient c = BusClient.connect(server.port())) {
      JsonObject r = join(c, b, b.participant(), "Kari");
      assertEquals(1, r.getInteger("protocol"));
      assertEquals(0L, r.getLong("version"));
      assertEquals("participant", r.getString("role"));
      JsonObject snap = r.getJsonObject("snapshot");
      assertEquals(b.id(), snap.getJsonObject("board").getString("id"));
      assertEquals("ideas", snap.getJsonObject("board").getString("kind"));
      assertEquals(0, snap.getJsonArray("notes").size());
      assertEquals("Kari", snap.getJsonArray("presence").getJsonObject(0).getString("name"));
    }
  }

  @Test
  void E1_two_clients_see_each_others_edits_and_the_event_echoes_the_clientOpId() {
    Board b = newBoard(server, "ideas");
    try (BusClient a = BusClient.connect(server.port()); BusClient c = BusClient.connect(server.port())) {
      join(a, b, b.facilitator(), "A");
      join(c, b, b.participant(), "C");
      String noteId = createNote(a, b, b.facilitator(), "Bedre dagtilbud");
      JsonObject created = c.awaitEvent(b.events(), e -> "note.create".equals(e.getString("type")), BusClient.TIMEOUT);
      assertNotNull(created, "C saw A's note");
      assertEquals("Bedre dagtilbud", created.getString("text"));
      assertEquals("A", created.getString("author"));

      JsonObject move = op("note.move").put("noteId", noteId).put("x", 300.5).put("y", -40);
      JsonObject reply = c.op(b.id(), b.participant(), move);
      assertEquals(Boolean.TRUE, reply.getBoolean("ok"));
      assertEquals(2L, reply.getLong("version"));
      JsonObject moved = a.awaitEvent(b.events(), e -> "note.move".equals(e.getString("type")), BusClient.TIMEOUT);
      assertNotNull(moved, "A saw C's move");
      assertEquals(move.getString("clientOpId"), moved.getString("clientOpId"));
      assertEquals(noteId, moved.getString("noteId"));
      assertEquals(300.5, moved.getDouble("x"));
      assertEquals(-40.0, moved.getDouble("y"));
      assertEquals(2L, moved.getLong("version"));
    }
  }

  @Test
  void R2_a_replayed_clientOpId_gets_the_same_reply_and_has_one_effect() {
    Board b = newBoard(server, "ideas");
    try (BusClient c = BusClient.connect(server.port())) {
      join(c, b, b.participant(), "C");
      JsonObject create = op("note.create").put("text", "én gang").put("x", 1).put("y", 2);
      JsonObject first = c.op(b.id(), b.participant(), create);
      JsonObject again = c.op(b.id(), b.participant(), create);
      assertEquals(first, again);
      // and concurrently, while the first copy may still be in flight
      JsonObject burst = op("note.create").put("text", "samtidig").put("x", 1).put("y", 2);
      List<JsonObject> replies = java.util.stream.IntStream.range(0, 10)
          .mapToObj(i -> c.requestAsync(b.ops(), burst, b.participant())).toList()
          .stream().map(java.util.concurrent.CompletableFuture::join).toList();
      assertTrue(replies.stream().allMatch(r -> r.equals(replies.get(0))), replies.toString());
      JsonObject state = c.op(b.id(), b.participant(), new JsonObject().put("type", "join"));
      assertEquals(2, state.getJsonObject("snapshot").getJsonArray("notes").size());
      assertEquals(2L, state.getLong("version"));
    }
  }

  @Test
  void A4_a_client_without_a_token_or_with_another_boards_token_can_neither_register_nor_send() {
    Board b = newBoard(server, "ideas");
    Board other = newBoard(server, "ideas");
    try (BusClient intruder = BusClient.connect(server.port()); BusClient member = BusClient.connect(server.port())) {
      join(member, b, b.participant(), "M");

      intruder.register(b.events(), null);
      JsonObject err = intruder.awaitError(BusClient.TIMEOUT);
      assertNotNull(err);
      assertEquals("missing_token", err.getString("body"));
      assertEquals(b.events(), err.getString("address"));
      assertEquals("rejected", intruder.awaitError(BusClient.TIMEOUT).getString("body"));

      intruder.register(b.events(), other.facilitator());
      assertEquals("invalid_token", intruder.awaitError(BusClient.TIMEOUT).getString("body"));
      assertEquals("rejected", intruder.awaitError(BusClient.TIMEOUT).getString("body"));

      JsonObject noToken = intruder.request(b.ops(), op("note.create").put("text", "x").put("x", 0).put("y", 0), null);
      assertEquals("missing_token", noToken.getString("reason"));
      JsonObject wrongToken = intruder.op(b.id(), other.facilitator(), op("note.create").put("text", "x").put("x", 0).put("y", 0));
      assertEquals("invalid_token", wrongToken.getString("reason"));
      JsonObject joinWrong = intruder.op(b.id(), other.participant(), new JsonObject().put("type", "join"));
      assertEquals("invalid_token", joinWrong.getString("reason"));

      // the member saw nothing happen and the intruder received no event
      createNote(member, b, b.participant(), "bare medlemmer");
      JsonObject state = member.op(b.id(), b.participant(), new JsonObject().put("type", "join"));
      assertEquals(1L, state.getLong("version"));
      assertNull(intruder.awaitEvent(b.events(), e -> true, Duration.ofMillis(300)));
    }
  }

  @Test
  void A3_a_client_publish_is_rejected_and_reaches_nobody() {
    Board b = newBoard(server, "ideas");
    try (BusClient c = BusClient.connect(server.port()); BusClient watcher = BusClient.connect(server.port())) {
      join(watcher, b, b.participant(), "W");
      c.publish(b.events(), new JsonObject().put("type", "note.create").put("text", "fake").put("version", 99), b.facilitator());
      assertEquals("rejected", c.awaitError(BusClient.TIMEOUT).getString("body"));
      c.publish(b.ops(), op("note.create").put("text", "fake").put("x", 0).put("y", 0), b.facilitator());
      assertEquals("rejected", c.awaitError(BusClient.TIMEOUT).getString("body"));
      assertNull(watcher.awaitEvent(b.events(), e -> "note.create".equals(e.getString("type")), Duration.ofMillis(500)));
    }
  }

  @Test
  void A3_sends_and_registers_on_any_other_address_are_denied() {
    Board b = newBoard(server, "ideas");
    try (BusClient c = BusClient.connect(server.port())) {
      c.register("samskap.shard.0.activate", b.facilitator());
      assertEquals("access_denied", c.awaitError(BusClient.TIMEOUT).getString("body"));
      // bridge err frames carry no address (docs/PROTOCOL.md A3), so the request itself just times out
      c.requestAsync("samskap.shard.0.activate", new JsonObject().put("id", b.id()), b.facilitator());
      assertEquals("access_denied", c.awaitError(BusClient.TIMEOUT).getString("body"));
      c.requestAsync("samskap.refused", new JsonObject(), b.facilitator());
      assertEquals("rejected", c.awaitError(BusClient.TIMEOUT).getString("body"));
    }
  }

  @Test
  void A5_A6_a_client_cannot_claim_a_role_through_headers_and_participants_may_not_do_facilitator_ops() {
    Board b = newBoard(server, "ideas");
    try (BusClient f = BusClient.connect(server.port()); BusClient p = BusClient.connect(server.port())) {
      join(f, b, b.facilitator(), "F");
      join(p, b, b.participant(), "P");
      JsonObject cluster = p.op(b.id(), b.participant(), op("cluster.create").put("label", "Transport"));
      String clusterId = cluster.getString("clusterId");
      // a forged role header next to the token
      JsonObject frame = new JsonObject().put("type", "send").put("address", b.ops()).put("replyAddress", UUID.randomUUID().toString())
          .put("headers", new JsonObject().put("token", b.participant()).put("samskap-role", "facilitator"))
          .put("body", op("cluster.delete").put("clientOpId", "forged-1").put("clusterId", clusterId));
      p.sendText(frame.encode());
      JsonObject forbidden = p.op(b.id(), b.participant(), op("cluster.delete").put("clusterId", clusterId));
      assertEquals("forbidden", forbidden.getString("reason"));
      assertEquals("forbidden", p.op(b.id(), b.participant(), op("board.rename").put("title", "Mitt")).getString("reason"));
      JsonObject state = f.op(b.id(), b.facilitator(), new JsonObject().put("type", "join"));
      assertEquals(1, state.getJsonObject("snapshot").getJsonArray("clusters").size(), "the forged delete did nothing");
      assertEquals(Boolean.TRUE, f.op(b.id(), b.facilitator(), op("cluster.delete").put("clusterId", clusterId)).getBoolean("ok"));
    }
  }

  @Test
  void R6_R5_bad_input_gets_a_reason_stores_nothing_and_other_clients_carry_on() {
    Board b = newBoard(server, "ideas");
    try (BusClient bad = BusClient.connect(server.port()); BusClient good = BusClient.connect(server.port())) {
      join(good, b, b.participant(), "G");
      join(bad, b, b.participant(), "B");
      String noteId = createNote(good, b, b.participant(), "ok");

      JsonObject tooLong = bad.op(b.id(), b.participant(), op("note.create").put("text", "x".repeat(2001)).put("x", 0).put("y", 0));
      assertEquals("text_too_long", tooLong.getString("reason"));
      assertEquals("Note text is 2001 characters; the limit is 2000.", tooLong.getString("message"));
      assertEquals("unknown_op", bad.op(b.id(), b.participant(), op("note.explode")).getString("reason"));
      assertEquals("bad_request", bad.op(b.id(), b.participant(), op("note.move").put("noteId", noteId).put("x", "far")).getString("reason"));
      assertEquals("bad_request", bad.op(b.id(), b.participant(), new JsonObject().put("type", "note.delete").put("noteId", noteId)).getString("reason"));
      assertEquals("not_found", bad.op(b.id(), b.participant(), op("note.delete").put("noteId", "nope")).getString("reason"));
      assertEquals("out_of_bounds", bad.op(b.id(), b.participant(), op("note.move").put("noteId", noteId).put("x", 1e12).put("y", 0)).getString("reason"));
      JsonObject notObject = bad.request(b.ops(), new JsonObject().put("type", 42), b.participant());
      assertEquals("bad_request", notObject.getString("reason"));

      bad.sendText("{this is not json");
      assertEquals("invalid_json", bad.awaitError(BusClient.TIMEOUT).getString("body"));

      JsonObject fine = good.op(b.id(), b.participant(), op("note.edit").put("noteId", noteId).put("text", "still fine"));
      assertEquals(Boolean.TRUE, fine.getBoolean("ok"));
      assertEquals(2L, fine.getLong("version"), "only the two good ops raised the version");
      JsonObject state = bad.op(b.id(), b.participant(), new JsonObject().put("type", "join"));
      JsonArray notes = state.getJsonObject("snapshot").getJsonArray("notes");
      assertEquals(1, notes.size());
      assertEquals("still fine", notes.getJsonObject(0).getString("text"));
      assertEquals(2L, server.node().store().countEvents(b.id()), "nothing from the bad ops was stored");
    }
  }

  @Test
  void T5_an_oversized_frame_is_answered_frame_too_large_and_the_socket_stays_usable() {
    Board b = newBoard(server, "ideas");
    try (BusClient c = BusClient.connect(server.port())) {
      join(c, b, b.participant(), "C");
      JsonObject big = c.op(b.id(), b.participant(), op("note.create").put("text", "y".repeat(70_000)).put("x", 0).put("y", 0));
      assertEquals("frame_too_large", big.getString("reason"));
      createNote(c, b, b.participant(), "after the big one");
    }
  }

  @Test
  void J3_since_returns_the_missed_events_in_order_and_a_snapshot_when_too_far_behind() {
    Board b = newBoard(server, "ideas");
    try (BusClient c = BusClient.connect(server.port())) {
      join(c, b, b.participant(), "C");
      String noteId = createNote(c, b, b.participant(), "n");
      for (int i = 0; i < 5; i++) {
        c.op(b.id(), b.participant(), op("note.move").put("noteId", noteId).put("x", i).put("y", i));
      }
      JsonObject since = c.op(b.id(), b.participant(), new JsonObject().put("type", "since").put("version", 3));
      assertEquals(6L, since.getLong("version"));
      JsonArray events = since.getJsonArray("events");
      assertEquals(List.of(4L, 5L, 6L), events.stream().map(e -> ((JsonObject) e).getLong("version")).toList());
      assertEquals(4.0, events.getJsonObject(2).getDouble("x"));
      JsonObject current = c.op(b.id(), b.participant(), new JsonObject().put("type", "since").put("version", 6));
      assertEquals(0, current.getJsonArray("events").size());
      JsonObject ahead = c.op(b.id(), b.participant(), new JsonObject().put("type", "since").put("version", 99));
      assertNotNull(ahead.getJsonObject("snapshot"), "a client ahead of the server is reset with a snapshot");
    }
  }

  @Test
  void E3_presence_is_published_on_join_and_leave_and_never_raises_the_version() {
    Board b = newBoard(server, "ideas");
    try (BusClient a = BusClient.connect(server.port())) {
      join(a, b, b.participant(), "A");
      BusClient c = BusClient.connect(server.port());
      join(c, b, b.participant(), "C");
      JsonObject two = a.awaitEvent(b.events(), e -> "presence".equals(e.getString("type"))
          && e.getJsonArray("members").size() == 2, BusClient.TIMEOUT);
      assertNotNull(two);
      assertEquals(Boolean.TRUE, two.getBoolean("ephemeral"));
      assertEquals(0L, two.getLong("version"));
      c.close();
      JsonObject one = a.awaitEvent(b.events(), e -> "presence".equals(e.getString("type"))
          && e.getJsonArray("members").size() == 1, BusClient.TIMEOUT);
      assertNotNull(one, "the leave was published");
      assertEquals("A", one.getJsonArray("members").getJsonObject(0).getString("name"));
    }
  }

  @Test
  void clusters_hold_notes_and_deleting_a_cluster_releases_them() {
    Board b = newBoard(server, "ideas");
    try (BusClient f = BusClient.connect(server.port())) {
      join(f, b, b.facilitator(), "F");
      String clusterId = f.op(b.id(), b.facilitator(), op("cluster.create").put("label", "Mat")).getString("clusterId");
      String noteId = createNote(f, b, b.facilitator(), "Middag sammen");
      assertEquals(Boolean.TRUE, f.op(b.id(), b.facilitator(), op("note.cluster").put("noteId", noteId).put("clusterId", clusterId)).getBoolean("ok"));
      assertEquals(Boolean.TRUE, f.op(b.id(), b.facilitator(), op("cluster.rename").put("clusterId", clusterId).put("label", "Måltider")).getBoolean("ok"));
      JsonObject s1 = f.op(b.id(), b.facilitator(), new JsonObject().put("type", "join")).getJsonObject("snapshot");
      assertEquals(clusterId, s1.getJsonArray("notes").getJsonObject(0).getString("clusterId"));
      assertEquals("Måltider", s1.getJsonArray("clusters").getJsonObject(0).getString("label"));
      f.op(b.id(), b.facilitator(), op("cluster.delete").put("clusterId", clusterId));
      JsonObject s2 = f.op(b.id(), b.facilitator(), new JsonObject().put("type", "join")).getJsonObject("snapshot");
      assertEquals(0, s2.getJsonArray("clusters").size());
      assertNull(s2.getJsonArray("notes").getJsonObject(0).getString("clusterId"));
      assertFalse(s2.getJsonArray("notes").isEmpty());
    }
  }
}
