package org.samskap.kinds.journey;

import java.util.LinkedHashMap;
import java.util.Map;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Inverse;
import org.samskap.domain.journey.JourneyBoard;
import org.samskap.domain.journey.JourneyEvent;
import org.samskap.domain.journey.JourneyOp;
import org.samskap.domain.journey.JourneyOps;
import org.samskap.domain.journey.JourneyRules;
import org.samskap.domain.journey.JourneyUndo;
import org.samskap.kinds.GenericKind;
import org.samskap.kinds.KindCodec;
import org.samskap.kinds.KindRules;
import org.samskap.kinds.Viewer;
import org.samskap.protocol.JourneyCodec;
import org.samskap.protocol.JourneyContentCodec;

/** Board kind {@code journey}: a service journey (tjenestereise), current and future, with HUKI per process step. */
public final class JourneyKind extends GenericKind<JourneyBoard, JourneyOp, JourneyEvent> {
  public static final String NAME = "journey";

  /** With the system clock (tests). */
  public JourneyKind(JourneyRules rules) {
    this(rules, System::currentTimeMillis);
  }

  /** With the server's one clock (Samskap.CLOCK), which the generic adapter hands to the rules. */
  public JourneyKind(JourneyRules rules, java.util.function.LongSupplier clock) {
    super(NAME, JourneyOps.CATALOG, Map.of("noteChars", rules.limits().maxCardChars(), "labelChars", rules.limits().maxLabelChars()),
        new Rules(rules), new Codec(), clock);
  }

  private record Rules(JourneyRules rules) implements KindRules<JourneyBoard, JourneyOp, JourneyEvent> {
    @Override
    public JourneyBoard empty(String title) {
      return new JourneyBoard(title);
    }

    @Override
    public String title(JourneyBoard board) {
      return board.title();
    }

    @Override
    public Decision<JourneyEvent> decide(JourneyBoard board, JourneyOp op, Actor actor, long now) {
      return rules.decide(board, op, actor);
    }

    /** Rule D8: the kind's own erasure logic. */
    @Override
    public org.samskap.domain.MemberErased erase(JourneyBoard board, org.samskap.domain.Erasure erasure) {
      return org.samskap.domain.journey.JourneyErasure.decide(board, erasure);
    }

    @Override
    public void applyErased(JourneyBoard board, org.samskap.domain.MemberErased erased) {
      org.samskap.domain.journey.JourneyErasure.apply(board, erased);
    }

    @Override
    public void apply(JourneyBoard board, JourneyEvent event) {
      board.apply(event);
    }

    /** U3, U10: the journey's own undo logic. */
    @Override
    public Inverse<JourneyEvent> inverse(JourneyBoard before, JourneyEvent event) {
      return JourneyUndo.of(before, event);
    }
  }

  private static final class Codec implements KindCodec<JourneyBoard, JourneyOp, JourneyEvent> {
    /** People all get the same journeys, warnings and diff (T9); only storage differs. */
    @Override
    public Object viewClass(JourneyBoard board, Viewer viewer) {
      return viewer.isStorage() ? null : "people";
    }

    @Override
    public JourneyOp decodeOp(String type, Map<String, Object> body) {
      return JourneyCodec.decodeOp(type, body);
    }

    @Override
    public Map<String, Object> encodeEvent(JourneyEvent event) {
      return JourneyCodec.encodeEvent(event);
    }

    /** An op names its journey in {@code version}, an event in {@code journey} (E1 keeps {@code version}). */
    @Override
    public Map<String, Object> encodeInverse(JourneyEvent op) {
      Map<String, Object> m = new LinkedHashMap<>(JourneyCodec.encodeEvent(op));
      if (m.containsKey(JourneyCodec.EVENT_VERSION_FIELD)) {
        m.put(JourneyCodec.OP_VERSION_FIELD, m.remove(JourneyCodec.EVENT_VERSION_FIELD));
      }
      m.remove("warning");
      return m;
    }

    @Override
    public JourneyEvent decodeEvent(Map<String, Object> event) {
      return JourneyCodec.decodeEvent(event);
    }

    @Override
    public JourneyBoard decodeContent(String title, Map<String, Object> content) {
      return JourneyContentCodec.decode(title, content);
    }

    /** Storage keeps the two journeys; people also get the HUKI warnings and the current → future diff (JR8, JR9). */
    @Override
    public void encodeContent(JourneyBoard board, Viewer viewer, Map<String, Object> into) {
      JourneyContentCodec.encode(board, into, !viewer.isStorage());
    }

    @Override
    public Map<String, Object> replyFields(Map<String, Object> event) {
      Object type = event.get("type");
      Map<String, Object> fields = new LinkedHashMap<>();
      if ("stage.create".equals(type)) fields.put("stageId", event.get("stageId"));
      else if ("lane.create".equals(type)) fields.put("laneId", event.get("laneId"));
      else if ("card.create".equals(type)) fields.put("cardId", event.get("cardId"));
      else if ("role.create".equals(type)) fields.put("roleId", event.get("roleId"));
      else if ("huki.set".equals(type)) fields.put("warning", event.get("warning"));
      return fields;
    }
  }
}
