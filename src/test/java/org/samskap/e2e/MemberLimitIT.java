package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.samskap.testing.Boards.newBoard;
import static org.samskap.testing.Boards.ok;
import static org.samskap.testing.Boards.op;
import static org.samskap.testing.Boards.refused;

import java.util.Map;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.Board;
import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/**
 * Rule J9 (docs/PROTOCOL.md): a board takes at most SAMSKAP_MAX_MEMBERS distinct members; the
 * next participant's join is refused members_full, and those already on it carry on. The limit
 * is 3 here so the fourth join is the one refused.
 */
class MemberLimitIT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(Map.of("SAMSKAP_MAX_MEMBERS", "3"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonObject join(BusClient c, Board b, String token, String name, String memberKey) {
    c.register(b.events(), token);
    JsonObject body = new JsonObject().put("type", "join").put("name", name);
    if (memberKey != null) body.put("memberKey", memberKey);
    return c.request(b.ops(), body, token);
  }

  @Test
  void the_join_past_the_member_limit_is_refused_members_full_and_the_others_carry_on_J9() {
    Board b = newBoard(server, "ideas");
    try (BusClient c1 = BusClient.connect(server.port());
         BusClient c2 = BusClient.connect(server.port());
         BusClient c3 = BusClient.connect(server.port());
         BusClient c4 = BusClient.connect(server.port());
         BusClient c1again = BusClient.connect(server.port());
         BusClient fac = BusClient.connect(server.port());
         BusClient c5 = BusClient.connect(server.port())) {
      String key1 = ok(join(c1, b, b.participant(), "En", null)).getString("memberKey");
      ok(join(c2, b, b.participant(), "To", null));
      ok(join(c3, b, b.participant(), "Tre", null));

      JsonObject fourth = refused(join(c4, b, b.participant(), "Fire", null), "members_full");
      assertFalse(fourth.containsKey("snapshot"), "nothing of the board is sent: " + fourth.encode());

      // A second tab of a member who is here counts once, and a facilitator is always let in.
      ok(join(c1again, b, b.participant(), "En", key1));
      ok(join(fac, b, b.facilitator(), "Fasilitator", null));

      // Those on the board are unaffected: an op still goes through.
      JsonObject created = ok(c2.op(b.id(), b.participant(), op("note.create").put("text", "Fortsatt her").put("x", 1).put("y", 1)));
      assertEquals(Boolean.TRUE, created.getBoolean("ok"));

      // The facilitator counts as a member: with one participant gone it is still full.
      c3.close();
      awaitRefusedThenOk(c5, b, false);
      // When the facilitator leaves too, the next person gets in.
      fac.close();
      awaitRefusedThenOk(c5, b, true);
    }
  }

  /** Joins until the answer is ok (if expectOk) or for a second, asserting members_full meanwhile. */
  private static void awaitRefusedThenOk(BusClient c5, Board b, boolean expectOk) {
    {
      JsonObject later = null;
      for (int i = 0; i < (expectOk ? 50 : 10); i++) {
        later = join(c5, b, b.participant(), "Fem", null);
        if (Boolean.TRUE.equals(later.getBoolean("ok"))) break;
        refused(later, "members_full");
        try { Thread.sleep(100); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
      }
      if (expectOk) ok(later);
      else refused(later, "members_full");
    }
  }
}
