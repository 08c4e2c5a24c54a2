package org.samskap.kinds.journey;

import java.util.LinkedHashMap;
import java.util.Map;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.journey.JourneyBoard;
import org.samskap.domain.journey.JourneyEvent;
import org.samskap.domain.journey.JourneyOp;
import org.samskap.domain.journey.JourneyRules;
import org.samskap.kinds.BoardModel;
import org.samskap.kinds.Viewer;
import org.samskap.protocol.DecodeException;
import org.samskap.protocol.JourneyCodec;
import org.samskap.protocol.JourneyContentCodec;

/** The live journey board: {@link JourneyBoard} state, {@link JourneyRules}, and the journey codecs for the maps. */
final class JourneyModel implements BoardModel {
  private final JourneyBoard board;
  private final JourneyRules rules;

  JourneyModel(JourneyBoard board, JourneyRules rules) {
    this.board = board;
    this.rules = rules;
  }

  @Override
  public String kind() {
    return JourneyKind.NAME;
  }

  @Override
  public String title() {
    return board.title();
  }

  @Override
  public Decision<Map<String, Object>> decide(String type, Map<String, Object> body, Actor actor) {
    JourneyOp op;
    try {
      op = JourneyCodec.decodeOp(type, body);
    } catch (DecodeException e) {
      return new Decision.Rejected<>(e.rejection());
    }
    Decision<JourneyEvent> decision = rules.decide(board, op, actor);
    if (decision instanceof Decision.Rejected<JourneyEvent> r) return new Decision.Rejected<>(r.rejection());
    JourneyEvent event = ((Decision.Accepted<JourneyEvent>) decision).event();
    board.apply(event);
    return Decision.accept(JourneyCodec.encodeEvent(event));
  }

  @Override
  public void replay(Map<String, Object> event) {
    board.apply(JourneyCodec.decodeEvent(event));
  }

  /** Storage keeps the two journeys; people also get the HUKI warnings and the current → future diff (JR8, JR9). */
  @Override
  public Map<String, Object> content(Viewer viewer) {
    Map<String, Object> content = new LinkedHashMap<>();
    JourneyContentCodec.encode(board, content, !viewer.isStorage());
    return content;
  }

  /** People all get the same journeys, warnings and diff (only storage differs). */
  @Override
  public Object viewClass(Viewer viewer) {
    return viewer.isStorage() ? null : "people";
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
