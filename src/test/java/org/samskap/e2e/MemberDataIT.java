package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.Boards.join;
import static org.samskap.testing.Boards.newBoard;
import static org.samskap.testing.Boards.ok;
import static org.samskap.testing.Boards.op;
import static org.samskap.testing.Boards.refused;

import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.Board;
import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/**
 * docs/PROTOCOL.md [D7] over real websockets: "my data" answers the asking socket's member
 * with their notes (private ones too), votes, scores and names, and never another member's.
 */
class MemberDataIT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonObject myData(BusClient c, Board b, String token, JsonObject body) {
    return ok(c.request(b.ops(), body.put("type", "member.data"), token)).getJsonObject("data");
  }

  @Test
  void D7_my_data_holds_my_private_and_public_notes_votes_and_name_and_not_another_members_private_note() {
    Board b = newBoard(server, "ideas");
    String tag = UUID.randomUUID().toString();
    String karisPublic = "Kari offentlig " + tag;
    String karisSecret = "Kari hemmelig " + tag;
    String olasSecret = "Ola hemmelig " + tag;
    try (BusClient f = BusClient.connect(server.port()); BusClient kari = BusClient.connect(server.port());
        BusClient ola = BusClient.connect(server.port()); BusClient stranger = BusClient.connect(server.port())) {
      join(f, b, b.facilitator(), "Fa");
      JsonObject kariJoin = join(kari, b, b.participant(), "Kari " + tag);
      JsonObject olaJoin = join(ola, b, b.participant(), "Ola " + tag);
      String publicId = ok(kari, b, b.participant(), op("note.create").put("text", karisPublic).put("x", 1).put("y", 1))
          .getString("noteId");
      ok(f, b, b.facilitator(), op("note.create").put("text", "Fasilitatorens lapp").put("x", 2).put("y", 2));
      ok(f, b, b.facilitator(), op("silent.start"));
      ok(kari, b, b.participant(), op("note.create").put("text", karisSecret).put("x", 3).put("y", 3));
      ok(ola, b, b.participant(), op("note.create").put("text", olasSecret).put("x", 4).put("y", 4));
      ok(f, b, b.facilitator(), op("vote.open").put("budget", 3).put("cap", 2));
      ok(kari, b, b.participant(), op("vote.cast").put("targetId", publicId));

      // Kari asks, and even names Ola's member id and key: the answer is about the socket's member only.
      JsonObject mine = myData(kari, b, b.participant(), new JsonObject()
          .put("memberId", olaJoin.getString("memberId")).put("memberKey", olaJoin.getString("memberKey")));
      String text = mine.encode();
      assertEquals(kariJoin.getString("memberId"), mine.getString("memberId"));
      assertEquals(b.id(), mine.getString("boardId"));
      assertEquals("Kari " + tag, mine.getJsonArray("names").getString(0));
      assertEquals(1, mine.getJsonArray("names").size(), mine.encode());
      assertEquals(2, mine.getJsonObject("items").getJsonArray("notes").size(), "her public and her private note: " + text);
      assertTrue(text.contains(karisPublic), text);
      assertTrue(text.contains(karisSecret), "her own private note is in her data: " + text);
      assertEquals(1, mine.getJsonObject("openVote").getJsonObject("mine").getInteger(publicId), text);
      assertFalse(text.contains(olasSecret), "another member's private note must not be in it: " + text);
      assertFalse(text.contains("Ola"), "nor another member's name: " + text);
      assertFalse(text.contains("Fasilitatorens lapp"), "nor others' public notes: " + text);
      for (String frame : kari.rawFrames()) assertFalse(frame.contains(olasSecret), "leaked on the wire: " + frame);

      // Ola gets his own, and not Kari's private note.
      String olas = myData(ola, b, b.participant(), new JsonObject()).encode();
      assertTrue(olas.contains(olasSecret), olas);
      assertFalse(olas.contains(karisSecret), olas);
      assertFalse(olas.contains(karisPublic), olas);

      // A socket that has not joined is told so and gets nothing.
      JsonObject none = stranger.request(b.ops(), new JsonObject().put("type", "member.data"), b.participant());
      refused(none, "forbidden");
      assertNull(none.getValue("data"));
    }
  }

  @Test
  void D7_my_data_holds_my_own_matrix_score_and_not_another_members() {
    Board b = newBoard(server, "matrix");
    try (BusClient f = BusClient.connect(server.port()); BusClient kari = BusClient.connect(server.port());
        BusClient ola = BusClient.connect(server.port())) {
      join(f, b, b.facilitator(), "Fa");
      join(kari, b, b.participant(), "Kari");
      join(ola, b, b.participant(), "Ola");
      String mine = ok(f.op(b.id(), b.facilitator(), op("item.create").put("text", "Nattlys"))).getString("itemId");
      String other = ok(f.op(b.id(), b.facilitator(), op("item.create").put("text", "Kaffe"))).getString("itemId");
      ok(kari.op(b.id(), b.participant(), op("item.score").put("itemId", mine).put("x", 4).put("y", 5)));
      ok(ola.op(b.id(), b.participant(), op("item.score").put("itemId", other).put("x", 2).put("y", 1)));
      JsonObject data = myData(kari, b, b.participant(), new JsonObject());
      var items = data.getJsonObject("items").getJsonArray("items");
      assertEquals(1, items.size(), "only the item she scored: " + data.encode());
      JsonObject item = items.getJsonObject(0);
      assertEquals(mine, item.getString("id"));
      assertEquals(4.0, item.getJsonObject("myScore").getDouble("x"));
      assertNull(item.getValue("scores"), "no one else's scores: " + data.encode());
      // the facilitator's decision is hers: it is in her data, by member id, and in no one else's
      ok(f.op(b.id(), b.facilitator(), op("item.decide").put("itemId", other).put("status", "accepted").put("reason", "Rask")));
      var facItems = myData(f, b, b.facilitator(), new JsonObject()).getJsonObject("items").getJsonArray("items");
      assertEquals(1, facItems.size(), facItems.encode());
      assertEquals(other, facItems.getJsonObject(0).getString("id"));
      assertEquals(1, myData(kari, b, b.participant(), new JsonObject()).getJsonObject("items").getJsonArray("items").size());
    }
  }
}
