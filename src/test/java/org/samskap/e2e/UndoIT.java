package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samskap.testing.Boards.event;
import static org.samskap.testing.Boards.join;
import static org.samskap.testing.Boards.newBoard;
import static org.samskap.testing.Boards.ok;
import static org.samskap.testing.Boards.op;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.Board;
import org.samskap.testing.Boards;
import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/**
 * Personal undo over real websockets on a real server and database (docs/PROTOCOL.md U1-U10):
 * the matrix and the journey, what others see, the refusals on the wire, and a reconnect.
 */
class UndoIT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonObject journeyOp(String type) {
    return op(type).put("version", "current");
  }

  @Test
  void U4_U10_a_matrix_edit_and_score_are_undone_and_redone_and_the_other_member_sees_each() {
    Board b = newBoard(server, "matrix");
    try (BusClient fac = BusClient.connect(server.port()); BusClient ola = BusClient.connect(server.port())) {
      join(fac, b, b.facilitator(), "Kari");
      join(ola, b, b.participant(), "Ola");
      String item = ok(fac, b, b.facilitator(), op("item.create").put("text", "Digital søknad")).getString("itemId");
      ok(fac, b, b.facilitator(), op("item.edit").put("itemId", item).put("text", "Digital søknad om BPA"));
      long edited = ok(ola, b, b.participant(), op("item.score").put("itemId", item).put("x", 2).put("y", 3)).getLong("version");
      ok(ola, b, b.participant(), op("item.score").put("itemId", item).put("x", 5).put("y", 4));
      ola.drainEvents(b.events());

      JsonObject reply = ok(fac, b, b.facilitator(), op("undo"));
      assertEquals("undo", reply.getString("undo"));
      assertEquals("item.edit", reply.getString("undone"));
      JsonObject seen = event(ola, b, "item.edit", reply.getLong("version"));
      assertEquals("Digital søknad", seen.getString("text"), "U3: the earlier text");
      assertEquals("undo", seen.getString("undo"), "U8: the event says it was an undo");
      assertEquals(edited + 2, reply.getLong("version"), "the version only goes up");

      JsonObject score = ok(ola, b, b.participant(), op("undo"));
      JsonObject scored = event(fac, b, "item.score", score.getLong("version"));
      assertEquals(item, scored.getString("itemId"));
      JsonObject redone = ok(fac, b, b.facilitator(), op("redo"));
      assertEquals("Digital søknad om BPA", event(ola, b, "item.edit", redone.getLong("version")).getString("text"));

      long before = redone.getLong("version");
      Boards.refused(ola.op(b.id(), b.participant(), op("undo")), "nothing_to_undo"); // the first score has no inverse
      Boards.refused(ola.op(b.id(), b.participant(), op("redo").put("of", "someone-else")), "nothing_to_redo");
      JsonObject check = look(b);
      assertEquals(before, check.getLong("version"), "U4: refusals changed nothing");
    }
  }

  @Test
  void U1_U10_a_journey_card_move_is_undone_after_a_reconnect_and_someone_elses_later_move_wins() {
    Board b = newBoard(server, "journey");
    try (BusClient fac = BusClient.connect(server.port()); BusClient ola = BusClient.connect(server.port())) {
      join(fac, b, b.facilitator(), "Kari");
      join(ola, b, b.participant(), "Ola");
      String s1 = ok(fac, b, b.facilitator(), journeyOp("stage.create").put("label", "Før")).getString("stageId");
      String s2 = ok(fac, b, b.facilitator(), journeyOp("stage.create").put("label", "Under")).getString("stageId");
      String s3 = ok(fac, b, b.facilitator(), journeyOp("stage.create").put("label", "Etter")).getString("stageId");

      // Ane makes a card and moves it, then her connection drops; she comes back with her member key.
      String key;
      String card;
      try (BusClient ane = BusClient.connect(server.port())) {
        ane.register(b.events(), b.participant());
        key = ok(ane.request(b.ops(), new JsonObject().put("type", "join").put("name", "Ane"), b.participant()))
            .getString("memberKey");
        card = ok(ane, b, b.participant(), journeyOp("card.create").put("laneId", "actions").put("stageId", s1)
            .put("text", "Ringer kommunen")).getString("cardId");
        ok(ane, b, b.participant(), journeyOp("card.move").put("cardId", card).put("stageId", s2));
      }
      try (BusClient ane = BusClient.connect(server.port())) {
        ane.register(b.events(), b.participant());
        ok(ane.request(b.ops(), new JsonObject().put("type", "join").put("name", "Ane").put("memberKey", key), b.participant()));
        JsonObject undone = ok(ane, b, b.participant(), op("undo"));
        JsonObject moved = event(ola, b, "card.move", undone.getLong("version"));
        assertEquals(s1, moved.getString("stageId"), "U1: the stack survived the reconnect");
        ok(ane, b, b.participant(), op("redo"));

        // Ola moves the same card; Ane's undo of her redo is skipped and Ola's move stands.
        long olaMoved = ok(ola, b, b.participant(), journeyOp("card.move").put("cardId", card).put("stageId", s3)).getLong("version");
        Boards.refused(ane.op(b.id(), b.participant(), op("undo")), "changed_since");
        JsonObject state = look(b);
        assertEquals(olaMoved, state.getLong("version"), "U5: nothing was applied");
        String stage = state.getJsonObject("snapshot").getJsonObject("journeys").getJsonObject("current")
            .getJsonArray("cards").getJsonObject(0).getString("stageId");
        assertEquals(s3, stage, "Ola's move stands");
      }
    }
  }

  /** The board as a facilitator who joins now sees it (join reply with version and snapshot). */
  private static JsonObject look(Board b) {
    try (BusClient c = BusClient.connect(server.port())) {
      return join(c, b, b.facilitator(), "Sjekk");
    }
  }
}
