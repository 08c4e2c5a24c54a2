package org.samskap.exports;

import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.samskap.domain.matrix.Axis;
import org.samskap.domain.matrix.Names;
import org.samskap.domain.matrix.Quadrant;
import org.samskap.domain.matrix.Scale;
import org.samskap.domain.pilots.Gain;
import org.samskap.domain.pilots.Group;
import org.samskap.domain.pilots.Measurement;
import org.samskap.util.Plain;

import static org.samskap.exports.PdfCanvas.*;

/**
 * The pictures of the 10-20-30 deck (docs/EXPORT.md [X21]), drawn from the pilot's data: the
 * journey steps as a row of numbered cards, the matrix with its four fields and the item where
 * the scores put it, and per gain a chart of the expected path with the measurements by group.
 */
final class DeckPictures {
  /** The chart's legend, per language. */
  enum Label {
    EXPECTED("Forventet utvikling", "Forventa utvikling", "Expected path"),
    ALL("Måling", "Måling", "Measurement"),
    TEST("Testgruppe", "Testgruppe", "Test group"),
    CONTROL("Kontrollgruppe", "Kontrollgruppe", "Control group");

    private final String nb;
    private final String nn;
    private final String en;

    Label(String nb, String nn, String en) {
      this.nb = nb;
      this.nn = nn;
      this.en = en;
    }

    String in(ExportLang l) {
      return l.pick(nb, nn, en);
    }
  }

  static final int MAX_STEPS = 12;
  private static final Color SOFT_TEAL = new Color(0xDC, 0xEF, 0xEC);
  private static final Color SOFT_BLUE = new Color(0xDF, 0xE8, 0xF4);
  private static final Color SOFT_SAND = new Color(0xF6, 0xEE, 0xDF);
  private static final Color SOFT_GREY = new Color(0xEC, 0xEC, 0xEC);

  private DeckPictures() {}

  /** The journey's steps left to right, in one or two rows; past {@link #MAX_STEPS} a last card counts the rest. */
  static PdfPages.Picture journey(List<String> steps) {
    return c -> {
      int n = steps.size();
      int shown = n > MAX_STEPS ? MAX_STEPS - 1 : n;
      int cards = n > MAX_STEPS ? MAX_STEPS : n;
      int rows = cards > 6 ? 2 : 1;
      int perRow = (cards + rows - 1) / rows;
      float gap = 26;
      float cardW = (c.width() - gap * (perRow - 1)) / perRow;
      float rowGap = 22;
      float fs = Math.max(10, Math.min(17, cardW / 9));
      int most = 1;
      for (int i = 0; i < shown; i++) most = Math.max(most, c.lines(steps.get(i), fs, false, cardW - 20).size());
      float need = 24 + 2 * fs * 0.95f + most * fs * 1.22f + 14;
      float cardH = Math.min(need, (c.height() - rowGap * (rows - 1)) / rows);
      for (int i = 0; i < cards; i++) {
        int row = i / perRow;
        int col = i % perRow;
        float x = col * (cardW + gap);
        float y = row * (cardH + rowGap);
        c.fill(x, y, cardW, cardH, LIGHT);
        c.fill(x, y, cardW, 5, TEAL);
        if (i < shown) {
          float r = fs * 0.95f;
          c.dot(x + 10 + r, y + 14 + r, r, TEAL);
          c.text(x + 10 + r, y + 14 + r + fs * 0.36f, String.valueOf(i + 1), fs, true, WHITE, 2 * r, 0);
          int maxLines = (int) ((cardH - 30 - 2 * r) / (fs * 1.22f));
          c.wrapped(x + 10, y + 24 + 2 * r + fs, steps.get(i), fs, false, INK, cardW - 20, Math.max(1, maxLines), -1);
        } else {
          c.text(x + cardW / 2, y + cardH / 2 + fs * 0.5f, "+" + (n - shown), fs * 1.6f, true, TEAL, cardW - 12, 0);
        }
        if (col < perRow - 1 && i < cards - 1) {
          float ay = y + cardH / 2;
          c.line(x + cardW + 4, ay, x + cardW + gap - 6, ay, TEAL, 2, false);
          c.arrowHead(x + cardW + gap - 3, ay, 8, TEAL);
        }
      }
    };
  }

  /** The matrix' four fields with the pilot's item at its median scores, its whiskers the lowest and highest score. */
  static PdfPages.Picture matrix(String itemText, Map<String, Object> aggregate, ExportLang l) {
    return c -> {
      float axis = 30;
      float side = Math.min(c.width() - axis, c.height() - axis);
      float x0 = axis + (c.width() - axis - side) / 2;
      float half = side / 2;
      Quadrant[][] fields = {{Quadrant.STRATEGIC_BETS, Quadrant.QUICK_WINS}, {Quadrant.TIME_SINKS, Quadrant.SMALL_IMPROVEMENTS}};
      Color[][] tints = {{SOFT_BLUE, SOFT_TEAL}, {SOFT_GREY, SOFT_SAND}};
      for (int row = 0; row < 2; row++) {
        for (int col = 0; col < 2; col++) {
          c.fill(x0 + col * half, row * half, half, half, tints[row][col]);
          c.wrapped(x0 + col * half + 10, row * half + 20, name(fields[row][col].defaultNames(), l), 12, true, MUTED, half - 20, 2, -1);
        }
      }
      c.frame(x0, 0, side, side, RULE, 1);
      c.line(x0 + half, 0, x0 + half, side, RULE, 1, false);
      c.line(x0, half, x0 + side, half, RULE, 1, false);
      for (int v = (int) Scale.MIN; v <= Scale.MAX; v++) {
        c.text(x(x0, side, v), side + 14, String.valueOf(v), 9, false, MUTED, 20, 0);
        c.text(x0 - 6, y(side, v) + 3, String.valueOf(v), 9, false, MUTED, 20, 1);
      }
      c.text(x0 + half, side + 28, name(Axis.X.defaultNames(), l) + " →", 11, true, INK, side, 0);
      c.upwards(x0 - 18, half, name(Axis.Y.defaultNames(), l) + " →", 11, true, INK, side);
      Object mx = Plain.at(aggregate, "x", "median");
      Object my = Plain.at(aggregate, "y", "median");
      if (mx instanceof Number nx && my instanceof Number ny) {
        float px = x(x0, side, nx.doubleValue());
        float py = y(side, ny.doubleValue());
        whisker(c, Plain.at(aggregate, "x", "min"), Plain.at(aggregate, "x", "max"), v -> x(x0, side, v), py, true);
        whisker(c, Plain.at(aggregate, "y", "min"), Plain.at(aggregate, "y", "max"), v -> y(side, v), px, false);
        c.dot(px, py, 9, WHITE);
        c.dot(px, py, 7, ACCENT);
        boolean leftOfDot = px > x0 + side * 0.6f;
        float lw = side * 0.42f;
        List<String> lines = c.lines(itemText, 11, true, lw - 8);
        float lh = Math.min(2, lines.size()) * 13.4f + 8;
        float ly = py > side - lh - 20 ? py - 14 - lh : py + 14;
        float lx = leftOfDot ? px - lw + 10 : px - 10;
        c.fill(lx, ly, lw, lh, WHITE);
        c.frame(lx, ly, lw, lh, RULE, 0.6f);
        c.wrapped(lx + 4, ly + 15, itemText, 11, true, INK, lw - 8, 2, -1);
      }
    };
  }

  private interface Scaler {
    float at(double v);
  }

  private static void whisker(PdfCanvas c, Object min, Object max, Scaler s, float across, boolean horizontal) {
    if (!(min instanceof Number lo) || !(max instanceof Number hi) || lo.doubleValue() == hi.doubleValue()) return;
    float a = s.at(lo.doubleValue());
    float b = s.at(hi.doubleValue());
    if (horizontal) {
      c.line(a, across, b, across, BAND, 1.6f, false);
      c.line(a, across - 5, a, across + 5, BAND, 1.6f, false);
      c.line(b, across - 5, b, across + 5, BAND, 1.6f, false);
    } else {
      c.line(across, a, across, b, BAND, 1.6f, false);
      c.line(across - 5, a, across + 5, a, BAND, 1.6f, false);
      c.line(across - 5, b, across + 5, b, BAND, 1.6f, false);
    }
  }

  private static float x(float x0, float side, double v) {
    return x0 + (float) ((v - Scale.MIN) / (Scale.MAX - Scale.MIN)) * side;
  }

  private static float y(float side, double v) {
    return side - (float) ((v - Scale.MIN) / (Scale.MAX - Scale.MIN)) * side;
  }

  private static String name(Names n, ExportLang l) {
    return l.pick(n.nb(), n.nn(), n.en());
  }

  /** One chart per gain (at most three, stacked): the expected path from baseline to target and every measurement. */
  static PdfPages.Picture gains(List<Gain> gains, List<Measurement> ms, ExportLang l) {
    return c -> {
      List<Gain> shown = gains.subList(0, Math.min(3, gains.size()));
      float legend = 20;
      legend(c, l, ms);
      float each = (c.height() - legend) / shown.size();
      for (int i = 0; i < shown.size(); i++) {
        Gain g = shown.get(i);
        List<Measurement> mine = ms.stream().filter(m -> m.gainId().equals(g.id())).toList();
        chart(c.inner(0, legend + i * each, c.width(), each - 10), g, mine, l);
      }
    };
  }

  private static void legend(PdfCanvas c, ExportLang l, List<Measurement> ms) {
    float x = 0;
    c.line(x, 8, x + 22, 8, BAND, 2, true);
    c.text(x + 28, 12, Label.EXPECTED.in(l), 10, false, INK, 150, -1);
    x += 36 + c.textWidth(Label.EXPECTED.in(l), 10, false);
    for (Group g : Group.values()) {
      if (ms.stream().noneMatch(m -> m.group() == g)) continue;
      Label label = g == Group.TEST ? Label.TEST : g == Group.CONTROL ? Label.CONTROL : Label.ALL;
      c.dot(x + 5, 8, 4.5f, colour(g));
      c.text(x + 14, 12, label.in(l), 10, false, INK, 150, -1);
      x += 26 + c.textWidth(label.in(l), 10, false);
    }
  }

  private static Color colour(Group g) {
    return g == Group.TEST ? ACCENT : g == Group.CONTROL ? MUTED : TEAL;
  }

  private static void chart(PdfCanvas c, Gain g, List<Measurement> ms, ExportLang l) {
    c.text(0, 13, g.indicator() + (g.unit().isEmpty() ? "" : " (" + g.unit() + ")"), 12, true, BAND, c.width(), -1);
    LocalDate start = g.baselineDate();
    LocalDate end = g.targetDate();
    double lo = Math.min(g.baseline(), g.target());
    double hi = Math.max(g.baseline(), g.target());
    for (Measurement m : ms) {
      if (m.date().isBefore(start)) start = m.date();
      if (m.date().isAfter(end)) end = m.date();
      lo = Math.min(lo, m.value());
      hi = Math.max(hi, m.value());
    }
    double[] ticks = ticks(lo, hi);
    lo = ticks[0];
    hi = ticks[ticks.length - 1];
    float left = 44;
    float top = 24;
    float w = c.width() - left - 8;
    float h = c.height() - top - 20;
    if (h < 30) return;
    long d0 = start.toEpochDay();
    long span = Math.max(1, end.toEpochDay() - d0);
    final double low = lo;
    final double range = hi - lo;
    Scaler sx = v -> left + (float) ((v - d0) / span) * w;
    Scaler sy = v -> top + h - (float) ((v - low) / range) * h;
    c.fill(left, top, w, h, LIGHT);
    for (double t : ticks) {
      float ty = sy.at(t);
      c.line(left, ty, left + w, ty, WHITE, 1, false);
      c.text(left - 6, ty + 3, l.num(t), 8.5f, false, MUTED, left - 6, 1);
    }
    c.text(left, top + h + 13, start.toString(), 8.5f, false, MUTED, w / 2, -1);
    c.text(left + w, top + h + 13, end.toString(), 8.5f, false, MUTED, w / 2, 1);
    float bx = sx.at(g.baselineDate().toEpochDay());
    float tx = sx.at(g.targetDate().toEpochDay());
    c.line(bx, sy.at(g.baseline()), tx, sy.at(g.target()), BAND, 2, true);
    c.dot(bx, sy.at(g.baseline()), 3.5f, BAND);
    c.dot(tx, sy.at(g.target()), 5, BAND);
    c.dot(tx, sy.at(g.target()), 2.5f, WHITE);
    for (Measurement m : ms) {
      float off = m.group() == Group.TEST ? -3 : m.group() == Group.CONTROL ? 3 : 0;
      c.dot(sx.at(m.date().toEpochDay()) + off, sy.at(m.value()), 3.6f, colour(m.group()));
    }
  }

  /** Round tick values from at or below {@code lo} to at or above {@code hi}, about five of them. */
  static double[] ticks(double lo, double hi) {
    if (hi - lo < 1e-9) {
      lo -= 1;
      hi += 1;
    }
    double raw = (hi - lo) / 4;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = raw / mag < 1.5 ? mag : raw / mag < 3 ? 2 * mag : raw / mag < 7 ? 5 * mag : 10 * mag;
    double first = Math.floor(lo / step) * step;
    double last = Math.ceil(hi / step) * step;
    List<Double> out = new ArrayList<>();
    for (double t = first; t <= last + step / 2; t += step) out.add(Math.abs(t) < step / 1e6 ? 0 : t);
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
