package org.samskap.exports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts every PDF of the server is written in (docs/EXPORT.md [X11]): DejaVu Sans and
 * DejaVu Sans Bold (open licence, {@code fonts/DejaVu-LICENSE.txt}), embedded as subsets, so
 * Norwegian and Sámi letters, the minus sign, dashes, quotes and the euro sign print as they
 * are. A character the fonts lack becomes {@link #STAND_IN}, never a silent '?'.
 */
public final class PdfFonts {
  /** What a character neither font holds is written as: the Unicode replacement character, visible on the page. */
  public static final char STAND_IN = '\uFFFD';
  private static final byte[] REGULAR = resource("/fonts/DejaVuSans.ttf");
  private static final byte[] BOLD = resource("/fonts/DejaVuSans-Bold.ttf");
  /** The code points both fonts have a glyph for (DejaVu Sans holds none outside the BMP). */
  private static final BitSet COVERED = covered();

  final PDType0Font regular;
  final PDType0Font bold;
  private final TrueTypeFont regularTtf;
  private final TrueTypeFont boldTtf;
  private final float[] regularWidths = new float[0x10000];
  private final float[] boldWidths = new float[0x10000];

  /** Loads both fonts into {@code doc}; only the glyphs a page uses are embedded when it is saved. */
  PdfFonts(PDDocument doc) {
    try {
      regularTtf = parse(REGULAR);
      boldTtf = parse(BOLD);
      regular = PDType0Font.load(doc, regularTtf, true);
      bold = PDType0Font.load(doc, boldTtf, true);
      java.util.Arrays.fill(regularWidths, -1);
      java.util.Arrays.fill(boldWidths, -1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A font without glyph substitution: Latin and Sámi text needs none, and PDFBox's substitution
   * step costs more than the rest of writing a line (a regular expression per call).
   */
  private static TrueTypeFont parse(byte[] ttf) throws IOException {
    TrueTypeFont f = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
    f.setEnableGsub(false);
    return f;
  }

  /** Closes the parsed fonts; call after the document is saved. */
  void close() {
    try {
      regularTtf.close();
      boldTtf.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text as it can be written: every character both fonts hold stays, tabs and line breaks
   * and other control characters become spaces, and anything else becomes {@link #STAND_IN}.
   */
  public String safe(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp)) b.append(' ');
      else if (COVERED.get(cp)) b.appendCodePoint(cp);
      else b.append(STAND_IN);
    });
    return b.toString();
  }

  private static BitSet covered() {
    BitSet both = new BitSet(0x10000);
    try (TrueTypeFont r = new TTFParser().parse(new RandomAccessReadBuffer(REGULAR));
        TrueTypeFont b = new TTFParser().parse(new RandomAccessReadBuffer(BOLD))) {
      CmapLookup rc = r.getUnicodeCmapLookup();
      CmapLookup bc = b.getUnicodeCmapLookup();
      for (int cp = 0x20; cp < 0x10000; cp++) {
        if (!Character.isSurrogate((char) cp) && rc.getGlyphId(cp) > 0 && bc.getGlyphId(cp) > 0) both.set(cp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return both;
  }

  /** The width of already safe text in points (advance widths, cached per character; no kerning). */
  float width(PDType0Font font, String safeText, float size) {
    float[] cache = font == bold ? boldWidths : regularWidths;
    float sum = 0;
    for (int i = 0; i < safeText.length(); i++) {
      char ch = safeText.charAt(i);
      float w = cache[ch];
      if (w < 0) {
        try {
          w = font.getStringWidth(String.valueOf(ch));
        } catch (IOException | IllegalArgumentException e) {
          w = 600;
        }
        cache[ch] = w;
      }
      sum += w;
    }
    return sum / 1000 * size;
  }

  private static byte[] resource(String path) {
    try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("font missing from the jar: " + path);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
