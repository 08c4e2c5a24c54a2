package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.Boards.join;
import static org.samskap.testing.Boards.newBoard;
import static org.samskap.testing.Boards.ok;
import static org.samskap.testing.Boards.op;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.Board;
import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/** Facilitation and dot voting over real websockets (docs/PROTOCOL.md, rules F1-F9 and V1-V8). */
class FacilitationIT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(Map.of("SAMSKAP_OPS_PER_SECOND", "2000"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String note(BusClient c, Board b, String token, String text) {
    return ok(c, b, token, op("note.create").put("text", text).put("x", 1).put("y", 2)).getString("noteId");
  }

  static long version(BusClient c, Board b, String token) {
    return c.request(b.ops(), new JsonObject().put("type", "since").put("version", 0), token).getLong("version");
  }

  static List<JsonObject> parallel(BusClient c, Board b, String token, List<JsonObject> bodies) {
    List<CompletableFuture<JsonObject>> fs = new ArrayList<>();
    for (JsonObject body : bodies) fs.add(c.requestAsync(b.ops(), body, token));
    return fs.stream().map(CompletableFuture::join).toList();
  }

  static long oks(List<JsonObject> replies) {
    return replies.stream().filter(r -> Boolean.TRUE.equals(r.getBoolean("ok"))).count();
  }

  @Test
  void V3_the_budget_holds_under_many_concurrent_votes_from_one_member_on_two_sockets() {
    Board b = newBoard(server, "ideas");
    try (BusClient f = BusClient.connect(server.port()); BusClient p1 = BusClient.connect(server.port());
        BusClient p2 = BusClient.connect(server.port())) {
      join(f, b, b.facilitator(), "Fa");
      String key = join(p1, b, b.participant(), "Kari").getString("memberKey");
      p2.register(b.events(), b.participant());
      p2.request(b.ops(), new JsonObject().put("type", "join").put("memberKey", key), b.participant());
      List<String> notes = List.of(note(f, b, b.facilitator(), "A"), note(f, b, b.facilitator(), "B"),
          note(f, b, b.facilitator(), "C"));
      ok(f, b, b.facilitator(), op("vote.open").put("budget", 5).put("cap", 2));
      List<JsonObject> casts = new ArrayList<>();
      for (int i = 0; i < 60; i++) casts.add(op("vote.cast").put("targetId", notes.get(i % 3)));
      CompletableFuture<List<JsonObject>> a = CompletableFuture.supplyAsync(() -> parallel(p1, b, b.participant(), casts.subList(0, 30)));
      CompletableFuture<List<JsonObject>> c = CompletableFuture.supplyAsync(() -> parallel(p2, b, b.participant(), casts.subList(30, 60)));
      List<JsonObject> replies = new ArrayList<>(a.join());
      replies.addAll(c.join());
      assertEquals(5, oks(replies), "one member on two devices gets exactly the budget");
      for (JsonObject r : replies) {
        if (!r.getBoolean("ok")) assertTrue(List.of("over_budget", "over_cap").contains(r.getString("reason")), r.encode());
      }
      JsonObject snap = p1.request(b.ops(), new JsonObject().put("type", "join").put("memberKey", key), b.participant())
          .getJsonObject("snapshot");
      JsonObject vote = snap.getJsonObject("session").getJsonObject("vote");
      assertEquals(5, vote.getInteger("used"));
      for (Object n : vote.getJsonObject("mine").getMap().values()) assertTrue(((Number) n).intValue() <= 2, vote.encode());
    }
  }

  @Test
  void V3_the_cap_per_item_holds_under_concurrent_votes_and_bad_input_changes_nothing() {
    Board b = newBoard(server, "ideas");
    try (BusClient f = BusClient.connect(server.port()); BusClient p = BusClient.connect(server.port())) {
      join(f, b, b.facilitator(), "Fa");
      join(p, b, b.participant(), "Ola");
      String n = note(f, b, b.facilitator(), "Kaffe i resepsjonen");
      ok(f, b, b.facilitator(), op("vote.open").put("budget", 10).put("cap", 3).put("liveCounts", true).put("anonymous", false));
      List<JsonObject> casts = new ArrayList<>();
      for (int i = 0; i < 40; i++) casts.add(op("vote.cast").put("targetId", n));
      List<JsonObject> replies = parallel(p, b, b.participant(), casts);
      assertEquals(3, oks(replies));
      JsonObject refused = replies.stream().filter(r -> !r.getBoolean("ok")).findFirst().orElseThrow();
      assertEquals("over_cap", refused.getString("reason"));
      assertEquals("You may give at most 3 votes to one item.", refused.getString("message"));
      long before = version(f, b, b.facilitator());
      JsonObject again = p.op(b.id(), b.participant(), op("vote.cast").put("targetId", n));
      assertEquals("over_cap", again.getString("reason"));
      JsonObject bad = f.op(b.id(), b.facilitator(), op("vote.open").put("budget", 3));
      assertEquals("voting_open", bad.getString("reason"));
      assertEquals(before, version(f, b, b.facilitator()), "refused ops change nothing (R5)");
      JsonObject closed = ok(f, b, b.facilitator(), op("vote.close"));
      assertNotNull(closed.getValue("version"));
      JsonObject snap = f.request(b.ops(), new JsonObject().put("type", "join"), b.facilitator()).getJsonObject("snapshot");
      JsonObject result = snap.getJsonObject("session").getJsonArray("results").getJsonObject(0);
      assertEquals(3, result.getJsonArray("ranking").getJsonObject(0).getInteger("votes"));
      assertEquals(3, snap.getJsonArray("notes").getJsonObject(0).getInteger("votes"), "the snapshot shows votes per note");
      JsonObject late = p.op(b.id(), b.participant(), op("vote.cast").put("targetId", n));
      assertEquals("voting_closed", late.getString("reason"));
    }
  }

  @Test
  void F1_a_participant_cannot_start_a_vote_lock_reveal_or_change_phase() {
    Board b = newBoard(server, "ideas");
    try (BusClient p = BusClient.connect(server.port())) {
      join(p, b, b.participant(), "Kari");
      long before = version(p, b, b.participant());
      for (JsonObject body : List.of(op("vote.open").put("budget", 3), op("board.lock").put("locked", true),
          op("silent.reveal"), op("silent.start"), op("phase.set").put("phase", "vote"), op("timer.start").put("seconds", 60),
          op("member.remove").put("memberId", "mabcdef"), op("cursors.hide").put("hidden", true))) {
        JsonObject r = p.op(b.id(), b.participant(), body);
        assertEquals("forbidden", r.getString("reason"), body.encode());
        assertEquals("Only a facilitator may do " + body.getString("type") + ".", r.getString("message"));
      }
      assertEquals(before, version(p, b, b.participant()));
    }
  }

  @Test
  void F2_F3_phase_and_lock_limit_participants_only() {
    Board b = newBoard(server, "ideas");
    try (BusClient f = BusClient.connect(server.port()); BusClient p = BusClient.connect(server.port())) {
      join(f, b, b.facilitator(), "Fa");
      join(p, b, b.participant(), "Kari");
      ok(f, b, b.facilitator(), op("phase.set").put("phase", "group"));
      JsonObject r = p.op(b.id(), b.participant(), op("note.create").put("text", "x").put("x", 0).put("y", 0));
      assertEquals("wrong_phase", r.getString("reason"));
      ok(p, b, b.participant(), op("cluster.create").put("label", "Tema"));
      ok(f, b, b.facilitator(), op("board.lock").put("locked", true));
      assertEquals("locked", p.op(b.id(), b.participant(), op("cluster.create").put("label", "T2")).getString("reason"));
      note(f, b, b.facilitator(), "the facilitator still writes");
      ok(f, b, b.facilitator(), op("board.lock").put("locked", false));
      ok(f, b, b.facilitator(), op("phase.set").put("phase", "free"));
      note(p, b, b.participant(), "free again");
    }
  }

  @Test
  void F5_a_private_note_never_reaches_another_client_before_reveal() {
    Board b = newBoard(server, "ideas");
    String secret = "Hemmelig idé " + UUID.randomUUID();
    try (BusClient f = BusClient.connect(server.port()); BusClient author = BusClient.connect(server.port());
        BusClient other = BusClient.connect(server.port())) {
      join(f, b, b.facilitator(), "Fa");
      String authorKey = join(author, b, b.participant(), "Kari").getString("memberKey");
      join(other, b, b.participant(), "Ola");
      ok(f, b, b.facilitator(), op("silent.start"));
      JsonObject created = ok(author, b, b.participant(), op("note.create").put("text", secret).put("x", 5).put("y", 5));
      String noteId = created.getString("noteId");
      assertEquals(secret, created.getJsonObject("event").getString("text"), "the author gets the full event (J6)");
      ok(author, b, b.participant(), op("note.edit").put("noteId", noteId).put("text", secret + " (endret)"));
      JsonObject redacted = other.awaitEvent(b.events(), e -> "note.create".equals(e.getString("type")), BusClient.TIMEOUT);
      assertNotNull(redacted);
      assertEquals(Boolean.TRUE, redacted.getBoolean("redacted"));
      assertNull(redacted.getValue("text"));
      // others cannot touch it, and catching up or joining does not show it
      assertEquals("not_found", other.op(b.id(), b.participant(), op("note.edit").put("noteId", noteId).put("text", "x"))
          .getString("reason"));
      other.request(b.ops(), new JsonObject().put("type", "since").put("version", 0), b.participant());
      other.request(b.ops(), new JsonObject().put("type", "since").put("version", 2), b.participant());
      f.request(b.ops(), new JsonObject().put("type", "join"), b.facilitator());
      JsonObject mine = author.request(b.ops(), new JsonObject().put("type", "join").put("memberKey", authorKey), b.participant());
      assertTrue(mine.encode().contains(secret), "the author still sees the note");
      for (BusClient c : List.of(other, f)) {
        for (String frame : c.rawFrames()) assertFalse(frame.contains("Hemmelig"), "leaked on the wire: " + frame);
      }
      // Repeating the author's clientOpId (public in the redacted event) gets no private text (R2, J6).
      JsonObject replay = other.op(b.id(), b.participant(), new JsonObject().put("type", "note.create")
          .put("clientOpId", redacted.getString("clientOpId")).put("text", "x").put("x", 0).put("y", 0));
      assertEquals(noteId, replay.getString("noteId"));
      assertNull(replay.getValue("event"));
      for (String frame : other.rawFrames()) assertFalse(frame.contains("Hemmelig"), "leaked on the wire: " + frame);
      ok(f, b, b.facilitator(), op("silent.reveal"));
      JsonObject reveal = other.awaitEvent(b.events(), e -> "silent.reveal".equals(e.getString("type")), BusClient.TIMEOUT);
      assertEquals(secret + " (endret)", reveal.getJsonObject("revealed").getJsonArray("notes").getJsonObject(0).getString("text"));
      ok(other, b, b.participant(), op("note.move").put("noteId", noteId).put("x", 9).put("y", 9));
    }
  }

  @Test
  void V4_hidden_counts_and_anonymous_votes_show_neither_target_nor_voter_to_others() {
    Board b = newBoard(server, "ideas");
    try (BusClient f = BusClient.connect(server.port()); BusClient p = BusClient.connect(server.port());
        BusClient watcher = BusClient.connect(server.port())) {
      join(f, b, b.facilitator(), "Fa");
      join(p, b, b.participant(), "Kari");
      join(watcher, b, b.participant(), "Ola");
      String n = note(f, b, b.facilitator(), "A");
      ok(f, b, b.facilitator(), op("vote.open").put("budget", 3).put("liveCounts", false).put("anonymous", true));
      JsonObject r = ok(p, b, b.participant(), op("vote.cast").put("targetId", n));
      assertEquals(n, r.getJsonObject("event").getString("targetId"), "the voter sees their own vote");
      JsonObject seen = watcher.awaitEvent(b.events(), e -> "vote.cast".equals(e.getString("type")), BusClient.TIMEOUT);
      assertNull(seen.getValue("targetId"));
      assertNull(seen.getValue("memberId"));
      assertNull(seen.getValue("by"));
      JsonObject snap = watcher.request(b.ops(), new JsonObject().put("type", "since").put("version", 0), b.participant())
          .getJsonObject("snapshot");
      assertNull(snap.getJsonObject("session").getJsonObject("vote").getValue("counts"));
      assertNull(snap.getJsonArray("notes").getJsonObject(0).getValue("votes"));
    }
  }

  @Test
  void F4_F6_F7_timer_follow_and_hidden_cursors_reach_everyone() {
    Board b = newBoard(server, "ideas");
    try (BusClient f = BusClient.connect(server.port()); BusClient p = BusClient.connect(server.port())) {
      join(f, b, b.facilitator(), "Fa");
      join(p, b, b.participant(), "Kari");
      long before = System.currentTimeMillis();
      ok(f, b, b.facilitator(), op("timer.start").put("seconds", 300));
      JsonObject timer = p.awaitEvent(b.events(), e -> "timer.start".equals(e.getString("type")), BusClient.TIMEOUT);
      assertTrue(timer.getLong("endsAt") >= before + 300_000, timer.encode());
      ok(f, b, b.facilitator(), op("view.follow").put("x", 100).put("y", -50).put("zoom", 1.5));
      JsonObject follow = p.awaitEvent(b.events(), e -> "view.follow".equals(e.getString("type")), BusClient.TIMEOUT);
      assertEquals(1.5, follow.getDouble("zoom"));
      ok(f, b, b.facilitator(), op("cursors.hide").put("hidden", true));
      f.request(b.ops(), new JsonObject().put("type", "cursor.move").put("x", 1).put("y", 1), b.facilitator());
      ok(f, b, b.facilitator(), op("cursors.hide").put("hidden", false));
      f.request(b.ops(), new JsonObject().put("type", "cursor.move").put("x", 2).put("y", 2), b.facilitator());
      JsonObject cursor = p.awaitEvent(b.events(), e -> "cursor".equals(e.getString("type")), BusClient.TIMEOUT);
      assertEquals(2.0, cursor.getDouble("x"), "the move made while cursors were hidden was not shared");
    }
  }

  @Test
  void F8_a_removed_participant_is_closed_and_cannot_join_again() throws Exception {
    Board b = newBoard(server, "ideas");
    try (BusClient f = BusClient.connect(server.port()); BusClient p = BusClient.connect(server.port())) {
      join(f, b, b.facilitator(), "Fa");
      JsonObject j = join(p, b, b.participant(), "Plager");
      ok(f, b, b.facilitator(), op("member.remove").put("memberId", j.getString("memberId")));
      assertEquals(4001, p.closed().get(10, TimeUnit.SECONDS));
      assertTrue(p.rawFrames().stream().anyMatch(s -> s.contains("\"removed\"")), "the socket was told why");
      JsonObject presence = f.awaitEvent(b.events(), e -> "presence".equals(e.getString("type"))
          && e.getJsonArray("members").size() == 1, BusClient.TIMEOUT);
      assertNotNull(presence);
    }
    try (BusClient again = BusClient.connect(server.port())) {
      again.register(b.events(), b.participant());
      JsonObject r = again.request(b.ops(), new JsonObject().put("type", "join").put("memberKey",
          "irrelevant-key-that-is-long-enough"), b.participant());
      assertEquals(Boolean.TRUE, r.getBoolean("ok"), "another member may still join");
    }
  }

  @Test
  void F8_the_same_member_key_is_refused_after_removal() {
    Board b = newBoard(server, "ideas");
    String key;
    try (BusClient f = BusClient.connect(server.port()); BusClient p = BusClient.connect(server.port())) {
      join(f, b, b.facilitator(), "Fa");
      JsonObject j = join(p, b, b.participant(), "Plager");
      key = j.getString("memberKey");
      ok(f, b, b.facilitator(), op("member.remove").put("memberId", j.getString("memberId")));
      p.closed().join();
    }
    try (BusClient again = BusClient.connect(server.port())) {
      JsonObject r = again.request(b.ops(), new JsonObject().put("type", "join").put("memberKey", key), b.participant());
      assertEquals("removed", r.getString("reason"));
      assertEquals("The facilitator removed you from this board.", r.getString("message"));
    }
  }

  @Test
  void F9_revoking_the_participant_link_closes_its_sockets_and_the_old_token_stops_working() throws Exception {
    Board b = newBoard(server, "ideas");
    try (BusClient f = BusClient.connect(server.port()); BusClient p = BusClient.connect(server.port())) {
      join(f, b, b.facilitator(), "Fa");
      join(p, b, b.participant(), "Kari");
      HttpResponse<String> forbidden = revoke(b, b.participant());
      assertEquals(403, forbidden.statusCode());
      assertEquals(401, revoke(b, null).statusCode());
      HttpResponse<String> r = revoke(b, b.facilitator());
      assertEquals(200, r.statusCode(), r.body());
      JsonObject body = new JsonObject(r.body());
      String fresh = body.getString("token");
      assertNotEquals(b.participant(), fresh);
      assertTrue(body.getString("link").endsWith("/b/" + b.id() + "#t=" + fresh));
      assertEquals(4002, p.closed().get(10, TimeUnit.SECONDS));
      note(f, b, b.facilitator(), "the facilitator stays");
      try (BusClient old = BusClient.connect(server.port())) {
        JsonObject refused = old.request(b.ops(), new JsonObject().put("type", "join"), b.participant());
        assertEquals("invalid_token", refused.getString("reason"));
        JsonObject joined = old.request(b.ops(), new JsonObject().put("type", "join"), fresh);
        assertEquals("participant", joined.getString("role"));
      }
    }
  }

  @Test
  void F5_V3_after_a_restart_the_private_note_stays_private_and_the_budget_remembers_the_votes() {
    try (TestServer own = TestServer.start()) {
      JsonObject created = own.createBoard("Omstart");
      Board b = Board.of(created);
      String key;
      String secret = "Etter omstart " + UUID.randomUUID();
      try (BusClient f = BusClient.connect(own.port()); BusClient p = BusClient.connect(own.port())) {
        join(f, b, b.facilitator(), "Fa");
        key = join(p, b, b.participant(), "Kari").getString("memberKey");
        String n = note(f, b, b.facilitator(), "Offentlig");
        ok(f, b, b.facilitator(), op("vote.open").put("budget", 2));
        ok(p, b, b.participant(), op("vote.cast").put("targetId", n));
        ok(p, b, b.participant(), op("vote.cast").put("targetId", n));
        ok(f, b, b.facilitator(), op("silent.start"));
        ok(p, b, b.participant(), op("note.create").put("text", secret).put("x", 0).put("y", 0));
      }
      own.restart();
      try (BusClient f = BusClient.connect(own.port()); BusClient p = BusClient.connect(own.port())) {
        JsonObject fj = join(f, b, b.facilitator(), "Fa");
        assertFalse(fj.encode().contains(secret), "still private after the restart");
        assertEquals(1, fj.getJsonObject("snapshot").getJsonObject("session").getInteger("privateCount"));
        p.register(b.events(), b.participant());
        JsonObject pj = p.request(b.ops(), new JsonObject().put("type", "join").put("memberKey", key), b.participant());
        assertTrue(pj.encode().contains(secret), "the author still has it");
        String n = pj.getJsonObject("snapshot").getJsonArray("notes").getJsonObject(0).getString("id");
        assertEquals("over_budget", p.op(b.id(), b.participant(), op("vote.cast").put("targetId", n)).getString("reason"));
      }
    }
  }

  static HttpResponse<String> revoke(Board b, String token) throws Exception {
    return server.call("POST", "/api/boards/" + b.id() + "/links/participant", token, null);
  }
}
