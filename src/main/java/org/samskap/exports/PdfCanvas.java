package org.samskap.exports;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * A box on a PDF page to draw a picture in (docs/EXPORT.md [X21]): coordinates in points from
 * the box's top-left corner, y growing downwards, text always in the embedded fonts
 * ({@link PdfFonts}). Used by the deck's pictures and the page furniture of {@link PdfPages}.
 */
public final class PdfCanvas {
  public static final Color INK = new Color(0x1C, 0x24, 0x30);
  public static final Color MUTED = new Color(0x5B, 0x66, 0x75);
  public static final Color BAND = new Color(0x1F, 0x3A, 0x5F);
  public static final Color ACCENT = new Color(0xD9, 0x6C, 0x1E);
  public static final Color TEAL = new Color(0x1F, 0x7A, 0x70);
  public static final Color LIGHT = new Color(0xEE, 0xF2, 0xF7);
  public static final Color RULE = new Color(0xC9, 0xD2, 0xDE);
  public static final Color WHITE = Color.WHITE;

  private final PDPageContentStream out;
  private final PdfFonts fonts;
  private final float left;
  private final float top;
  private final float width;
  private final float height;

  PdfCanvas(PDPageContentStream out, PdfFonts fonts, float left, float top, float width, float height) {
    this.out = out;
    this.fonts = fonts;
    this.left = left;
    this.top = top;
    this.width = width;
    this.height = height;
  }

  public float width() {
    return width;
  }

  public float height() {
    return height;
  }

  /** A canvas for a part of this one. */
  public PdfCanvas inner(float x, float y, float w, float h) {
    return new PdfCanvas(out, fonts, left + x, top - y, w, h);
  }

  public void fill(float x, float y, float w, float h, Color c) {
    io(() -> {
      out.setNonStrokingColor(c);
      out.addRect(left + x, top - y - h, w, h);
      out.fill();
    });
  }

  public void frame(float x, float y, float w, float h, Color c, float lineWidth) {
    io(() -> {
      out.setStrokingColor(c);
      out.setLineWidth(lineWidth);
      out.addRect(left + x, top - y - h, w, h);
      out.stroke();
    });
  }

  public void line(float x1, float y1, float x2, float y2, Color c, float lineWidth, boolean dashed) {
    io(() -> {
      out.setStrokingColor(c);
      out.setLineWidth(lineWidth);
      out.setLineDashPattern(dashed ? new float[] {5, 4} : new float[0], 0);
      out.moveTo(left + x1, top - y1);
      out.lineTo(left + x2, top - y2);
      out.stroke();
      out.setLineDashPattern(new float[0], 0);
    });
  }

  /** A filled circle. */
  public void dot(float cx, float cy, float r, Color c) {
    final float k = 0.5523f * r;
    float x = left + cx;
    float y = top - cy;
    io(() -> {
      out.setNonStrokingColor(c);
      out.moveTo(x + r, y);
      out.curveTo(x + r, y + k, x + k, y + r, x, y + r);
      out.curveTo(x - k, y + r, x - r, y + k, x - r, y);
      out.curveTo(x - r, y - k, x - k, y - r, x, y - r);
      out.curveTo(x + k, y - r, x + r, y - k, x + r, y);
      out.fill();
    });
  }

  /** A filled triangle pointing right, its tip at (x, y). */
  public void arrowHead(float x, float y, float size, Color c) {
    io(() -> {
      out.setNonStrokingColor(c);
      out.moveTo(left + x, top - y);
      out.lineTo(left + x - size, top - y + size * 0.6f);
      out.lineTo(left + x - size, top - y - size * 0.6f);
      out.closePath();
      out.fill();
    });
  }

  public float textWidth(String s, float size, boolean bold) {
    return fonts.width(font(bold), fonts.safe(s), size);
  }

  /** One line of text with its baseline at y, cut with "…" to fit {@code maxWidth}; {@code align} -1 left, 0 centre, 1 right of x. */
  public void text(float x, float y, String s, float size, boolean bold, Color c, float maxWidth, int align) {
    PDType0Font f = font(bold);
    String t = fit(fonts.safe(s), f, size, maxWidth);
    float w = fonts.width(f, t, size);
    float at = align < 0 ? x : align == 0 ? x - w / 2 : x - w;
    io(() -> {
      out.beginText();
      out.setNonStrokingColor(c);
      out.setFont(f, size);
      out.newLineAtOffset(left + at, top - y);
      out.showText(t);
      out.endText();
    });
  }

  /** One line of text read bottom to top, centred on (x, y), its baseline left of x. */
  public void upwards(float x, float y, String s, float size, boolean bold, Color c, float maxWidth) {
    PDType0Font f = font(bold);
    String t = fit(fonts.safe(s), f, size, maxWidth);
    float w = fonts.width(f, t, size);
    io(() -> {
      out.beginText();
      out.setNonStrokingColor(c);
      out.setFont(f, size);
      out.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, left + x, top - y - w / 2));
      out.showText(t);
      out.endText();
    });
  }

  /**
   * Text wrapped into at most {@code maxLines} lines of {@code maxWidth}, the first baseline at
   * y, the last line cut with "…" when the text is longer; returns the number of lines written.
   */
  public int wrapped(float x, float y, String s, float size, boolean bold, Color c, float maxWidth, int maxLines, int align) {
    List<String> lines = lines(s, size, bold, maxWidth);
    int n = Math.min(lines.size(), maxLines);
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      if (i == n - 1 && lines.size() > n) line = line + " …";
      text(x, y + i * size * 1.22f, line, size, bold, c, maxWidth, align);
    }
    return n;
  }

  /** The lines {@code s} wraps into at this size and width. */
  public List<String> lines(String s, float size, boolean bold, float maxWidth) {
    PDType0Font f = font(bold);
    List<String> lines = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String word : fonts.safe(s).split(" ")) {
      if (word.isEmpty()) continue;
      String next = cur.isEmpty() ? word : cur + " " + word;
      if (fonts.width(f, next, size) <= maxWidth || cur.isEmpty()) {
        cur = new StringBuilder(next);
      } else {
        lines.add(cur.toString());
        cur = new StringBuilder(word);
      }
    }
    if (!cur.isEmpty()) lines.add(cur.toString());
    return lines;
  }

  private String fit(String t, PDType0Font f, float size, float maxWidth) {
    if (fonts.width(f, t, size) <= maxWidth) return t;
    int end = t.length();
    while (end > 0 && fonts.width(f, t.substring(0, end) + "…", size) > maxWidth) end--;
    if (end > 0 && Character.isHighSurrogate(t.charAt(end - 1))) end--;
    return t.substring(0, end).stripTrailing() + "…";
  }

  private PDType0Font font(boolean bold) {
    return bold ? fonts.bold : fonts.regular;
  }

  interface Io {
    void run() throws IOException;
  }

  static void io(Io step) {
    try {
      step.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
