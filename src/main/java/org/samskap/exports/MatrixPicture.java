package org.samskap.exports;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.samskap.domain.matrix.Scale;

import static org.samskap.exports.PdfCanvas.*;

/**
 * The prioritisation matrix as a PDF picture (docs/EXPORT.md [X20], [X21]): four tinted fields
 * with their names, the axes 1–5 with their names, and each placed item as a dot at its
 * position, numbered like the list beside it or labelled with its text, with whiskers from the
 * lowest to the highest score when they are known. Items on the same spot are set around it.
 */
public final class MatrixPicture {
  /** An item: where it stands (1–5 on both axes), the score range per axis when known, and what the dot says. */
  public record Item(String mark, String label, double x, double y, Double minX, Double maxX, Double minY, Double maxY) {}

  private static final Color SOFT_TEAL = new Color(0xDC, 0xEF, 0xEC);
  private static final Color SOFT_BLUE = new Color(0xDF, 0xE8, 0xF4);
  private static final Color SOFT_SAND = new Color(0xF6, 0xEE, 0xDF);
  private static final Color SOFT_GREY = new Color(0xEC, 0xEC, 0xEC);
  private static final Color WHISKER = new Color(0x6E, 0x80, 0x99);

  private MatrixPicture() {}

  /**
   * {@code fields}: the names of the top-left (low x, high y), top-right, bottom-left and
   * bottom-right fields. An item with a {@code label} gets it in a box beside its dot; one
   * with a {@code mark} gets the mark inside its dot.
   */
  public static PdfPages.Picture of(String xName, String yName, List<String> fields, List<Item> items) {
    return c -> {
      float axis = 32;
      float side = Math.min(c.width() - axis, c.height() - axis);
      float x0 = axis + (c.width() - axis - side) / 2;
      float half = side / 2;
      Color[] tints = {SOFT_BLUE, SOFT_TEAL, SOFT_GREY, SOFT_SAND};
      for (int k = 0; k < 4; k++) {
        float fx = x0 + (k % 2) * half;
        float fy = (k / 2) * half;
        c.fill(fx, fy, half, half, tints[k]);
      }
      List<float[]> taken = new ArrayList<>();
      for (Item it : items) {
        float px = x(x0, side, it.x());
        float py = y(side, it.y());
        if (taken.stream().anyMatch(t -> Math.abs(t[0] - px) < 1 && Math.abs(t[1] - py) < 1)) continue;
        taken.add(new float[] {px, py});
        whisker(c, it.minX(), it.maxX(), v -> x(x0, side, v), py, true);
        whisker(c, it.minY(), it.maxY(), v -> y(side, v), px, false);
      }
      for (int k = 0; k < 4; k++) {
        c.wrapped(x0 + (k % 2) * half + 8, (k / 2) * half + 17, fields.get(k), side > 300 ? 12 : 10, true, MUTED, half - 16, 2, -1);
      }
      c.frame(x0, 0, side, side, RULE, 1);
      c.line(x0 + half, 0, x0 + half, side, RULE, 1, false);
      c.line(x0, half, x0 + side, half, RULE, 1, false);
      for (int v = (int) Scale.MIN; v <= Scale.MAX; v++) {
        c.text(x(x0, side, v), side + 12, String.valueOf(v), 8.5f, false, MUTED, 20, 0);
        c.text(x0 - 5, y(side, v) + 3, String.valueOf(v), 8.5f, false, MUTED, 20, 1);
      }
      c.text(x0 + half, side + 27, xName + " →", 10.5f, true, INK, side, 0);
      c.upwards(x0 - 16, half, yName + " →", 10.5f, true, INK, side);
      List<float[]> placed = new ArrayList<>();
      for (Item it : items) {
        float px = x(x0, side, it.x());
        float py = y(side, it.y());
        int same = 0;
        for (float[] t : placed) if (Math.abs(t[0] - px) < 1 && Math.abs(t[1] - py) < 1) same++;
        placed.add(new float[] {px, py});
        float ring = 15 + 8 * ((same - 1) / 6);
        float dx = same == 0 ? 0 : (float) Math.cos(same * Math.PI / 3) * ring;
        float dy = same == 0 ? 0 : (float) Math.sin(same * Math.PI / 3) * ring;
        dot(c, px + dx, py + dy, it, side, x0);
      }
    };
  }

  private static void dot(PdfCanvas c, float px, float py, Item it, float side, float x0) {
    boolean marked = it.mark() != null && !it.mark().isEmpty();
    float r = marked ? 8.5f : 7;
    c.dot(px, py, r + 2, WHITE);
    c.dot(px, py, r, ACCENT);
    if (marked) c.text(px, py + 3, it.mark(), it.mark().length() > 2 ? 6.5f : 8, true, WHITE, 2 * r, 0);
    if (it.label() == null || it.label().isEmpty()) return;
    boolean leftOfDot = px > x0 + side * 0.6f;
    float lw = side * 0.42f;
    List<String> lines = c.lines(it.label(), 11, true, lw - 8);
    float lh = Math.min(2, lines.size()) * 13.4f + 8;
    float ly = py > side - lh - 20 ? py - 14 - lh : py + 14;
    float lx = leftOfDot ? px - lw + 10 : px - 10;
    c.fill(lx, ly, lw, lh, WHITE);
    c.frame(lx, ly, lw, lh, RULE, 0.6f);
    c.wrapped(lx + 4, ly + 15, it.label(), 11, true, INK, lw - 8, 2, -1);
  }

  private interface Scaler {
    float at(double v);
  }

  private static void whisker(PdfCanvas c, Double lo, Double hi, Scaler s, float across, boolean horizontal) {
    if (lo == null || hi == null || lo.doubleValue() == hi.doubleValue()) return;
    float a = s.at(lo);
    float b = s.at(hi);
    if (horizontal) {
      c.line(a, across, b, across, WHISKER, 1.1f, false);
      c.line(a, across - 4, a, across + 4, WHISKER, 1.1f, false);
      c.line(b, across - 4, b, across + 4, WHISKER, 1.1f, false);
    } else {
      c.line(across, a, across, b, WHISKER, 1.1f, false);
      c.line(across - 4, a, across + 4, a, WHISKER, 1.1f, false);
      c.line(across - 4, b, across + 4, b, WHISKER, 1.1f, false);
    }
  }

  private static float x(float x0, float side, double v) {
    return x0 + (float) ((clamp(v) - Scale.MIN) / (Scale.MAX - Scale.MIN)) * side;
  }

  private static float y(float side, double v) {
    return side - (float) ((clamp(v) - Scale.MIN) / (Scale.MAX - Scale.MIN)) * side;
  }

  private static double clamp(double v) {
    return Math.max(Scale.MIN, Math.min(Scale.MAX, v));
  }

  /** A number from a wire map value, or null. */
  public static Double num(Object o) {
    return o instanceof Number n ? n.doubleValue() : null;
  }
}
