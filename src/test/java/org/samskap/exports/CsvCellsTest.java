package org.samskap.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** docs/EXPORT.md [X9]: CSV cells are RFC 4180, UTF-8 with a BOM, and never start a formula. */
class CsvCellsTest {

  @Test
  void X9_cells_that_start_a_formula_get_a_leading_apostrophe() {
    assertEquals("'=SUM(A1:A9)", CsvCells.neutralise("=SUM(A1:A9)"));
    assertEquals("'+47 999", CsvCells.neutralise("+47 999"));
    assertEquals("'-2+3", CsvCells.neutralise("-2+3"));
    assertEquals("'@cmd", CsvCells.neutralise("@cmd"));
    assertEquals("'\tx", CsvCells.neutralise("\tx"));
    assertEquals("'\rx", CsvCells.neutralise("\rx"));
    assertEquals("Bedre =", CsvCells.neutralise("Bedre ="));
    assertEquals("", CsvCells.neutralise(""));
  }

  @Test
  void X9_restore_undoes_neutralise_and_leaves_other_apostrophes() {
    for (String s : List.of("=1+2", "+x", "-y", "@z", "\tq", "plain", "'quoted'", "")) {
      assertEquals(s, CsvCells.restore(CsvCells.neutralise(s)), s);
    }
    assertEquals("'quoted'", CsvCells.restore("'quoted'"));
  }

  @Test
  void X9_the_file_has_a_bom_crlf_rows_doubled_quotes_and_numbers_unneutralised() throws Exception {
    byte[] bytes = new CsvCells.Table("text", "x").row("Kø, \"sa hun\"\nny linje æøå", -2.5).row("=cmd|' /C calc'!A0", 3).bytes();
    assertEquals((byte) 0xEF, bytes[0]);
    assertEquals((byte) 0xBB, bytes[1]);
    assertEquals((byte) 0xBF, bytes[2]);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("text,x\r\n"), text);
    assertTrue(text.contains("\"Kø, \"\"sa hun\"\"\nny linje æøå\",-2.5\r\n"), text);
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    assertEquals(3, rows.size());
    assertEquals("Kø, \"sa hun\"\nny linje æøå", rows.get(1).get(0));
    assertEquals("-2.5", rows.get(1).get(1), "numbers are not neutralised");
    assertEquals("'=cmd|' /C calc'!A0", rows.get(2).get(0));
  }

  @Test
  void X9_file_names_are_ascii_slugs_of_the_title() {
    assertEquals("idevakt-pa-ostre-ase.csv", ExportFile.name("Idévakt på Østre Åse", ".csv"));
    assertEquals("samskap.json", ExportFile.name("???", ".json"));
  }
}
