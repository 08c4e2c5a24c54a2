package org.samskap.exports;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import static org.samskap.exports.PdfCanvas.*;

/**
 * Writes the server's PDFs with PDFBox (docs/EXPORT.md [X11], [X21]): pages with a title band,
 * then headed blocks of text (subheadings, paragraphs, "label: value" fields, bullets) and
 * pictures, in embedded fonts ({@link PdfFonts}). Two page forms: A4 portrait documents whose
 * text flows on to as many pages as it needs (board summaries), and 16:9 slides, one per
 * {@link #page}, whose text is set as large as the slide allows (24 pt down to 11 pt) beside or
 * above the slide's picture and cut with "…" only when even the smallest size does not fit.
 * Blocks are collected per page and laid out when the next page starts.
 */
public final class PdfPages implements AutoCloseable {
  /** How an export shows a time: Norwegian style, Oslo time. */
  public static final java.time.format.DateTimeFormatter WHEN =
      java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy HH:mm").withZone(java.time.ZoneId.of("Europe/Oslo"));
  /** A 16:9 slide, 13.33 × 7.5 inches. */
  static final PDRectangle SLIDE = new PDRectangle(960, 540);
  static final float MARGIN = 48;
  private static final float[] SLIDE_SIZES = {24, 22, 20, 18, 16, 15, 14, 13, 12, 11};
  private static final float DOC_SIZE = 10.5f;

  /** Where a slide's picture goes: right of the text, or below it across the slide. */
  public enum Side { RIGHT, BOTTOM }

  /** Draws a picture into the box a page gives it. */
  @FunctionalInterface
  public interface Picture {
    void draw(PdfCanvas c);
  }

  private enum Kind { SUB, TEXT, FIELD, BULLET, GAP, FIGURE }

  private record Block(Kind kind, String label, String text, Picture picture, float height) {}

  private record Run(String text, boolean bold, Color color) {}

  /** {@code keep}: stays on the page of the line after it (a heading's lines, all but the last line of a short block). */
  private record Line(float indent, List<Run> runs, float size, float before, float lead, boolean bullet, Picture figure, boolean keep) {}

  private final PDDocument doc = new PDDocument();
  private final PdfFonts fonts;
  private final PDRectangle size;
  private final boolean slides;
  private final String docTitle;
  private final List<Block> blocks = new ArrayList<>();
  private String heading;
  private Picture picture;
  private Side side;

  /**
   * {@code landscape} without {@code flow}: 16:9 slides, one per {@link #page}; otherwise A4
   * portrait pages whose text continues on a new page past the bottom.
   */
  public PdfPages(String title, boolean landscape, boolean flow) {
    this.slides = landscape && !flow;
    this.size = slides ? SLIDE : landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
    this.fonts = new PdfFonts(doc);
    this.docTitle = fonts.safe(title);
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(docTitle);
    info.setCreator("Samskap");
    doc.setDocumentInformation(info);
  }

  /** Starts a page (a slide, or a section of a document on a new page) with a heading in the title band. */
  public void page(String heading) {
    flush();
    this.heading = heading;
  }

  public void subheading(String text) {
    blocks.add(new Block(Kind.SUB, null, text, null, 0));
  }

  public void text(String text) {
    if (text == null || text.isBlank()) return;
    for (String para : text.split("\\R")) blocks.add(new Block(Kind.TEXT, null, para, null, 0));
  }

  /** A "label: value" line, the label in bold; nothing when the value is blank. */
  public void field(String label, Object value) {
    if (value == null || String.valueOf(value).isBlank()) return;
    blocks.add(new Block(Kind.FIELD, label, String.valueOf(value), null, 0));
  }

  public void bullet(String text) {
    blocks.add(new Block(Kind.BULLET, null, text, null, 0));
  }

  public void gap() {
    blocks.add(new Block(Kind.GAP, null, "", null, 0));
  }

  /** The slide's picture ({@link Side#RIGHT} of the text or at the {@link Side#BOTTOM}); one per slide. */
  public void picture(Side where, Picture p) {
    this.picture = p;
    this.side = where;
  }

  /** A picture in the flow of a document, {@code height} points high and as wide as the text. */
  public void figure(float height, Picture p) {
    blocks.add(new Block(Kind.FIGURE, null, "", p, height));
  }

  /** The text as the embedded fonts write it (see {@link PdfFonts#safe}). */
  public String safe(String s) {
    return fonts.safe(s);
  }

  // ---- layout

  private List<Line> lay(float width, float s) {
    List<Line> lines = new ArrayList<>();
    float pending = 0;
    for (Block b : blocks) {
      switch (b.kind()) {
        case GAP -> pending += s * 0.6f;
        case FIGURE -> {
          lines.add(new Line(0, List.of(), s, pending + s * 0.4f, b.height() + s * 0.4f, false, b.picture(), false));
          pending = 0;
        }
        default -> {
          boolean sub = b.kind() == Kind.SUB;
          float fs = sub ? s * 1.18f : s;
          float indent = b.kind() == Kind.BULLET ? s * 1.2f : 0;
          List<Run> runs = new ArrayList<>();
          if (b.kind() == Kind.FIELD) runs.add(new Run(b.label() + ":", true, INK));
          runs.add(new Run(b.text(), sub, sub ? BAND : INK));
          float before = pending + (sub && !lines.isEmpty() ? s * 0.7f : lines.isEmpty() ? 0 : s * 0.2f);
          List<List<Run>> wrapped = wrap(runs, width - indent, fs);
          for (int i = 0; i < wrapped.size(); i++) {
            boolean keep = sub || (wrapped.size() <= 4 && i < wrapped.size() - 1);
            lines.add(new Line(indent, wrapped.get(i), fs, i == 0 ? before : 0, fs * 1.32f, i == 0 && indent > 0, null, keep));
          }
          pending = 0;
        }
      }
    }
    return lines;
  }

  /** Word-wraps styled runs; a word longer than a line is broken between characters. */
  private List<List<Run>> wrap(List<Run> runs, float width, float fs) {
    List<List<Run>> out = new ArrayList<>();
    List<Run> line = new ArrayList<>();
    float used = 0;
    for (Run r : runs) {
      PDType0Font f = r.bold() ? fonts.bold : fonts.regular;
      float space = fonts.width(f, " ", fs);
      for (String word : fonts.safe(r.text()).split(" ")) {
        if (word.isEmpty()) continue;
        float w = fonts.width(f, word, fs);
        while (w > width && word.length() > 1) { // one very long word
          if (!line.isEmpty()) {
            out.add(line);
            line = new ArrayList<>();
          }
          int cut = word.length() - 1;
          while (cut > 1 && fonts.width(f, word.substring(0, cut), fs) > width) cut--;
          out.add(List.of(new Run(word.substring(0, cut), r.bold(), r.color())));
          word = word.substring(cut);
          w = fonts.width(f, word, fs);
          used = 0;
        }
        float need = line.isEmpty() ? w : used + space + w;
        if (need > width && !line.isEmpty()) {
          out.add(line);
          line = new ArrayList<>();
          need = w;
        }
        Run last = line.isEmpty() ? null : line.get(line.size() - 1);
        if (last != null && last.bold() == r.bold() && last.color().equals(r.color())) {
          line.set(line.size() - 1, new Run(last.text() + " " + word, r.bold(), r.color()));
        } else {
          if (last != null) line.set(line.size() - 1, new Run(last.text() + " ", last.bold(), last.color()));
          line.add(new Run(word, r.bold(), r.color()));
        }
        used = need;
      }
    }
    if (!line.isEmpty() || out.isEmpty()) out.add(line);
    return out;
  }

  private static float height(List<Line> lines) {
    float h = 0;
    for (Line l : lines) h += l.before() + l.lead();
    return h;
  }

  // ---- pages

  private void flush() {
    if (heading == null) return;
    if (slides) slide();
    else document();
    blocks.clear();
    picture = null;
    heading = null;
  }

  private void slide() {
    PDPage page = new PDPage(size);
    doc.addPage(page);
    float w = size.getWidth();
    float h = size.getHeight();
    try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
      PdfCanvas c = new PdfCanvas(out, fonts, 0, h, w, h);
      float band = band(c, heading, 32, 22, 96);
      float top = band + 30;
      float bottom = h - 46;
      float boxW = w - 2 * MARGIN;
      float boxH = bottom - top;
      float textW = boxW;
      float textH = boxH;
      boolean hasText = !blocks.isEmpty();
      if (picture != null && hasText) {
        if (side == Side.RIGHT) textW = boxW * 0.42f;
        else textH = boxH * 0.36f;
      }
      float used = 0;
      if (hasText) {
        List<Line> lines = null;
        for (float s : SLIDE_SIZES) {
          lines = lay(textW, s);
          if (height(lines) <= textH) break;
        }
        used = Math.min(textH, height(lines));
        draw(out, lines, MARGIN, h - top, textW, textH, true);
      }
      if (picture != null) {
        PdfCanvas p = !hasText ? c.inner(MARGIN, top, boxW, boxH)
            : side == Side.RIGHT ? c.inner(MARGIN + textW + 28, top, boxW - textW - 28, boxH)
            : c.inner(MARGIN, top + used + 20, boxW, boxH - used - 20);
        picture.draw(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void document() {
    float w = size.getWidth();
    float h = size.getHeight();
    float textW = w - 2 * MARGIN;
    List<Line> lines = lay(textW, DOC_SIZE);
    int next = 0;
    boolean first = true;
    do {
      PDPage page = new PDPage(size);
      doc.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        PdfCanvas c = new PdfCanvas(out, fonts, 0, h, w, h);
        float band = first ? band(c, heading, 22, 15, 70) : band(c, heading, 11, 11, 30);
        float top = band + (first ? 26 : 20);
        next = drawFrom(out, lines, next, MARGIN, h - top, textW, h - top - 54);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      first = false;
    } while (next < lines.size());
  }

  /** The title band across the top of a page; returns its height. */
  private float band(PdfCanvas c, String title, float max, float min, float minHeight) {
    float w = c.width() - 2 * MARGIN;
    float fs = max;
    while (fs > min && c.lines(title, fs, true, w).size() > 1) fs -= 1;
    int lines = Math.min(2, c.lines(title, fs, true, w).size());
    float hgt = Math.max(minHeight, lines * fs * 1.22f + fs * 1.3f);
    c.fill(0, 0, c.width(), hgt, BAND);
    c.fill(0, hgt, c.width(), 4, ACCENT);
    float first = (hgt - lines * fs * 1.22f) / 2 + fs * 0.92f;
    c.wrapped(MARGIN, first, title, fs, true, WHITE, w, 2, -1);
    return hgt + 4;
  }

  /** Lines from {@code from} while they fit; returns the index of the first line that did not. */
  private int drawFrom(PDPageContentStream out, List<Line> lines, int from, float x, float yTop, float width, float height) {
    PdfCanvas c = new PdfCanvas(out, fonts, x, yTop, width, height);
    float y = 0;
    int i = from;
    for (; i < lines.size(); i++) {
      Line l = lines.get(i);
      float before = i == from ? 0 : l.before();
      float chain = before + l.lead();
      for (int j = i; lines.get(j).keep() && j + 1 < lines.size() && chain < height / 3; j++) {
        chain += lines.get(j + 1).before() + lines.get(j + 1).lead();
      }
      if (y + chain > height && i > from) return i;
      y += before;
      drawLine(c, l, y);
      y += l.lead();
    }
    return i;
  }

  /** All lines in the box; when they do not fit, the last line that fits becomes "…". */
  private void draw(PDPageContentStream out, List<Line> lines, float x, float yTop, float width, float height, boolean cut) {
    PdfCanvas c = new PdfCanvas(out, fonts, x, yTop, width, height);
    float y = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      float before = i == 0 ? 0 : l.before();
      boolean lastFits = y + before + l.lead() <= height;
      boolean nextFits = i + 1 >= lines.size() || y + before + l.lead() + lines.get(i + 1).before() + lines.get(i + 1).lead() <= height;
      if (!lastFits) return;
      y += before;
      if (cut && !nextFits) {
        c.text(l.indent(), y + l.size() * 0.95f, "…", l.size(), false, INK, width, -1);
        return;
      }
      drawLine(c, l, y);
      y += l.lead();
    }
  }

  private void drawLine(PdfCanvas c, Line l, float y) {
    float base = y + l.size() * 0.95f;
    if (l.figure() != null) {
      l.figure().draw(c.inner(0, y + l.size() * 0.4f, c.width(), l.lead() - l.size() * 0.4f));
      return;
    }
    if (l.bullet()) c.text(l.indent() - l.size() * 0.9f, base, "•", l.size(), true, ACCENT, l.size(), -1);
    float x = l.indent();
    for (Run r : l.runs()) {
      c.text(x, base, r.text(), l.size(), r.bold(), r.color(), c.width() - x + 1, -1);
      x += c.textWidth(r.text(), l.size(), r.bold());
    }
  }

  private void footers() {
    int n = doc.getNumberOfPages();
    for (int i = 0; i < n; i++) {
      PDPage page = doc.getPage(i);
      float w = page.getMediaBox().getWidth();
      float h = page.getMediaBox().getHeight();
      try (PDPageContentStream out = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        PdfCanvas c = new PdfCanvas(out, fonts, 0, h, w, h);
        c.line(MARGIN, h - 30, w - MARGIN, h - 30, RULE, 0.6f, false);
        c.text(MARGIN, h - 16, docTitle, 8.5f, false, MUTED, w - 2 * MARGIN - 80, -1);
        c.text(w - MARGIN, h - 16, (i + 1) + " / " + n, 8.5f, true, MUTED, 80, 1);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public byte[] bytes() {
    flush();
    footers();
    try (ByteArrayOutputStream b = new ByteArrayOutputStream()) {
      doc.save(b);
      return b.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      doc.close();
      fonts.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
