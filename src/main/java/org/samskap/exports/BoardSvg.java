package org.samskap.exports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.samskap.util.Plain;

/**
 * An SVG picture of a board (docs/EXPORT.md): the idea board's notes where they stand with
 * their clusters' labels; the matrix with its four fields and each placed item; the journey's
 * current and future versions as a grid of stages and lanes with their cards.
 */
public final class BoardSvg {
  static final Map<String, String> COLORS = Map.of("yellow", "#fff59d", "pink", "#f8bbd0", "blue", "#bbdefb",
      "green", "#c8e6c9", "orange", "#ffe0b2", "purple", "#e1bee7");
  static final double NOTE_W = 180;
  static final double NOTE_H = 110;

  private BoardSvg() {}

  public static byte[] bytes(BoardSnapshot s) {
    return bytes(s, ExportLang.NB);
  }

  public static byte[] bytes(BoardSnapshot s, ExportLang lang) {
    return switch (s.kind()) {
      case "ideas" -> ideas(s);
      case "matrix" -> matrix(s, lang);
      case "journey" -> journey(s, lang);
      default -> throw new IllegalArgumentException("no SVG for kind " + s.kind());
    };
  }

  static byte[] ideas(BoardSnapshot s) {
    List<Map<String, Object>> notes = Plain.list(s.content().get("notes"));
    List<Map<String, Object>> clusters = Plain.list(s.content().get("clusters"));
    double minX = 0, minY = 0, maxX = 400, maxY = 200;
    for (Map<String, Object> n : notes) {
      minX = Math.min(minX, num(n.get("x")));
      minY = Math.min(minY, num(n.get("y")));
      maxX = Math.max(maxX, num(n.get("x")) + NOTE_W);
      maxY = Math.max(maxY, num(n.get("y")) + NOTE_H);
    }
    for (Map<String, Object> c : clusters) {
      minX = Math.min(minX, num(c.get("x")));
      minY = Math.min(minY, num(c.get("y")) - 30);
      maxX = Math.max(maxX, num(c.get("x")) + 300);
    }
    double pad = 40;
    double ox = pad - minX;
    double oy = pad + 40 - minY;
    Svg svg = new Svg(Math.min(maxX - minX + 2 * pad, 20_000), Math.min(maxY - minY + 2 * pad + 40, 20_000), s.title());
    svg.text(pad, 32, 22, true, s.title());
    for (Map<String, Object> c : clusters) svg.text(num(c.get("x")) + ox, num(c.get("y")) + oy - 8, 16, true, Plain.str(c.get("label")));
    for (Map<String, Object> n : notes) {
      double x = num(n.get("x")) + ox;
      double y = num(n.get("y")) + oy;
      svg.rect(x, y, NOTE_W, NOTE_H, COLORS.getOrDefault(Plain.str(n.get("color")), "#fff59d"), "#9e9e9e");
      svg.wrapped(x + 8, y + 20, 13, 24, 6, Plain.str(n.get("text")));
      if (n.get("votes") instanceof Number v && v.intValue() > 0) svg.text(x + NOTE_W - 34, y + NOTE_H - 8, 12, true, "● " + v);
    }
    return svg.bytes();
  }

  static byte[] matrix(BoardSnapshot s, ExportLang lang) {
    double size = 600, left = 80, top = 70;
    Svg svg = new Svg(left + size + 360, top + size + 80, s.title());
    svg.text(20, 36, 22, true, s.title());
    svg.rect(left, top, size, size, "#fafafa", "#616161");
    svg.line(left + size / 2, top, left + size / 2, top + size, "#9e9e9e");
    svg.line(left, top + size / 2, left + size, top + size / 2, "#9e9e9e");
    Map<String, Object> matrix = Plain.map(s.content().get("matrix"));
    String xName = named(Plain.map(Plain.at(matrix, "axes", "x", "names")), lang);
    String yName = named(Plain.map(Plain.at(matrix, "axes", "y", "names")), lang);
    svg.text(left + size / 2 - 60, top + size + 40, 14, true, xName.isEmpty() ? BoardPdfText.FEASIBILITY.in(lang) : xName);
    svg.text(8, top - 12, 14, true, yName.isEmpty() ? BoardPdfText.EXPECTED_GAIN.in(lang) : yName);
    for (Map<String, Object> q : Plain.list(matrix.get("quadrants"))) {
      boolean hx = Boolean.TRUE.equals(q.get("highX"));
      boolean hy = Boolean.TRUE.equals(q.get("highY"));
      svg.text(left + (hx ? size / 2 : 0) + 10, top + (hy ? 0 : size / 2) + 22, 13, true, named(Plain.map(q.get("names")), lang));
    }
    List<String> unplaced = new ArrayList<>();
    int i = 0;
    for (Map<String, Object> item : Plain.list(s.content().get("items"))) {
      i++;
      Map<String, Object> pos = Plain.map(item.get("position"));
      if (!(pos.get("x") instanceof Number px) || !(pos.get("y") instanceof Number py)) {
        unplaced.add(i + ". " + Plain.str(item.get("text")));
        continue;
      }
      double cx = left + (px.doubleValue() - 1) / 4 * size;
      double cy = top + size - (py.doubleValue() - 1) / 4 * size;
      svg.circle(cx, cy, 6, "#1565c0");
      svg.text(cx + 9, cy + 4, 12, false, i + ". " + shorten(Plain.str(item.get("text")), 40));
    }
    svg.text(left + size + 30, top + 10, 14, true, unplaced.isEmpty() ? "" : BoardPdfText.NOT_PLACED.in(lang));
    for (int k = 0; k < unplaced.size() && k < 40; k++) svg.text(left + size + 30, top + 32 + k * 16, 12, false, shorten(unplaced.get(k), 48));
    return svg.bytes();
  }

  static byte[] journey(BoardSnapshot s, ExportLang lang) {
    double colW = 200, rowH = 120, labelW = 150;
    List<Map<String, Object>> versions = new ArrayList<>();
    double height = 60;
    int maxStages = 1;
    for (String v : new String[] {"current", "future"}) {
      Map<String, Object> j = Plain.map(Plain.at(s.content(), "journeys", v));
      versions.add(j);
      maxStages = Math.max(maxStages, Plain.list(j.get("stages")).size());
      height += 70 + Plain.list(j.get("lanes")).size() * rowH;
    }
    Svg svg = new Svg(labelW + maxStages * colW + 40, height, s.title());
    svg.text(20, 34, 22, true, s.title());
    double y = 60;
    String[] names = {BoardPdfText.CURRENT_JOURNEY.in(lang), BoardPdfText.FUTURE_JOURNEY.in(lang)};
    for (int vi = 0; vi < 2; vi++) {
      Map<String, Object> j = versions.get(vi);
      svg.text(20, y + 24, 18, true, names[vi]);
      List<Map<String, Object>> stages = Plain.list(j.get("stages"));
      List<Map<String, Object>> lanes = Plain.list(j.get("lanes"));
      Map<String, Integer> col = new HashMap<>();
      for (int c = 0; c < stages.size(); c++) {
        col.put(Plain.str(stages.get(c).get("id")), c);
        svg.text(20 + labelW + c * colW + 6, y + 56, 14, true, shorten(Plain.str(stages.get(c).get("label")), 24));
      }
      double gridTop = y + 64;
      Map<String, Integer> row = new HashMap<>();
      for (int r = 0; r < lanes.size(); r++) {
        Map<String, Object> lane = lanes.get(r);
        row.put(Plain.str(lane.get("id")), r);
        String label = Plain.str(lane.get("label"));
        svg.rect(20, gridTop + r * rowH, labelW + stages.size() * colW, rowH, r % 2 == 0 ? "#f5f5f5" : "#ffffff", "#e0e0e0");
        svg.text(26, gridTop + r * rowH + 20, 13, true, label.isEmpty() ? Plain.str(lane.get("kind")) : label);
      }
      Map<String, Integer> inCell = new HashMap<>();
      for (Map<String, Object> card : Plain.list(j.get("cards"))) {
        Integer c = col.get(Plain.str(card.get("stageId")));
        Integer r = row.get(Plain.str(card.get("laneId")));
        if (c == null || r == null) continue;
        int k = inCell.merge(c + ":" + r, 1, Integer::sum) - 1;
        if (k > 3) continue;
        double cx = 20 + labelW + c * colW + 6;
        double cy = gridTop + r * rowH + 6 + k * 27;
        svg.rect(cx, cy, colW - 12, 24, "#fff59d", "#bdbdbd");
        svg.text(cx + 5, cy + 16, 11, false, shorten(Plain.str(card.get("text")), 30));
      }
      y = gridTop + lanes.size() * rowH + 10;
    }
    return svg.bytes();
  }

  /** The board's own name in the language, else its Bokmål name. */
  static String named(Map<String, Object> names, ExportLang lang) {
    String own = Plain.str(names.get(lang.code()));
    return own.isEmpty() ? Plain.str(names.get("nb")) : own;
  }

  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  static double num(Object o) {
    return o instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : 0;
  }
}
