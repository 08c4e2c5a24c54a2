package org.samskap.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.samskap.boards.BoardXlsx;
import org.samskap.boards.BoardCsv;

/**
 * docs/EXPORT.md [X18] (the board CSV in Norwegian Excel's dialect: {@code ;}, decimal comma,
 * BOM) and [X19] (the board XLSX: the CSV's rows, number cells, headers in the export language),
 * for every board kind; and the {@code ;} CSV imports again ([X17]).
 */
class BoardTableFilesTest {
  static final String FORMULA = "=HYPERLINK(\"http://x\")";

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  static BoardSnapshot ideas() {
    Map<String, Object> c = map(
        "notes", new ArrayList<>(List.of(
            NotesCsvRoundTripTest.note("n1", "Bedre åpningstider; også for æøå", 10, 20.5, "green", "c1", 2),
            NotesCsvRoundTripTest.note("n2", FORMULA, -5, 3.25, "pink", null, null),
            NotesCsvRoundTripTest.note("n3", "Kø, venting og \"sitat\"", 654321.25, 0, "blue", "c1", null))),
        "clusters", new ArrayList<>(List.of(NotesCsvRoundTripTest.cluster("c1", "Pårørende"))));
    return new BoardSnapshot("b1", "ideas", "Idéverksted", 3, 0, c);
  }

  static BoardSnapshot matrix() {
    Map<String, Object> item = map("id", "i1", "text", FORMULA,
        "aggregate", map("count", 3, "x", map("median", 3.5, "min", 2, "max", 5), "y", map("median", 4.0, "min", 4, "max", 4)),
        "position", map("x", 3.5, "y", 4.0), "quadrant", "quickWins",
        "decision", map("status", "accepted", "reason", "Rask gevinst", "decidedBy", "Kari", "at", 1764000000000L));
    return new BoardSnapshot("b2", "matrix", "Prioritering", 5, 0, map("items", List.of(item)));
  }

  static BoardSnapshot journey() {
    Map<String, Object> current = map(
        "stages", List.of(map("id", "s1", "label", "Søknad")),
        "lanes", List.of(map("id", "processes", "kind", "processes", "label", "")),
        "cards", List.of(map("id", "k1", "stageId", "s1", "laneId", "processes", "text", "-Saksbehandler vurderer", "links", List.of(map("to", "x"), map("to", "y")))));
    Map<String, Object> future = map("stages", List.of(), "lanes", List.of(), "cards", List.of());
    return new BoardSnapshot("b3", "journey", "Tjenestereise", 2, 0, map("journeys", map("current", current, "future", future)));
  }

  static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  static List<CSVRecord> records(byte[] csv, char separator) throws Exception {
    String s = text(csv);
    assertTrue(s.startsWith("\uFEFF"), "UTF-8 with a byte-order mark, so Excel shows æøå");
    try (CSVParser p = CSVParser.builder().setReader(new java.io.StringReader(s.substring(1)))
        .setFormat(CSVFormat.RFC4180.builder().setDelimiter(separator).get()).get()) {
      return p.getRecords();
    }
  }

  @Test
  void X18_the_semicolon_idea_csv_has_decimal_commas_a_bom_and_the_same_keys_and_neutralised_formula() throws Exception {
    byte[] csv = BoardCsv.bytes(ideas(), CsvDialect.SEMICOLON);
    assertTrue(text(csv).startsWith("\uFEFFid;text;x;y;color;cluster;clusterId;votes\r\n"), text(csv));
    List<CSVRecord> r = records(csv, ';');
    assertEquals(4, r.size());
    for (CSVRecord rec : r) assertEquals(8, rec.size(), "every row splits into the header's columns: " + rec);
    assertEquals("Bedre åpningstider; også for æøå", r.get(1).get(1), "a text with ';' is quoted and reads back");
    assertEquals("20,5", r.get(1).get(3));
    assertEquals("10,0", r.get(1).get(2));
    assertEquals("'" + FORMULA, r.get(2).get(1));
    assertEquals("3,25", r.get(2).get(3));
    assertEquals("654321,25", r.get(3).get(2), "no grouping of thousands");
    assertEquals("Kø, venting og \"sitat\"", r.get(3).get(1));
    assertTrue(text(csv).contains(";Kø, venting og \"\"sitat\"\";") || text(csv).contains(";\"Kø, venting og \"\"sitat\"\"\";"), text(csv));
    assertEquals("2", r.get(1).get(7), "whole numbers stay whole");
  }

  @Test
  void X18_the_comma_dialect_is_the_rfc4180_file_as_before() throws Exception {
    byte[] csv = BoardCsv.bytes(ideas(), CsvDialect.COMMA);
    assertTrue(text(csv).startsWith("\uFEFFid,text,x,y,color,cluster,clusterId,votes\r\n"), text(csv));
    List<CSVRecord> r = records(csv, ',');
    assertEquals("20.5", r.get(1).get(3));
    assertEquals("654321.25", r.get(3).get(2));
    assertTrue(java.util.Arrays.equals(csv, BoardCsv.bytes(ideas())), "without a dialect the CSV is the comma file");
  }

  @Test
  void X18_matrix_and_journey_csv_use_semicolons_and_decimal_commas() throws Exception {
    List<CSVRecord> m = records(BoardCsv.bytes(matrix(), CsvDialect.SEMICOLON), ';');
    assertEquals(19, m.get(0).size());
    assertEquals("medianX", m.get(0).get(3));
    assertEquals("'" + FORMULA, m.get(1).get(1));
    assertEquals("3", m.get(1).get(2));
    assertEquals("3,5", m.get(1).get(3));
    assertEquals("4,0", m.get(1).get(6));
    assertEquals("1764000000000", m.get(1).get(15), "a long stays a whole number");
    List<CSVRecord> j = records(BoardCsv.bytes(journey(), CsvDialect.SEMICOLON), ';');
    assertEquals(List.of("journey", "stageIndex", "stage", "lane", "laneKind", "cardId", "text", "touchpoint", "links"), j.get(0).toList());
    assertEquals(List.of("current", "1", "Søknad", "processes", "processes", "k1", "'-Saksbehandler vurderer", "", "2"), j.get(1).toList());
  }

  @Test
  void X18_X17_a_semicolon_csv_with_decimal_commas_imports_as_the_same_notes() {
    BoardSnapshot s = ideas();
    ImportReader.Parsed back = NotesCsvImport.read(new ByteArrayInputStream(BoardCsv.bytes(s, CsvDialect.SEMICOLON)), "Kopi");
    List<Map<String, Object>> before = NotesCsvRoundTripTest.list(s.content().get("notes"));
    List<Map<String, Object>> after = NotesCsvRoundTripTest.list(back.content().get("notes"));
    assertEquals(before.size(), after.size());
    for (int i = 0; i < before.size(); i++) {
      for (String k : List.of("text", "x", "y", "color")) assertEquals(before.get(i).get(k), after.get(i).get(k), k + " of note " + i);
    }
    assertEquals(after.get(0).get("clusterId"), after.get(2).get("clusterId"));
    assertEquals("Pårørende", NotesCsvRoundTripTest.list(back.content().get("clusters")).get(0).get("label"));
  }

  @Test
  void X18_the_import_tells_the_separator_from_the_header_line() {
    byte[] semi = "text;x;y;cluster\r\n\"Kø, venting\";12,5;-3,75;A, B\r\n".getBytes(StandardCharsets.UTF_8);
    Map<String, Object> n = NotesCsvRoundTripTest.list(NotesCsvImport.read(new ByteArrayInputStream(semi), "T").content().get("notes")).get(0);
    assertEquals("Kø, venting", n.get("text"));
    assertEquals(12.5, n.get("x"));
    assertEquals(-3.75, n.get("y"));
    byte[] comma = "text,x\r\n\"a;b;c\",\"7,5\"\r\n".getBytes(StandardCharsets.UTF_8);
    Map<String, Object> m = NotesCsvRoundTripTest.list(NotesCsvImport.read(new ByteArrayInputStream(comma), "T").content().get("notes")).get(0);
    assertEquals("a;b;c", m.get("text"));
    assertEquals(7.5, m.get("x"));
    ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
        () -> NotesCsvImport.read(new ByteArrayInputStream("text;x\r\nA;1;2\r\n".getBytes(StandardCharsets.UTF_8)), "T"));
    assertEquals("line 2: expected 2 cells, found 3.", e.getMessage());
  }

  @Test
  void X18_semicolon_numbers_are_written_out_in_full_with_a_decimal_comma() {
    assertEquals("12345678,5", CsvDialect.SEMICOLON.number(12345678.5), "no exponent, no grouping");
    assertEquals("1.0E7", CsvDialect.COMMA.number(1.0E7), "the comma dialect writes numbers as it always did");
    assertEquals("-0,25", CsvDialect.SEMICOLON.number(-0.25));
    assertEquals("42", CsvDialect.SEMICOLON.number(42));
    assertEquals("1764000000000", CsvDialect.SEMICOLON.number(1764000000000L));
  }

  @Test
  void X18_the_dialect_follows_the_lang_asked_for() {
    assertEquals(CsvDialect.SEMICOLON, CsvDialect.of(ExportLang.NB));
    assertEquals(CsvDialect.SEMICOLON, CsvDialect.of(ExportLang.NN));
    assertEquals(CsvDialect.COMMA, CsvDialect.of(ExportLang.EN));
    assertEquals(CsvDialect.COMMA, CsvDialect.of(null), "no lang: the RFC 4180 file of [X9]");
  }

  static Sheet sheet(byte[] xlsx, XSSFWorkbook[] keep) throws Exception {
    keep[0] = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    assertEquals(1, keep[0].getNumberOfSheets());
    return keep[0].getSheetAt(0);
  }

  static List<String> header(Sheet s) {
    List<String> out = new ArrayList<>();
    for (Cell c : s.getRow(0)) {
      assertEquals(CellType.STRING, c.getCellType());
      out.add(c.getStringCellValue());
    }
    return out;
  }

  @Test
  void X19_the_idea_xlsx_has_the_csv_rows_with_number_cells_and_headers_in_the_language() throws Exception {
    XSSFWorkbook[] wb = new XSSFWorkbook[1];
    Sheet nb = sheet(BoardXlsx.bytes(ideas(), ExportLang.NB), wb);
    try (XSSFWorkbook w = wb[0]) {
      assertEquals("Idétavle", nb.getSheetName());
      assertEquals(List.of("ID", "Tekst", "X", "Y", "Farge", "Gruppe", "Gruppe-ID", "Stemmer"), header(nb));
      assertEquals(3, nb.getLastRowNum(), "a row per note below the header");
      Row r1 = nb.getRow(1);
      assertEquals(CellType.NUMERIC, r1.getCell(2).getCellType());
      assertEquals(10.0, r1.getCell(2).getNumericCellValue());
      assertEquals(20.5, r1.getCell(3).getNumericCellValue());
      assertEquals(2.0, r1.getCell(7).getNumericCellValue());
      assertEquals(CellType.STRING, r1.getCell(1).getCellType());
      assertEquals("Bedre åpningstider; også for æøå", r1.getCell(1).getStringCellValue());
      Cell formula = nb.getRow(2).getCell(1);
      assertEquals(CellType.STRING, formula.getCellType(), "a participant's formula is never a formula cell");
      assertEquals("'" + FORMULA, formula.getStringCellValue(), "neutralised as in the CSV");
      assertEquals(null, nb.getRow(2).getCell(5), "a note outside any cluster leaves its cluster cell blank");
      assertEquals(654321.25, nb.getRow(3).getCell(2).getNumericCellValue());
    }
    Sheet nn = sheet(BoardXlsx.bytes(ideas(), ExportLang.NN), wb);
    try (XSSFWorkbook w = wb[0]) {
      assertEquals("Røyster", header(nn).get(7));
    }
    Sheet en = sheet(BoardXlsx.bytes(ideas(), ExportLang.EN), wb);
    try (XSSFWorkbook w = wb[0]) {
      assertEquals("Idea board", en.getSheetName());
      assertEquals(List.of("ID", "Text", "X", "Y", "Colour", "Group", "Group ID", "Votes"), header(en));
    }
  }

  @Test
  void X19_matrix_and_journey_xlsx_have_number_cells_and_headers_in_the_language() throws Exception {
    XSSFWorkbook[] wb = new XSSFWorkbook[1];
    Sheet m = sheet(BoardXlsx.bytes(matrix(), ExportLang.NN), wb);
    try (XSSFWorkbook w = wb[0]) {
      assertEquals("Prioriteringsmatrise", m.getSheetName());
      List<String> h = header(m);
      assertEquals(19, h.size());
      assertEquals("Median gjennomførbarheit", h.get(3));
      assertEquals("Avgjerd", h.get(12));
      Row r = m.getRow(1);
      assertEquals(CellType.NUMERIC, r.getCell(3).getCellType());
      assertEquals(3.5, r.getCell(3).getNumericCellValue());
      assertEquals(3.0, r.getCell(2).getNumericCellValue());
      assertEquals(1764000000000.0, r.getCell(15).getNumericCellValue());
      assertEquals("akseptert", r.getCell(12).getStringCellValue(), "X21: a decision in words of the export's language");
      assertEquals("'" + FORMULA, r.getCell(1).getStringCellValue());
    }
    Sheet j = sheet(BoardXlsx.bytes(journey(), ExportLang.EN), wb);
    try (XSSFWorkbook w = wb[0]) {
      assertEquals("Service journey", j.getSheetName());
      assertEquals(List.of("Version", "Stage no.", "Stage", "Lane", "Lane kind", "Card ID", "Text", "Touchpoint", "Links"), header(j));
      Row r = j.getRow(1);
      assertEquals(CellType.NUMERIC, r.getCell(1).getCellType());
      assertEquals(1.0, r.getCell(1).getNumericCellValue());
      assertEquals(2.0, r.getCell(8).getNumericCellValue());
      assertEquals("'-Saksbehandler vurderer", r.getCell(6).getStringCellValue());
    }
    Sheet jnb = sheet(BoardXlsx.bytes(journey(), ExportLang.NB), wb);
    try (XSSFWorkbook w = wb[0]) {
      assertEquals("Tjenestereise", jnb.getSheetName());
      assertEquals("Trinn nr.", header(jnb).get(1));
    }
  }

  @Test
  void X19_every_column_of_every_kind_has_a_label_in_each_language() {
    for (BoardSnapshot s : List.of(ideas(), matrix(), journey())) {
      KindExports k = BoardCsv.exports(s);
      for (String key : k.table(s).header()) {
        for (ExportLang l : ExportLang.values()) {
          String label = k.columnLabel(key, l);
          assertFalse(label.isBlank(), s.kind() + "." + key + " in " + l);
        }
      }
    }
  }
}
