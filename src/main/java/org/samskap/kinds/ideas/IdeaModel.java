package org.samskap.kinds.ideas;

import java.util.LinkedHashMap;
import java.util.Map;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.ideas.IdeaBoard;
import org.samskap.domain.ideas.IdeaEvent;
import org.samskap.domain.ideas.IdeaOp;
import org.samskap.domain.ideas.IdeaRules;
import org.samskap.kinds.BoardModel;
import org.samskap.kinds.Viewer;
import org.samskap.protocol.DecodeException;
import org.samskap.protocol.IdeaCodec;

/** The live idea board: {@link IdeaBoard} state, {@link IdeaRules}, and {@link IdeaCodec} for the maps. */
final class IdeaModel implements BoardModel {
  private final IdeaBoard board;
  private final IdeaRules rules;

  IdeaModel(IdeaBoard board, IdeaRules rules) {
    this.board = board;
    this.rules = rules;
  }

  IdeaBoard board() {
    return board;
  }

  @Override
  public String kind() {
    return IdeaKind.NAME;
  }

  @Override
  public String title() {
    return board.title();
  }

  @Override
  public Decision<Map<String, Object>> decide(String type, Map<String, Object> body, Actor actor) {
    IdeaOp op;
    try {
      op = IdeaCodec.decodeOp(type, body);
    } catch (DecodeException e) {
      return new Decision.Rejected<>(e.rejection());
    }
    Decision<IdeaEvent> decision = rules.decide(board, op, actor);
    if (decision instanceof Decision.Rejected<IdeaEvent> r) return new Decision.Rejected<>(r.rejection());
    IdeaEvent event = ((Decision.Accepted<IdeaEvent>) decision).event();
    board.apply(event);
    return Decision.accept(IdeaCodec.encodeEvent(event));
  }

  @Override
  public void replay(Map<String, Object> event) {
    board.apply(IdeaCodec.decodeEvent(event));
  }

  @Override
  public Map<String, Object> content(Viewer viewer) {
    Map<String, Object> content = new LinkedHashMap<>();
    IdeaCodec.encodeContent(board, content);
    return content;
  }

  @Override
  public Map<String, Object> replyFields(Map<String, Object> event) {
    Object type = event.get("type");
    if ("note.create".equals(type)) return Map.of("noteId", event.get("noteId"));
    if ("cluster.create".equals(type)) return Map.of("clusterId", event.get("clusterId"));
    return Map.of();
  }

  @Override
  public boolean hasTarget(String id) {
    return board.note(id) != null;
  }
}
