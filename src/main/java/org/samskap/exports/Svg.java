package org.samskap.exports;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A small SVG writer: every text and attribute value is escaped, and characters XML 1.0 forbids are dropped. */
public final class Svg {
  private final StringBuilder b = new StringBuilder(64 * 1024);
  private final double width;
  private final double height;

  public Svg(double width, double height, String title) {
    this.width = width;
    this.height = height;
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
        .append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
        .append("\" font-family=\"Helvetica, Arial, sans-serif\"><title>").append(escape(title)).append("</title>")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
  }

  public Svg rect(double x, double y, double w, double h, String fill, String stroke) {
    b.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w)).append("\" height=\"")
        .append(n(h)).append("\" fill=\"").append(escape(fill)).append("\" stroke=\"").append(escape(stroke)).append("\"/>");
    return this;
  }

  public Svg line(double x1, double y1, double x2, double y2, String stroke) {
    b.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2)).append("\" y2=\"")
        .append(n(y2)).append("\" stroke=\"").append(escape(stroke)).append("\"/>");
    return this;
  }

  public Svg circle(double cx, double cy, double r, String fill) {
    b.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r)).append("\" fill=\"")
        .append(escape(fill)).append("\"/>");
    return this;
  }

  public Svg text(double x, double y, double size, boolean bold, String text) {
    b.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size)).append('"');
    if (bold) b.append(" font-weight=\"bold\"");
    b.append('>').append(escape(text)).append("</text>");
    return this;
  }

  /** Text wrapped at about {@code chars} characters a line, at most {@code maxLines} lines (the last cut with an ellipsis). */
  public Svg wrapped(double x, double y, double size, int chars, int maxLines, String text) {
    String[] words = (text == null ? "" : text).split("\\s+");
    StringBuilder line = new StringBuilder();
    int lines = 0;
    for (int i = 0; i < words.length && lines < maxLines; i++) {
      String w = words[i].length() > chars ? words[i].substring(0, chars - 1) + "…" : words[i];
      if (line.length() > 0 && line.length() + 1 + w.length() > chars) {
        boolean last = lines == maxLines - 1;
        text(x, y + lines * size * 1.25, size, false, last ? line + " …" : line.toString());
        lines++;
        line.setLength(0);
      }
      if (line.length() > 0) line.append(' ');
      line.append(w);
    }
    if (lines < maxLines && line.length() > 0) text(x, y + lines * size * 1.25, size, false, line.toString());
    return this;
  }

  public byte[] bytes() {
    return (b + "</svg>\n").getBytes(StandardCharsets.UTF_8);
  }

  public double width() {
    return width;
  }

  public double height() {
    return height;
  }

  static String escape(String s) {
    if (s == null) return "";
    StringBuilder out = new StringBuilder(s.length() + 16);
    s.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
          if (allowed) out.appendCodePoint(c);
        }
      }
    });
    return out.toString();
  }

  static String n(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
