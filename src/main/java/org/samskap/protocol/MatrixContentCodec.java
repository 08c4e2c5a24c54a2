package org.samskap.protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samskap.domain.matrix.Aggregate;
import org.samskap.domain.matrix.Axis;
import org.samskap.domain.matrix.Item;
import org.samskap.domain.matrix.LogEntry;
import org.samskap.domain.matrix.MatrixBoard;
import org.samskap.domain.matrix.MatrixEvent;
import org.samskap.domain.matrix.MatrixRules;
import org.samskap.domain.matrix.Placement;
import org.samskap.domain.matrix.Point;
import org.samskap.domain.matrix.Quadrant;
import org.samskap.domain.matrix.Scale;
import org.samskap.domain.matrix.Verdict;

/**
 * The matrix board's part of a snapshot (docs/PROTOCOL.md, rule M8): {@code matrix} (axes,
 * scale, placement mode, quadrants), {@code items}, {@code accepted} (the accepted items, for
 * the pilot-candidate step) and {@code decisionLog}. A member sees their own score of each
 * item ({@code myScore}) and the aggregates rule M11 shows; storage keeps every score.
 */
public final class MatrixContentCodec {
  private MatrixContentCodec() {}

  /** {@link #encode(MatrixBoard, String, int, Map)} with the default threshold of rule M11. */
  public static void encode(MatrixBoard board, String memberId, Map<String, Object> into) {
    encode(board, memberId, MatrixRules.DEFAULT_REVEAL_AT, into);
  }

  /**
   * {@code memberId} null means storage: every score, with who gave it, and every aggregate.
   * Anyone else (facilitators too) sees an aggregate, and what follows from it (the position
   * by scores, its field, a decision's scores), only when rule M11 shows it: at least
   * {@code revealAt} scores, or revealed by the facilitator.
   */
  public static void encode(MatrixBoard board, String memberId, int revealAt, Map<String, Object> into) {
    boolean storage = memberId == null;
    Map<String, Object> matrix = new LinkedHashMap<>();
    matrix.put("scale", board.scale().wire());
    matrix.put("min", Scale.MIN);
    matrix.put("max", Scale.MAX);
    matrix.put("middle", Scale.MIDDLE);
    matrix.put("placement", board.placement().wire());
    matrix.put("revealed", board.revealed());
    if (!storage) matrix.put("revealAt", revealAt);
    Map<String, Object> axes = new LinkedHashMap<>();
    for (Axis a : Axis.values()) axes.put(a.wire(), Map.of("names", MatrixWire.names(board.axis(a))));
    matrix.put("axes", axes);
    List<Object> quadrants = new ArrayList<>();
    for (Quadrant q : Quadrant.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", q.wire());
      m.put("highX", q.highX());
      m.put("highY", q.highY());
      m.put("names", MatrixWire.names(board.quadrant(q)));
      quadrants.add(m);
    }
    matrix.put("quadrants", quadrants);
    List<Object> items = new ArrayList<>();
    List<Object> accepted = new ArrayList<>();
    for (Item i : board.items()) {
      items.add(item(board, i, memberId, storage, revealAt));
      if (i.decision() != null && i.decision().verdict() == Verdict.ACCEPTED) accepted.add(item(board, i, "", storage, revealAt));
    }
    List<Object> log = new ArrayList<>();
    for (LogEntry e : board.log()) {
      Map<String, Object> entry = MatrixWire.logEntry(e);
      log.add(storage ? entry : MatrixCodec.publicDecision(entry, revealAt, board.revealed()));
    }
    into.put("matrix", matrix);
    into.put("items", items);
    into.put("accepted", accepted);
    into.put("decisionLog", log);
  }

  /**
   * {@code memberId}: null for every score with who gave it, empty for none, else the viewer's
   * own; {@code storage}: every aggregate, else as rule M11 shows them.
   */
  private static Map<String, Object> item(MatrixBoard board, Item i, String memberId, boolean storage, int revealAt) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    m.put("text", i.text());
    m.put("source", MatrixWire.source(i.source()));
    m.put("placed", MatrixWire.point(i.placed()));
    Aggregate aggregate = i.aggregate();
    boolean shown = storage || MatrixRules.shows(aggregate.count(), revealAt, board.revealed());
    if (storage) {
      m.put("aggregate", MatrixWire.aggregate(aggregate));
    } else {
      m.put("aggregate", MatrixWire.shownAggregate(aggregate.count(), shown ? aggregate : null));
    }
    Point at = shown || board.placement() == Placement.FACILITATOR ? i.position(board.placement()) : null;
    m.put("position", MatrixWire.point(at));
    m.put("quadrant", at == null ? null : Quadrant.of(at).map(Quadrant::wire).orElse(null));
    LogEntry d = i.decision();
    if (d == null) {
      m.put("decision", null);
    } else {
      Map<String, Object> dm = new LinkedHashMap<>();
      dm.put("status", d.verdict().wire());
      dm.put("reason", d.reason());
      dm.put("decidedBy", d.byName());
      dm.put("decidedByMemberId", d.byMemberId());
      dm.put("at", d.at());
      m.put("decision", dm);
    }
    if (memberId == null) {
      List<Object> scores = new ArrayList<>();
      i.scores().forEach((who, p) -> {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("memberId", who);
        s.put("x", p.x());
        s.put("y", p.y());
        scores.add(s);
      });
      m.put("scores", scores);
    } else if (!memberId.isEmpty()) {
      m.put("myScore", MatrixWire.point(i.scores().get(memberId)));
    }
    return m;
  }

  /** Rebuilds a board from storage content ({@link #encode} with a null member) plus its title. */
  public static MatrixBoard decode(String title, Map<String, Object> content) {
    MatrixBoard board = new MatrixBoard(title);
    Map<String, Object> matrix = MatrixWire.map(content.get("matrix"), "matrix");
    Fields f = new Fields(matrix);
    board.restoreSettings(Scale.fromWire(f.string("scale")).orElseThrow(),
        Placement.fromWire(f.string("placement")).orElseThrow());
    board.restoreRevealed(Boolean.TRUE.equals(matrix.get("revealed")));
    Map<String, Object> axes = MatrixWire.map(matrix.get("axes"), "axes");
    for (Axis a : Axis.values()) {
      Map<String, Object> axis = MatrixWire.map(axes.get(a.wire()), "axes." + a.wire());
      board.apply(new MatrixEvent.AxisRenamed(a, MatrixWire.names(MatrixWire.map(axis.get("names"), "names"))));
    }
    for (Object o : MatrixWire.list(matrix.get("quadrants"), "quadrants")) {
      Map<String, Object> q = MatrixWire.map(o, "quadrants[]");
      board.apply(new MatrixEvent.QuadrantRenamed(Quadrant.fromWire(new Fields(q).string("id")).orElseThrow(),
          MatrixWire.names(MatrixWire.map(q.get("names"), "names"))));
    }
    Map<String, LogEntry> lastDecision = new HashMap<>();
    for (Object o : MatrixWire.list(content.getOrDefault("decisionLog", List.of()), "decisionLog")) {
      LogEntry e = MatrixWire.logEntry(MatrixWire.map(o, "decisionLog[]"));
      board.restoreLog(e);
      lastDecision.put(e.itemId(), e);
    }
    for (Object o : MatrixWire.list(content.getOrDefault("items", List.of()), "items")) {
      Map<String, Object> m = MatrixWire.map(o, "items[]");
      Fields fi = new Fields(m);
      Map<String, Point> scores = new LinkedHashMap<>();
      for (Object s : MatrixWire.list(m.getOrDefault("scores", List.of()), "scores")) {
        Fields fs = new Fields(MatrixWire.map(s, "scores[]"));
        scores.put(fs.string("memberId"), new Point(fs.number("x"), fs.number("y")));
      }
      String id = fi.string("id");
      LogEntry decision = m.get("decision") == null ? null : lastDecision.get(id);
      board.restoreItem(new Item(id, fi.string("text"), MatrixWire.source(m.get("source")),
          MatrixWire.point(m.get("placed")), scores, decision));
    }
    return board;
  }
}
