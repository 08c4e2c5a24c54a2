package org.samskap.exports;

import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.samskap.domain.matrix.Axis;
import org.samskap.domain.matrix.Names;
import org.samskap.domain.matrix.Quadrant;
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

  /** The matrix' four fields (default names) with the pilot's item at its median scores, its whiskers the lowest and highest score. */
  static PdfPages.Picture matrix(String itemText, Map<String, Object> aggregate, ExportLang l) {
    List<String> fields = List.of(name(Quadrant.STRATEGIC_BETS.defaultNames(), l), name(Quadrant.QUICK_WINS.defaultNames(), l),
        name(Quadrant.TIME_SINKS.defaultNames(), l), name(Quadrant.SMALL_IMPROVEMENTS.defaultNames(), l));
    Double mx = MatrixPicture.num(Plain.at(aggregate, "x", "median"));
    Double my = MatrixPicture.num(Plain.at(aggregate, "y", "median"));
    List<MatrixPicture.Item> items = mx == null || my == null ? List.of()
        : List.of(new MatrixPicture.Item(null, itemText, mx, my, MatrixPicture.num(Plain.at(aggregate, "x", "min")),
            MatrixPicture.num(Plain.at(aggregate, "x", "max")), MatrixPicture.num(Plain.at(aggregate, "y", "min")),
            MatrixPicture.num(Plain.at(aggregate, "y", "max"))));
    return MatrixPicture.of(name(Axis.X.defaultNames(), l), name(Axis.Y.defaultNames(), l), fields, items);
  }

  private interface Scaler {
    float at(double v);
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
