package org.samskap.protocol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samskap.domain.Reason;
import org.samskap.domain.journey.Card;
import org.samskap.domain.journey.Huki;
import org.samskap.domain.journey.HukiCheck;
import org.samskap.domain.journey.IdeaLink;
import org.samskap.domain.journey.JourneyEvent;
import org.samskap.domain.journey.JourneyOp;
import org.samskap.domain.journey.JourneyVersion;
import org.samskap.domain.journey.Lane;
import org.samskap.domain.journey.LaneKind;
import org.samskap.domain.journey.ProcessRole;
import org.samskap.domain.journey.Stage;
import org.samskap.domain.journey.Touchpoint;

/**
 * Maps journey-board ops and events to and from plain maps (JSON on the wire, BSON in the
 * database). The snapshot content is in {@link JourneyContentCodec}.
 */
public final class JourneyCodec {
  private JourneyCodec() {}

  /** The field of an op that names the journey version it edits. */
  public static final String OP_VERSION_FIELD = "version";
  /** The same in an event, where {@code version} is the board version (rule E1). */
  public static final String EVENT_VERSION_FIELD = "journey";

  /** Decodes an op; throws {@link DecodeException} naming the bad field. */
  public static JourneyOp decodeOp(String type, Map<String, Object> body) {
    return decode(type, body, OP_VERSION_FIELD);
  }

  private static JourneyOp decode(String type, Map<String, Object> body, String versionField) {
    Fields f = new Fields(body);
    try {
      if ("board.rename".equals(type)) return new JourneyOp.RenameBoard(f.string("title"));
      if (!isOp(type)) throw new Fields.Invalid(Reason.UNKNOWN_OP, "Unknown op '" + type + "'.");
      JourneyVersion v = version(f, versionField);
      return switch (type) {
        case "stage.create" -> new JourneyOp.CreateStage(v, f.string("label"), optionalIndex(f, body));
        case "stage.rename" -> new JourneyOp.RenameStage(v, f.id("stageId"), f.string("label"));
        case "stage.move" -> new JourneyOp.MoveStage(v, f.id("stageId"), index(f));
        case "stage.delete" -> new JourneyOp.DeleteStage(v, f.id("stageId"));
        case "stage.emotion" -> new JourneyOp.SetEmotion(v, f.id("stageId"), emotion(f, body));
        case "lane.create" -> new JourneyOp.CreateLane(v, laneKind(f), f.optionalString("label"), optionalIndex(f, body));
        case "lane.rename" -> new JourneyOp.RenameLane(v, f.id("laneId"), f.string("label"));
        case "lane.move" -> new JourneyOp.MoveLane(v, f.id("laneId"), index(f));
        case "lane.delete" -> new JourneyOp.DeleteLane(v, f.id("laneId"));
        case "card.create" -> new JourneyOp.CreateCard(v, f.id("laneId"), f.id("stageId"), f.string("text"),
            f.optionalString("touchpoint") == null ? null : touchpoint(f));
        case "card.edit" -> new JourneyOp.EditCard(v, f.id("cardId"), f.string("text"));
        case "card.touchpoint" -> new JourneyOp.SetTouchpoint(v, f.id("cardId"), touchpoint(f));
        case "card.move" -> new JourneyOp.MoveCard(v, f.id("cardId"), f.id("stageId"));
        case "card.delete" -> new JourneyOp.DeleteCard(v, f.id("cardId"));
        case "card.link" -> new JourneyOp.LinkIdea(v, f.id("cardId"), new IdeaLink(f.id("boardId"), f.id("noteId")));
        case "card.unlink" -> new JourneyOp.UnlinkIdea(v, f.id("cardId"), new IdeaLink(f.id("boardId"), f.id("noteId")));
        case "role.create" -> new JourneyOp.CreateRole(v, f.string("name"));
        case "role.rename" -> new JourneyOp.RenameRole(v, f.id("roleId"), f.string("name"));
        case "role.delete" -> new JourneyOp.DeleteRole(v, f.id("roleId"));
        case "huki.set" -> new JourneyOp.SetHuki(v, f.id("cardId"), f.id("roleId"), huki(f, body));
        case "version.copy" -> new JourneyOp.CopyVersion(v, version(f, "from"));
        default -> throw new Fields.Invalid(Reason.UNKNOWN_OP, "Unknown op '" + type + "'.");
      };
    } catch (Fields.Invalid e) {
      throw new DecodeException(e.rejection);
    }
  }

  private static final List<String> OPS = List.of("stage.create", "stage.rename", "stage.move", "stage.delete",
      "stage.emotion", "lane.create", "lane.rename", "lane.move", "lane.delete", "card.create", "card.edit",
      "card.touchpoint", "card.move", "card.delete", "card.link", "card.unlink", "role.create", "role.rename",
      "role.delete", "huki.set", "version.copy");

  private static boolean isOp(String type) {
    return OPS.contains(type);
  }

  /** The changed fields of an event (without its board version and clientOpId). */
  public static Map<String, Object> encodeEvent(JourneyEvent event) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", event.type());
    if (event instanceof JourneyEvent.StageCreated e) {
      m.put(EVENT_VERSION_FIELD, e.version().wire());
      m.put("stageId", e.stage().id());
      m.put("label", e.stage().label());
      m.put("emotion", e.stage().emotion());
      m.put("index", e.index());
    } else if (event instanceof JourneyEvent.LaneCreated e) {
      m.put(EVENT_VERSION_FIELD, e.version().wire());
      m.put("laneId", e.lane().id());
      m.put("kind", e.lane().kind().wire());
      m.put("label", e.lane().label());
      m.put("index", e.index());
    } else if (event instanceof JourneyEvent.CardCreated e) {
      m.put(EVENT_VERSION_FIELD, e.version().wire());
      Card c = e.card();
      m.put("cardId", c.id());
      m.put("laneId", c.laneId());
      m.put("stageId", c.stageId());
      m.put("text", c.text());
      m.put("touchpoint", c.touchpoint() == null ? null : c.touchpoint().wire());
      m.put("author", c.author());
    } else if (event instanceof JourneyEvent.RoleCreated e) {
      m.put(EVENT_VERSION_FIELD, e.version().wire());
      m.put("roleId", e.role().id());
      m.put("name", e.role().name());
    } else if (event instanceof JourneyEvent.HukiSet e) {
      m.put(EVENT_VERSION_FIELD, e.version().wire());
      m.put("cardId", e.cardId());
      m.put("roleId", e.roleId());
      m.put("value", e.value() == null ? null : e.value().wire());
      m.put("warning", e.warning() == null ? null : e.warning().wire());
    } else {
      JourneyEventFields.put((JourneyOp) event, m);
    }
    return m;
  }

  /** Reads back an event this codec encoded (from storage). */
  public static JourneyEvent decodeEvent(Map<String, Object> m) {
    String type = (String) m.get("type");
    Fields f = new Fields(m);
    try {
      switch (type) {
        case "stage.create" -> {
          Integer emotion = m.get("emotion") == null ? null : (int) f.wholeNumber("emotion");
          return new JourneyEvent.StageCreated(version(f, EVENT_VERSION_FIELD), new Stage(f.string("stageId"), f.string("label"),
              emotion), index(f));
        }
        case "lane.create" -> {
          return new JourneyEvent.LaneCreated(version(f, EVENT_VERSION_FIELD), new Lane(f.string("laneId"), laneKind(f),
              f.string("label")), index(f));
        }
        case "card.create" -> {
          Touchpoint tp = f.optionalString("touchpoint") == null ? null : touchpoint(f);
          return new JourneyEvent.CardCreated(version(f, EVENT_VERSION_FIELD), new Card(f.string("cardId"), f.string("laneId"),
              f.string("stageId"), f.string("text"), tp, f.string("author"), List.of()));
        }
        case "role.create" -> {
          return new JourneyEvent.RoleCreated(version(f, EVENT_VERSION_FIELD), new ProcessRole(f.string("roleId"), f.string("name")));
        }
        case "huki.set" -> {
          HukiCheck.Warning w = HukiCheck.Warning.fromWire(f.optionalString("warning")).orElse(null);
          return new JourneyEvent.HukiSet(version(f, EVENT_VERSION_FIELD), f.string("cardId"), f.string("roleId"), huki(f, m), w);
        }
        default -> {
          JourneyOp op = decode(type, m, EVENT_VERSION_FIELD);
          if (op instanceof JourneyEvent e) return e;
          throw new IllegalArgumentException("stored event of type " + type + " is not an event");
        }
      }
    } catch (Fields.Invalid e) {
      throw new DecodeException(e.rejection);
    }
  }

  // ---- field readers ----

  static JourneyVersion version(Fields f, String name) {
    return JourneyVersion.fromWire(f.string(name))
        .orElseThrow(() -> Fields.invalid("Field '" + name + "' must be \"current\" or \"future\"."));
  }

  static LaneKind laneKind(Fields f) {
    return LaneKind.fromWire(f.string("kind")).orElseThrow(() -> Fields.invalid(
        "Field 'kind' must be one of actions, touchpoints, actors, processes, technology, pains, gains, emotion, custom."));
  }

  static Touchpoint touchpoint(Fields f) {
    return Touchpoint.fromWire(f.string("touchpoint"))
        .orElseThrow(() -> Fields.invalid("Field 'touchpoint' must be one of digital, physical, interpersonal."));
  }

  private static Huki huki(Fields f, Map<String, Object> body) {
    if (!body.containsKey("value")) throw Fields.invalid("Field 'value' is required: one of H, U, K, I, or null to clear.");
    Object v = body.get("value");
    if (v == null) return null;
    if (!(v instanceof String s)) throw Fields.invalid("Field 'value' must be one of H, U, K, I, or null to clear.");
    return Huki.fromWire(s).orElseThrow(() -> Fields.invalid("Field 'value' must be one of H, U, K, I, or null to clear."));
  }

  private static Integer emotion(Fields f, Map<String, Object> body) {
    if (!body.containsKey("emotion")) throw Fields.invalid("Field 'emotion' is required: a whole number from -2 to 2, or null to clear.");
    if (body.get("emotion") == null) return null;
    return clampToInt(f.wholeNumber("emotion"));
  }

  private static int index(Fields f) {
    return clampToInt(f.wholeNumber("index"));
  }

  private static Integer optionalIndex(Fields f, Map<String, Object> body) {
    return body.get("index") == null ? null : index(f);
  }

  private static int clampToInt(long v) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
  }
}
