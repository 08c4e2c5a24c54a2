package org.samskap.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** docs/EXPORT.md [X4]: notes CSV import; every refusal names its line and nothing partial comes out. */
class NotesCsvImportTest {

  static ImportReader.Parsed read(String csv) {
    return NotesCsvImport.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "Verksted");
  }

  static String refusal(String csv) {
    return assertThrows(ImportException.class, () -> read(csv)).getMessage();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> notes(ImportReader.Parsed p) {
    return (List<Map<String, Object>>) p.content().get("notes");
  }

  @Test
  void X4_text_only_notes_are_laid_out_in_a_grid_with_the_default_colour() {
    ImportReader.Parsed p = read("text\r\nEn\r\nTo\r\n");
    assertEquals("ideas", p.kind());
    assertEquals(2, notes(p).size());
    assertEquals("yellow", notes(p).get(0).get("color"));
    assertNull(notes(p).get(0).get("clusterId"));
    assertEquals(40.0, notes(p).get(0).get("x"));
    assertEquals(260.0, notes(p).get(1).get("x"));
  }

  @Test
  void X4_a_bom_quoted_commas_newlines_and_decimal_commas_are_read() {
    ImportReader.Parsed p = read("\uFEFFtext;x\r\n".replace(';', ',') + "\"Linje 1\nlinje 2, æøå\",\"12,5\"\r\n");
    assertEquals("Linje 1\nlinje 2, æøå", notes(p).get(0).get("text"));
    assertEquals(12.5, notes(p).get(0).get("x"));
  }

  @Test
  void X4_refusals_name_the_line() {
    assertEquals("line 1: the header must name a 'text' column (and optionally x, y, color, cluster).", refusal("tekst\r\nx\r\n"));
    assertEquals("line 1: unknown column 'size'; use text, x, y, color, cluster.", refusal("text,size\r\na,1\r\n"));
    assertEquals("line 3: the text is empty.", refusal("text\r\nok\r\n   \r\n"));
    assertEquals("line 2: x 'abc' is not a number.", refusal("text,x\r\nok,abc\r\n"));
    assertEquals("line 2: x must be a number within ±1 000 000.", refusal("text,x\r\nok,2000000\r\n"));
    assertEquals("line 2: color 'black' is not one of yellow, pink, blue, green, orange, purple.", refusal("text,color\r\nok,black\r\n"));
    assertEquals("line 2: expected 2 cells, found 1.", refusal("text,x\r\nok\r\n"));
    assertEquals("The CSV has no notes below its header.", refusal("text\r\n"));
    assertEquals("line 2: the text has more than 2000 characters.", refusal("text\r\n" + "a".repeat(2001) + "\r\n"));
  }

  @Test
  void X4_a_last_line_without_a_line_break_is_named_right() {
    assertEquals("line 3: color 'grey' is not one of yellow, pink, blue, green, orange, purple.", refusal("text,color\r\nok,blue\r\nc,grey"));
  }

  @Test
  void X4_the_line_number_counts_quoted_newlines() {
    assertEquals("line 4: color 'grey' is not one of yellow, pink, blue, green, orange, purple.",
        refusal("text,color\r\n\"a\nb\",blue\r\nc,grey\r\n"));
  }
}
