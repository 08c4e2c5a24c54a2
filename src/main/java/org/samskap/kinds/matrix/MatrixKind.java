package org.samskap.kinds.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Inverse;
import org.samskap.domain.matrix.MatrixBoard;
import org.samskap.domain.matrix.MatrixEvent;
import org.samskap.domain.matrix.MatrixOp;
import org.samskap.domain.matrix.MatrixOps;
import org.samskap.domain.matrix.MatrixRules;
import org.samskap.domain.matrix.MatrixUndo;
import org.samskap.kinds.GenericKind;
import org.samskap.kinds.KindCodec;
import org.samskap.kinds.KindRules;
import org.samskap.kinds.Viewer;
import org.samskap.protocol.MatrixCodec;
import org.samskap.protocol.MatrixContentCodec;

/** Board kind {@code matrix}: the prioritisation matrix. The clock stamps decisions (injected for tests). */
public final class MatrixKind extends GenericKind<MatrixBoard, MatrixOp, MatrixEvent> {
  public static final String NAME = "matrix";

  public MatrixKind(MatrixRules rules, LongSupplier clock) {
    super(NAME, MatrixOps.CATALOG, Map.of("noteChars", rules.limits().maxTextChars(), "labelChars", rules.limits().maxLabelChars(),
        "reasonChars", rules.limits().maxReasonChars()), new Rules(rules), new Codec(rules.revealAt()), clock);
  }

  private record Rules(MatrixRules rules) implements KindRules<MatrixBoard, MatrixOp, MatrixEvent> {
    @Override
    public MatrixBoard empty(String title) {
      return new MatrixBoard(title);
    }

    @Override
    public String title(MatrixBoard board) {
      return board.title();
    }

    @Override
    public Decision<MatrixEvent> decide(MatrixBoard board, MatrixOp op, Actor actor, long now) {
      return rules.decide(board, op, actor, now);
    }

    /** Rule D8: the kind's own erasure logic. */
    @Override
    public org.samskap.domain.MemberErased erase(MatrixBoard board, org.samskap.domain.Erasure erasure) {
      return org.samskap.domain.matrix.MatrixErasure.decide(board, erasure);
    }

    @Override
    public void applyErased(MatrixBoard board, org.samskap.domain.MemberErased erased) {
      org.samskap.domain.matrix.MatrixErasure.apply(board, erased);
    }

    @Override
    public void apply(MatrixBoard board, MatrixEvent event) {
      board.apply(event);
    }

    /** U3, U10: the matrix's own undo logic. */
    @Override
    public Inverse<MatrixEvent> inverse(MatrixBoard before, MatrixEvent event) {
      return MatrixUndo.of(before, event);
    }
  }

  /** {@code revealAt}: the threshold of rule M11. */
  private record Codec(int revealAt) implements KindCodec<MatrixBoard, MatrixOp, MatrixEvent> {
    /**
     * A member sees their own score on each item ({@code myScore}); members who scored nothing
     * all see {@code myScore:null} everywhere, so they share one view (T9). A member who scored
     * something has a view of their own.
     */
    @Override
    public Object viewClass(MatrixBoard board, Viewer viewer) {
      if (viewer.isStorage()) return null;
      if (viewer.memberId().isEmpty()) return "anonymous";
      for (org.samskap.domain.matrix.Item i : board.items()) {
        if (i.scores().containsKey(viewer.memberId())) return null;
      }
      return "unscored";
    }

    @Override
    public MatrixOp decodeOp(String type, Map<String, Object> body) {
      return MatrixCodec.decodeOp(type, body);
    }

    @Override
    public Map<String, Object> encodeEvent(MatrixEvent event) {
      return MatrixCodec.encodeEvent(event);
    }

    /** A score's undo is the op {@code item.score} with the earlier point; the event's member and aggregate are not the op's. */
    @Override
    public Map<String, Object> encodeInverse(MatrixEvent op) {
      Map<String, Object> m = new LinkedHashMap<>(MatrixCodec.encodeEvent(op));
      if (op instanceof MatrixEvent.ItemScored) {
        m.remove("memberId");
        m.remove("aggregate");
      }
      return m;
    }

    @Override
    public MatrixEvent decodeEvent(Map<String, Object> event) {
      return MatrixCodec.decodeEvent(event);
    }

    @Override
    public MatrixBoard decodeContent(String title, Map<String, Object> content) {
      return MatrixContentCodec.decode(title, content);
    }

    @Override
    public void encodeContent(MatrixBoard board, Viewer viewer, Map<String, Object> into) {
      MatrixContentCodec.encode(board, viewer.isStorage() ? null : viewer.memberId(), revealAt, into);
    }

    /**
     * What others see of an event (docs/PROTOCOL.md, "Who sees what"). A score names nobody: its
     * public event has no member id and, marked {@code anonymous}, no {@code by} either (M4, as an
     * anonymous vote, V4), and its aggregate only as rule M11 shows it. A decision on an item
     * whose aggregate is hidden carries the count only (M11). A reveal is published redacted
     * like a history restore: the aggregates it shows come in a snapshot made for each member.
     */
    @Override
    public Map<String, Object> publicEvent(MatrixBoard board, Map<String, Object> event) {
      Object type = event.get("type");
      if ("item.score".equals(type)) {
        Map<String, Object> pub = new LinkedHashMap<>(MatrixCodec.publicEvent(event, revealAt));
        pub.put("anonymous", true);
        return pub;
      }
      if ("item.decide".equals(type)) return MatrixCodec.publicDecision(event, revealAt, board.revealed());
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
}
