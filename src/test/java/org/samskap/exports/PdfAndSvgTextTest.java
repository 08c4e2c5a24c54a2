package org.samskap.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** docs/EXPORT.md [X10], [X11]: what text becomes in SVG and PDF. */
class PdfAndSvgTextTest {

  @Test
  void X11_the_embedded_fonts_hold_norwegian_and_sami_letters_and_anything_else_becomes_the_replacement_character() {
    try (PdfPages pdf = new PdfPages("t", false, true)) {
      assertEquals("Æ Ø Å æ ø å é á € «» Č č Đ đ Ŋ ŋ Š š Ŧ ŧ Ž ž Á á − – — … • × ≤ ≥ “ ” ‘ ’",
          pdf.safe("Æ Ø Å æ ø å é á € «» Č č Đ đ Ŋ ŋ Š š Ŧ ŧ Ž ž Á á − – — … • × ≤ ≥ “ ” ‘ ’"));
      assertEquals("ŋŋ emoji\uFFFD tab ok", pdf.safe("\u014b\u014b emoji\uD83D\uDE00 tab\tok"));
    }
  }

  @Test
  void X10_svg_text_is_escaped_and_characters_xml_forbids_are_dropped() {
    assertEquals("a&lt;b&gt; &amp; &quot;q&quot; &apos;s&apos; æøå", Svg.escape("a<b> & \"q\" 's' æøå"));
    assertEquals("ab\tc", Svg.escape("a\u0001b\tc\uD800"));
    assertEquals("\uD83D\uDE00", Svg.escape("\uD83D\uDE00"), "a whole surrogate pair is kept");
  }
}
