package org.samskap.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Reason;
import org.samskap.domain.Role;
import org.samskap.domain.journey.JourneyBoard;
import org.samskap.domain.journey.JourneyEvent;
import org.samskap.domain.journey.JourneyLimits;
import org.samskap.domain.journey.JourneyOp;
import org.samskap.domain.journey.JourneyRules;

/** Journey ops, events and snapshots as maps: every event survives storage, bad fields are named. */
class JourneyCodecTest {
  private final AtomicInteger ids = new AtomicInteger();
  private final Actor actor = new Actor(Role.FACILITATOR, "m", "Kari", () -> "id" + ids.incrementAndGet());
  private final JourneyRules rules = new JourneyRules(JourneyLimits.DEFAULTS);

  private static Map<String, Object> op(String json) {
    return new JsonObject(json).getMap();
  }

  /** Decodes and decides each op, applies it to {@code live}, and returns the encoded events as JSON text. */
  private List<String> run(JourneyBoard live, List<String> ops) {
    List<String> events = new ArrayList<>();
    for (String json : ops) {
      Map<String, Object> body = op(json);
      JourneyOp o = JourneyCodec.decodeOp((String) body.get("type"), body);
      Decision<JourneyEvent> d = rules.decide(live, o, actor);
      JourneyEvent e = ((Decision.Accepted<JourneyEvent>) d).event();
      live.apply(e);
      events.add(new JsonObject(JourneyCodec.encodeEvent(e)).encode());
    }
    return events;
  }

  private static Map<String, Object> content(JourneyBoard b) {
    Map<String, Object> m = new HashMap<>();
    JourneyContentCodec.encode(b, m, true);
    return new JsonObject(m).getMap();
  }

  @Test
  void every_event_read_back_from_json_rebuilds_the_same_board_and_so_does_the_snapshot() {
    JourneyBoard live = new JourneyBoard("Reise");
    List<String> events = run(live, List.of(
        "{\"type\":\"stage.create\",\"version\":\"current\",\"label\":\"Søknad\"}",
        "{\"type\":\"stage.create\",\"version\":\"current\",\"label\":\"Vedtak\",\"index\":0}",
        "{\"type\":\"stage.rename\",\"version\":\"current\",\"stageId\":\"id1\",\"label\":\"Digital søknad\"}",
        "{\"type\":\"stage.move\",\"version\":\"current\",\"stageId\":\"id1\",\"index\":0}",
        "{\"type\":\"stage.emotion\",\"version\":\"current\",\"stageId\":\"id1\",\"emotion\":-1}",
        "{\"type\":\"lane.create\",\"version\":\"current\",\"kind\":\"custom\",\"label\":\"Lovverk\",\"index\":2}",
        "{\"type\":\"lane.rename\",\"version\":\"current\",\"laneId\":\"actions\",\"label\":\"Hva brukeren gjør\"}",
        "{\"type\":\"lane.move\",\"version\":\"current\",\"laneId\":\"emotion\",\"index\":0}",
        "{\"type\":\"card.create\",\"version\":\"current\",\"laneId\":\"touchpoints\",\"stageId\":\"id1\",\"text\":\"Skjema\",\"touchpoint\":\"physical\"}",
        "{\"type\":\"card.create\",\"version\":\"current\",\"laneId\":\"processes\",\"stageId\":\"id1\",\"text\":\"Registrere\"}",
        "{\"type\":\"card.create\",\"version\":\"current\",\"laneId\":\"pains\",\"stageId\":\"id2\",\"text\":\"Venting\"}",
        "{\"type\":\"card.touchpoint\",\"version\":\"current\",\"cardId\":\"id4\",\"touchpoint\":\"digital\"}",
        "{\"type\":\"card.edit\",\"version\":\"current\",\"cardId\":\"id5\",\"text\":\"Registrere søknad\"}",
        "{\"type\":\"card.link\",\"version\":\"current\",\"cardId\":\"id6\",\"boardId\":\"b1\",\"noteId\":\"n1\"}",
        "{\"type\":\"role.create\",\"version\":\"current\",\"name\":\"Saksbehandler\"}",
        "{\"type\":\"huki.set\",\"version\":\"current\",\"cardId\":\"id5\",\"roleId\":\"id7\",\"value\":\"H\"}",
        "{\"type\":\"version.copy\",\"version\":\"future\",\"from\":\"current\"}",
        "{\"type\":\"card.move\",\"version\":\"future\",\"cardId\":\"id5\",\"stageId\":\"id2\"}",
        "{\"type\":\"huki.set\",\"version\":\"future\",\"cardId\":\"id5\",\"roleId\":\"id7\",\"value\":null}",
        "{\"type\":\"card.unlink\",\"version\":\"future\",\"cardId\":\"id6\",\"boardId\":\"b1\",\"noteId\":\"n1\"}",
        "{\"type\":\"role.rename\",\"version\":\"future\",\"roleId\":\"id7\",\"name\":\"Koordinator\"}",
        "{\"type\":\"card.delete\",\"version\":\"future\",\"cardId\":\"id4\"}",
        "{\"type\":\"lane.delete\",\"version\":\"future\",\"laneId\":\"id3\"}",
        "{\"type\":\"stage.delete\",\"version\":\"future\",\"stageId\":\"id1\"}",
        "{\"type\":\"role.delete\",\"version\":\"future\",\"roleId\":\"id7\"}",
        "{\"type\":\"board.rename\",\"title\":\"Ny reise\"}"));

    JourneyBoard replayed = new JourneyBoard("Reise");
    for (String e : events) replayed.apply(JourneyCodec.decodeEvent(new JsonObject(e).getMap()));
    assertEquals(content(live), content(replayed));

    Map<String, Object> stored = new HashMap<>();
    JourneyContentCodec.encode(live, stored, false);
    JourneyBoard restored = JourneyContentCodec.decode("Ny reise", new JsonObject(stored).getMap());
    assertEquals(content(live), content(restored));
    assertEquals("Ny reise", restored.title());
  }

  @Test
  void an_event_names_its_journey_in_the_field_journey_because_version_is_the_board_version() {
    JourneyBoard live = new JourneyBoard("Reise");
    String e = run(live, List.of("{\"type\":\"stage.create\",\"version\":\"future\",\"label\":\"Søknad\"}")).get(0);
    JsonObject event = new JsonObject(e);
    assertEquals("future", event.getString("journey"));
    assertEquals(null, event.getValue("version"));
  }

  private static DecodeException bad(String json) {
    Map<String, Object> body = op(json);
    return assertThrows(DecodeException.class, () -> JourneyCodec.decodeOp((String) body.get("type"), body));
  }

  @Test
  void bad_fields_are_named_in_the_rejection() {
    DecodeException huki = bad("{\"type\":\"huki.set\",\"version\":\"current\",\"cardId\":\"c\",\"roleId\":\"r\",\"value\":\"X\"}");
    assertEquals(Reason.BAD_REQUEST, huki.rejection().reason());
    assertEquals("Field 'value' must be one of H, U, K, I, or null to clear.", huki.rejection().message());
    assertEquals("Field 'value' is required: one of H, U, K, I, or null to clear.",
        bad("{\"type\":\"huki.set\",\"version\":\"current\",\"cardId\":\"c\",\"roleId\":\"r\"}").getMessage());
    assertEquals("Field 'version' must be \"current\" or \"future\".",
        bad("{\"type\":\"stage.create\",\"version\":\"past\",\"label\":\"A\"}").getMessage());
    assertEquals("Field 'emotion' must be a whole number.",
        bad("{\"type\":\"stage.emotion\",\"version\":\"current\",\"stageId\":\"s\",\"emotion\":1.5}").getMessage());
    assertEquals("Field 'touchpoint' must be one of digital, physical, interpersonal.",
        bad("{\"type\":\"card.create\",\"version\":\"current\",\"laneId\":\"l\",\"stageId\":\"s\",\"text\":\"t\",\"touchpoint\":\"paper\"}").getMessage());
    assertEquals(Reason.UNKNOWN_OP, bad("{\"type\":\"note.create\",\"version\":\"current\"}").rejection().reason());
  }
}
