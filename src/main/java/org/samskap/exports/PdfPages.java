package org.samskap.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes simple text pages with PDFBox: a heading and wrapped lines per page. It uses the
 * standard Helvetica fonts with WinAnsiEncoding, which hold every Norwegian letter (æøå ÆØÅ
 * and é); a character outside that encoding is written as '?', never dropped silently or
 * allowed to fail the export. Landscape pages for the 10-20-30 deck, portrait for summaries.
 */
public final class PdfPages implements AutoCloseable {
  /** How an export shows a time: Norwegian style, Oslo time. */
  public static final java.time.format.DateTimeFormatter WHEN =
      java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy HH:mm").withZone(java.time.ZoneId.of("Europe/Oslo"));
  static final float MARGIN = 48;
  private final PDDocument doc = new PDDocument();
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final Map<Character, Boolean> encodable = new HashMap<>();
  private final PDRectangle size;
  private PDPageContentStream out;
  private float y;
  private boolean overflow;
  private final boolean flow;

  /** {@code flow}: text past the bottom continues on a new page; otherwise it is cut with an ellipsis (one page per slide). */
  public PdfPages(String title, boolean landscape, boolean flow) {
    this.size = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
    this.flow = flow;
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(safe(title));
    info.setCreator("Samskap");
    doc.setDocumentInformation(info);
  }

  /** Starts a page with a heading. */
  public void page(String heading) {
    closePage();
    PDPage page = new PDPage(size);
    doc.addPage(page);
    try {
      out = new PDPageContentStream(doc, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y = size.getHeight() - MARGIN;
    overflow = false;
    write(heading, bold, 22, 30);
    y -= 6;
  }

  public void subheading(String text) {
    y -= 4;
    write(text, bold, 13, 18);
  }

  public void text(String text) {
    if (text == null || text.isBlank()) return;
    for (String para : text.split("\\R")) write(para, regular, 11, 15);
  }

  /** A "label: value" line; nothing when the value is blank. */
  public void field(String label, Object value) {
    if (value == null || String.valueOf(value).isBlank()) return;
    write(label + ": " + value, regular, 11, 15);
  }

  public void bullet(String text) {
    write("• " + text, regular, 11, 15);
  }

  public void gap() {
    y -= 8;
  }

  private void write(String text, PDType1Font font, float fontSize, float leading) {
    if (overflow) return;
    float width = size.getWidth() - 2 * MARGIN;
    for (String line : wrap(safe(text), font, fontSize, width)) {
      if (y - leading < MARGIN) {
        if (flow) {
          page("…");
        } else {
          overflow = true;
          line = "…";
        }
      }
      try {
        out.beginText();
        out.setFont(font, fontSize);
        out.newLineAtOffset(MARGIN, y - fontSize);
        out.showText(line);
        out.endText();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      y -= leading;
      if (overflow) return;
    }
  }

  private List<String> wrap(String text, PDType1Font font, float fontSize, float width) {
    List<String> lines = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String word : text.split(" ")) {
      String next = cur.isEmpty() ? word : cur + " " + word;
      if (width(next, font, fontSize) <= width || cur.isEmpty()) {
        cur = new StringBuilder(next);
        while (width(cur.toString(), font, fontSize) > width && cur.length() > 1) { // one very long word
          int cut = cur.length() - 1;
          while (cut > 1 && width(cur.substring(0, cut), font, fontSize) > width) cut--;
          lines.add(cur.substring(0, cut));
          cur = new StringBuilder(cur.substring(cut));
        }
      } else {
        lines.add(cur.toString());
        cur = new StringBuilder(word);
      }
    }
    lines.add(cur.toString());
    return lines;
  }

  private static float width(String s, PDType1Font font, float fontSize) {
    try {
      return font.getStringWidth(s) / 1000 * fontSize;
    } catch (IOException | IllegalArgumentException e) {
      return s.length() * fontSize * 0.6f;
    }
  }

  /** The text with every character the font cannot encode replaced by '?', and control characters by spaces. */
  String safe(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (cp == '\t' || cp == '\r' || cp == '\n') b.append(' ');
      else if (cp > 0xFFFF) b.append('?');
      else b.append(encodable.computeIfAbsent((char) cp, this::canEncode) ? (char) cp : '?');
    });
    return b.toString();
  }

  private boolean canEncode(char c) {
    if (Character.isISOControl(c) || Character.isSurrogate(c)) return false;
    try {
      regular.encode(String.valueOf(c));
      bold.encode(String.valueOf(c));
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private void closePage() {
    if (out == null) return;
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out = null;
  }

  public byte[] bytes() {
    closePage();
    try (ByteArrayOutputStream b = new ByteArrayOutputStream()) {
      doc.save(b);
      return b.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    closePage();
    try {
      doc.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
