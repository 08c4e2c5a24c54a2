package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.Boards.event;
import static org.samskap.testing.Boards.join;
import static org.samskap.testing.Boards.newBoard;
import static org.samskap.testing.Boards.ok;

import java.time.Duration;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.Board;
import org.samskap.testing.Boards;
import org.samskap.testing.BusClient;
import org.samskap.testing.TestServer;

/** The journey board (kind {@code journey}) over real websockets against a real server and database. Names cite docs/PROTOCOL.md. */
class JourneyBoardIT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonObject op(String type, String version) {
    return new JsonObject().put("type", type).put("clientOpId", UUID.randomUUID().toString()).put("version", version);
  }

  static JsonObject refused(BusClient c, Board b, String token, JsonObject body, String reason) {
    return Boards.refused(c.op(b.id(), token, body), reason);
  }

  @Test
  void JR1_a_new_journey_snapshot_has_both_versions_with_the_default_lanes() {
    Board b = newBoard(server, "journey");
    try (BusClient c = BusClient.connect(server.port())) {
      JsonObject snap = join(c, b, b.participant(), "Kari").getJsonObject("snapshot");
      assertEquals("journey", snap.getJsonObject("board").getString("kind"));
      for (String v : new String[] {"current", "future"}) {
        JsonObject j = snap.getJsonObject("journeys").getJsonObject(v);
        assertEquals(8, j.getJsonArray("lanes").size());
        assertEquals("processes", j.getJsonArray("lanes").getJsonObject(3).getString("kind"));
        assertEquals(0, j.getJsonArray("stages").size());
      }
      assertEquals(0, snap.getJsonArray("warnings").size());
      assertEquals(0, snap.getJsonArray("diff").size());
    }
  }

  @Test
  void E1_two_clients_editing_a_journey_see_each_others_changes() {
    Board b = newBoard(server, "journey");
    try (BusClient a = BusClient.connect(server.port()); BusClient c = BusClient.connect(server.port())) {
      join(a, b, b.facilitator(), "Kari");
      join(c, b, b.participant(), "Ola");

      String stageId = ok(a, b, b.facilitator(), op("stage.create", "current").put("label", "Søknad")).getString("stageId");
      JsonObject stage = event(c, b, "stage.create");
      assertEquals(stageId, stage.getString("stageId"));
      assertEquals("current", stage.getString("journey"));
      assertEquals(1L, stage.getLong("version"));

      JsonObject card = ok(c, b, b.participant(), op("card.create", "current").put("laneId", "processes")
          .put("stageId", stageId).put("text", "Registrere søknad"));
      String cardId = card.getString("cardId");
      JsonObject created = event(a, b, "card.create");
      assertEquals("Registrere søknad", created.getString("text"));
      assertEquals("Ola", created.getString("author"));

      String roleId = ok(a, b, b.facilitator(), op("role.create", "current").put("name", "Saksbehandler")).getString("roleId");
      event(c, b, "role.create");
      JsonObject huki = ok(c, b, b.participant(), op("huki.set", "current").put("cardId", cardId).put("roleId", roleId).put("value", "U"));
      assertEquals("huki_no_h", huki.getString("warning"), "JR6: a step without H is accepted with a warning");
      JsonObject seen = event(a, b, "huki.set");
      assertEquals("U", seen.getString("value"));
      assertEquals("huki_no_h", seen.getString("warning"));

      ok(c, b, b.participant(), op("stage.emotion", "current").put("stageId", stageId).put("emotion", -2));
      assertEquals(-2, event(a, b, "stage.emotion").getInteger("emotion"));

      ok(a, b, b.facilitator(), op("version.copy", "future").put("from", "current"));
      event(c, b, "version.copy");
      ok(c, b, b.participant(), op("card.edit", "future").put("cardId", cardId).put("text", "Søknad registreres automatisk"));
      event(a, b, "card.edit");

      JsonObject snap = c.request(b.ops(), new JsonObject().put("type", "since").put("version", 0), b.participant());
      assertEquals(7L, snap.getLong("version"));
      JsonArray events = snap.getJsonArray("events");
      assertEquals(7, events.size(), "E2: gapless events, one per accepted op");
    }
  }

  @Test
  void J1_JR8_JR9_the_snapshot_exposes_huki_warnings_and_the_current_future_diff_as_data() {
    Board b = newBoard(server, "journey");
    try (BusClient a = BusClient.connect(server.port())) {
      join(a, b, b.facilitator(), "Kari");
      String s = ok(a, b, b.facilitator(), op("stage.create", "current").put("label", "Vedtak")).getString("stageId");
      String step = ok(a, b, b.facilitator(), op("card.create", "current").put("laneId", "processes").put("stageId", s)
          .put("text", "Fatte vedtak")).getString("cardId");
      String r1 = ok(a, b, b.facilitator(), op("role.create", "current").put("name", "Saksbehandler")).getString("roleId");
      String r2 = ok(a, b, b.facilitator(), op("role.create", "current").put("name", "Enhetsleder")).getString("roleId");
      ok(a, b, b.facilitator(), op("huki.set", "current").put("cardId", step).put("roleId", r1).put("value", "H"));
      JsonObject two = ok(a, b, b.facilitator(), op("huki.set", "current").put("cardId", step).put("roleId", r2).put("value", "H"));
      assertEquals("huki_many_h", two.getString("warning"));
      ok(a, b, b.facilitator(), op("version.copy", "future").put("from", "current"));
      String added = ok(a, b, b.facilitator(), op("card.create", "future").put("laneId", "touchpoints").put("stageId", s)
          .put("text", "Vedtak i Digipost").put("touchpoint", "digital")).getString("cardId");

      JsonObject snap = a.request(b.ops(), new JsonObject().put("type", "join").put("name", "Kari"), b.facilitator())
          .getJsonObject("snapshot");
      JsonObject current = snap.getJsonObject("journeys").getJsonObject("current");
      assertEquals(2, current.getJsonArray("huki").size());
      assertEquals("H", current.getJsonArray("huki").getJsonObject(0).getString("value"));
      JsonArray warnings = snap.getJsonArray("warnings");
      assertEquals(2, warnings.size(), "the step is warned in both versions: " + warnings.encode());
      assertEquals(new JsonObject().put("journey", "current").put("cardId", step).put("warning", "huki_many_h").put("hCount", 2),
          warnings.getJsonObject(0));
      assertEquals(new JsonArray().add(new JsonObject().put("subject", "card").put("change", "added").put("id", added)
          .put("fields", new JsonArray())), snap.getJsonArray("diff"));
    }
  }

  @Test
  void R5_JR3_a_card_in_a_lane_that_does_not_exist_is_not_found_and_changes_nothing() {
    Board b = newBoard(server, "journey");
    try (BusClient a = BusClient.connect(server.port()); BusClient c = BusClient.connect(server.port())) {
      join(a, b, b.participant(), "Kari");
      join(c, b, b.participant(), "Ola");
      String s = ok(a, b, b.participant(), op("stage.create", "current").put("label", "Søknad")).getString("stageId");
      event(c, b, "stage.create");
      JsonObject r = refused(a, b, b.participant(), op("card.create", "current").put("laneId", "no-such-lane")
          .put("stageId", s).put("text", "Ringer"), "not_found");
      assertEquals("There is no lane no-such-lane in the current journey.", r.getString("message"));
      assertNothingChanged(a, c, b, 1);
    }
  }

  @Test
  void R5_JR6_a_huki_value_that_is_not_H_U_K_or_I_is_a_bad_request_naming_the_field() {
    Board b = newBoard(server, "journey");
    try (BusClient a = BusClient.connect(server.port()); BusClient c = BusClient.connect(server.port())) {
      join(a, b, b.participant(), "Kari");
      join(c, b, b.participant(), "Ola");
      String s = ok(a, b, b.participant(), op("stage.create", "current").put("label", "Søknad")).getString("stageId");
      String step = ok(a, b, b.participant(), op("card.create", "current").put("laneId", "processes").put("stageId", s)
          .put("text", "Registrere")).getString("cardId");
      String role = ok(a, b, b.participant(), op("role.create", "current").put("name", "Saksbehandler")).getString("roleId");
      JsonObject r = refused(a, b, b.participant(), op("huki.set", "current").put("cardId", step).put("roleId", role)
          .put("value", "R"), "bad_request");
      assertTrue(r.getString("message").contains("'value'"), r.getString("message"));
      refused(a, b, b.participant(), op("huki.set", "current").put("cardId", step).put("roleId", role).put("value", 1), "bad_request");
      assertNothingChanged(a, c, b, 3);
    }
  }

  @Test
  void R5_JR5_an_emotion_outside_minus_2_to_plus_2_is_out_of_bounds() {
    Board b = newBoard(server, "journey");
    try (BusClient a = BusClient.connect(server.port()); BusClient c = BusClient.connect(server.port())) {
      join(a, b, b.participant(), "Kari");
      join(c, b, b.participant(), "Ola");
      String s = ok(a, b, b.participant(), op("stage.create", "current").put("label", "Søknad")).getString("stageId");
      JsonObject r = refused(a, b, b.participant(), op("stage.emotion", "current").put("stageId", s).put("emotion", 3), "out_of_bounds");
      assertEquals("Field 'emotion' must be from -2 to 2, was 3.", r.getString("message"));
      refused(a, b, b.participant(), op("stage.emotion", "current").put("stageId", s).put("emotion", -7), "out_of_bounds");
      assertNothingChanged(a, c, b, 1);
      JsonObject snap = a.request(b.ops(), new JsonObject().put("type", "join"), b.participant()).getJsonObject("snapshot");
      assertNull(snap.getJsonObject("journeys").getJsonObject("current").getJsonArray("stages").getJsonObject(0).getValue("emotion"));
    }
  }

  @Test
  void A6_JR2_a_participant_may_not_delete_a_lane_or_copy_a_version() {
    Board b = newBoard(server, "journey");
    try (BusClient a = BusClient.connect(server.port())) {
      join(a, b, b.participant(), "Ola");
      refused(a, b, b.participant(), op("lane.delete", "current").put("laneId", "actions"), "forbidden");
      refused(a, b, b.participant(), op("version.copy", "future").put("from", "current"), "forbidden");
      refused(a, b, b.participant(), op("note.create", "current"), "unknown_op");
      ok(a, b, b.facilitator(), op("lane.delete", "current").put("laneId", "actions"));
    }
  }

  @Test
  void R3_J4_a_journey_survives_a_restart() {
    Board b = newBoard(server, "journey");
    String cardId;
    try (BusClient a = BusClient.connect(server.port())) {
      join(a, b, b.participant(), "Kari");
      String s = ok(a, b, b.participant(), op("stage.create", "current").put("label", "Søknad")).getString("stageId");
      cardId = ok(a, b, b.participant(), op("card.create", "current").put("laneId", "pains").put("stageId", s)
          .put("text", "Lang ventetid")).getString("cardId");
      ok(a, b, b.participant(), op("card.link", "current").put("cardId", cardId).put("boardId", "ideaBoard").put("noteId", "n1"));
    }
    server.restart();
    try (BusClient a = BusClient.connect(server.port())) {
      JsonObject r = join(a, b, b.participant(), "Kari");
      assertEquals(3L, r.getLong("version"));
      JsonObject card = r.getJsonObject("snapshot").getJsonObject("journeys").getJsonObject("current")
          .getJsonArray("cards").getJsonObject(0);
      assertEquals(cardId, card.getString("id"));
      assertEquals("ideaBoard", card.getJsonArray("links").getJsonObject(0).getString("boardId"));
    }
  }

  /** Nobody saw an event after {@code version}, and the board is still at it (rule R5). */
  private static void assertNothingChanged(BusClient a, BusClient c, Board b, long version) {
    JsonObject since = a.request(b.ops(), new JsonObject().put("type", "since").put("version", version), b.participant());
    assertEquals(version, since.getLong("version"));
    assertEquals(0, since.getJsonArray("events").size());
    assertNull(c.awaitEvent(b.events(), e -> !e.getBoolean("ephemeral", false) && e.getLong("version") > version,
        Duration.ofMillis(300)), "no event after a refused op");
  }
}
