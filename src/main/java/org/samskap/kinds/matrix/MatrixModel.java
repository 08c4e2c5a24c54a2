package org.samskap.kinds.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.matrix.MatrixBoard;
import org.samskap.domain.matrix.MatrixEvent;
import org.samskap.domain.matrix.MatrixOp;
import org.samskap.domain.matrix.MatrixRules;
import org.samskap.kinds.BoardModel;
import org.samskap.kinds.Viewer;
import org.samskap.protocol.DecodeException;
import org.samskap.protocol.MatrixCodec;
import org.samskap.protocol.MatrixContentCodec;

/** The live matrix board: {@link MatrixBoard} state, {@link MatrixRules}, and the matrix codecs for the maps. */
final class MatrixModel implements BoardModel {
  private final MatrixBoard board;
  private final MatrixRules rules;
  private final LongSupplier clock;

  MatrixModel(MatrixBoard board, MatrixRules rules, LongSupplier clock) {
    this.board = board;
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  public String kind() {
    return MatrixKind.NAME;
  }

  @Override
  public String title() {
    return board.title();
  }

  @Override
  public Decision<Map<String, Object>> decide(String type, Map<String, Object> body, Actor actor) {
    MatrixOp op;
    try {
      op = MatrixCodec.decodeOp(type, body);
    } catch (DecodeException e) {
      return new Decision.Rejected<>(e.rejection());
    }
    Decision<MatrixEvent> decision = rules.decide(board, op, actor, clock.getAsLong());
    if (decision instanceof Decision.Rejected<MatrixEvent> r) return new Decision.Rejected<>(r.rejection());
    MatrixEvent event = ((Decision.Accepted<MatrixEvent>) decision).event();
    board.apply(event);
    return Decision.accept(MatrixCodec.encodeEvent(event));
  }

  @Override
  public void replay(Map<String, Object> event) {
    board.apply(MatrixCodec.decodeEvent(event));
  }

  @Override
  public Map<String, Object> content(Viewer viewer) {
    Map<String, Object> content = new LinkedHashMap<>();
    MatrixContentCodec.encode(board, viewer.isStorage() ? null : viewer.memberId(), rules.revealAt(), content);
    return content;
  }

  /**
   * A member sees their own score on each item ({@code myScore}); members who scored nothing
   * all see {@code myScore:null} everywhere, so they share one view. A member who scored
   * something has a view of their own.
   */
  @Override
  public Object viewClass(Viewer viewer) {
    if (viewer.isStorage()) return null;
    if (viewer.memberId().isEmpty()) return "anonymous";
    for (org.samskap.domain.matrix.Item i : board.items()) {
      if (i.scores().containsKey(viewer.memberId())) return null;
    }
    return "unscored";
  }

  /**
   * What others see of an event (docs/PROTOCOL.md, "Who sees what"). A score names nobody: its
   * public event has no member id and, marked {@code anonymous}, no {@code by} either (M4, as an
   * anonymous vote, V4), and its aggregate only as rule M11 shows it. A decision on an item
   * whose aggregate is hidden carries the count only (M11). A reveal is published redacted
   * like a history restore: the aggregates it shows come in a snapshot made for each member.
   */
  @Override
  public Map<String, Object> publicEvent(Map<String, Object> event) {
    Object type = event.get("type");
    if ("item.score".equals(type)) {
      Map<String, Object> pub = new LinkedHashMap<>(MatrixCodec.publicEvent(event, rules.revealAt()));
      pub.put("anonymous", true);
      return pub;
    }
    if ("item.decide".equals(type)) return MatrixCodec.publicDecision(event, rules.revealAt(), board.revealed());
    if ("scores.reveal".equals(type)) return new LinkedHashMap<>(event);
    return event;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, Object> replyFields(Map<String, Object> event) {
    Object type = event.get("type");
    if ("item.create".equals(type)) return Map.of("itemId", event.get("itemId"));
    if ("item.import".equals(type)) {
      List<Object> ids = new ArrayList<>();
      for (Object o : (List<Object>) event.get("items")) ids.add(((Map<String, Object>) o).get("itemId"));
      return Map.of("itemIds", ids);
    }
    return Map.of();
  }
}
