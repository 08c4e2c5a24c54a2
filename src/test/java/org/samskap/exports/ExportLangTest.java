package org.samskap.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.samskap.domain.pilots.Gain;
import org.samskap.domain.pilots.GainKind;
import org.samskap.domain.pilots.Group;
import org.samskap.domain.pilots.Measurement;
import org.samskap.domain.pilots.Pilot;
import org.samskap.domain.pilots.Provenance;
import org.samskap.domain.pilots.Smarte;
import org.samskap.boards.BoardSvg;
import org.samskap.boards.BoardPdf;

/** docs/EXPORT.md [X16]: the human-readable exports in Bokmål, Nynorsk and English. */
class ExportLangTest {
  private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
  private static final LocalDate DEC = LocalDate.of(2025, 12, 31);

  private static Pilot pilot() {
    Provenance prov = new Provenance("matrixBoard01", "item1", "Nattlys i gangen", Map.of(), Map.of(), Map.of(), List.of(), 1000);
    Gain g = new Gain("g1", GainKind.TIME, "Færre turer", "Timer brukt på kjøring", "timer", 100.5, JAN, 60, DEC, "Kari",
        "Timeliste", "månedlig", Smarte.NONE, 1234.5, null);
    return Pilot.candidate("pilot1", prov, 1000).withGain(g, 2000);
  }

  private static List<Measurement> measurements() {
    List<Measurement> ms = new ArrayList<>();
    double[] test = {14, 12, 11, 13, 15};
    double[] control = {17, 16, 18, 15};
    for (int i = 0; i < test.length; i++) ms.add(new Measurement("t" + i, "pilot1", "g1", LocalDate.of(2025, 3, 1), test[i], Group.TEST, "", 1, 0));
    for (int i = 0; i < control.length; i++) ms.add(new Measurement("c" + i, "pilot1", "g1", LocalDate.of(2025, 3, 1), control[i], Group.CONTROL, "", 1, 0));
    return ms;
  }

  static List<String> pages(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> out = new ArrayList<>();
      PDFTextStripper strip = new PDFTextStripper();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        strip.setStartPage(i);
        strip.setEndPage(i);
        out.add(strip.getText(doc).replaceAll("\\s+", " ")); // slides set large type, so a sentence may wrap (X21)
      }
      return out;
    }
  }

  @Test
  void X16_lang_takes_nb_nn_en_only_and_numbers_use_a_decimal_comma_in_norwegian() {
    assertEquals(Optional.of(ExportLang.NN), ExportLang.of("nn"));
    assertEquals(Optional.of(ExportLang.EN), ExportLang.of("en"));
    assertEquals(Optional.of(ExportLang.NB), ExportLang.of("nb"));
    assertTrue(ExportLang.of("NB").isEmpty());
    assertTrue(ExportLang.of("xx").isEmpty());
    assertTrue(ExportLang.of(null).isEmpty());
    assertEquals("1 234,50", ExportLang.NB.num(1234.5));
    assertEquals("1 234,50", ExportLang.NN.num(1234.5));
    assertEquals("1 234.50", ExportLang.EN.num(1234.5));
    assertEquals("60", ExportLang.EN.num(60));
  }

  @Test
  void X16_every_text_has_three_non_empty_languages() {
    for (ExportLang l : ExportLang.values()) {
      for (PilotText t : PilotText.values()) assertFalse(t.in(l).isBlank(), t + " " + l);
      for (BoardPdfText t : BoardPdfText.values()) assertFalse(t.in(l).isBlank(), t + " " + l);
      for (var t : org.samskap.kinds.ideas.IdeaExports.Text.values()) assertFalse(t.in(l).isBlank(), t + " " + l);
      for (var t : org.samskap.kinds.matrix.MatrixExports.Text.values()) assertFalse(t.in(l).isBlank(), t + " " + l);
      for (var t : org.samskap.kinds.journey.JourneyExports.Text.values()) assertFalse(t.in(l).isBlank(), t + " " + l);
    }
    assertEquals("Tenestereise", org.samskap.kinds.journey.JourneyExports.Text.KIND_JOURNEY.in(ExportLang.NN));
    assertEquals("Avgjerd", PilotText.DECISION.in(ExportLang.NN));
    assertEquals("Vegval", PilotText.ROUTE.in(ExportLang.NN));
  }

  @Test
  void X16_the_deck_has_its_ten_headings_in_nynorsk_and_english_with_numbers_and_comparison_in_the_language() throws IOException {
    List<String> nn = pages(Deck102030.bytes(pilot(), measurements(), ExportLang.NN));
    List<String> en = pages(Deck102030.bytes(pilot(), measurements(), ExportLang.EN));
    List<String> nb = pages(Deck102030.bytes(pilot(), measurements()));
    assertEquals(10, nn.size());
    assertEquals(10, en.size());
    for (int i = 0; i < 10; i++) {
      assertTrue(nn.get(i).strip().startsWith(Deck102030.headings(ExportLang.NN).get(i)), "nn page " + (i + 1) + ": " + nn.get(i));
      assertTrue(en.get(i).strip().startsWith(Deck102030.headings(ExportLang.EN).get(i)), "en page " + (i + 1) + ": " + en.get(i));
      assertTrue(nb.get(i).strip().startsWith(Deck102030.HEADINGS.get(i)), "nb page " + (i + 1) + ": " + nb.get(i));
    }
    assertTrue(nn.get(0).strip().startsWith("Namn på løysinga"), nn.get(0));
    assertTrue(en.get(0).strip().startsWith("Name of the solution"), en.get(0));
    assertTrue(nn.get(9).contains("Ingen læringspunkt er skrivne enno"), nn.get(9));
    assertTrue(en.get(9).contains("No lessons are written yet"), en.get(9));
    assertTrue(en.get(5).contains("from 100.50 to 60 timer by 2025-12-31"), en.get(5));
    assertTrue(nn.get(5).contains("frå 100,50 til 60 timer innan 2025-12-31"), nn.get(5));
    assertTrue(nb.get(5).contains("fra 100,50 til 60 timer innen 2025-12-31"), nb.get(5));
    assertTrue(en.get(6).contains("Test versus control: The test group is clearly 3.50 timer lower"), en.get(6));
    assertTrue(nn.get(6).contains("Test mot kontroll: Testgruppa ligg klart 3,50 timer lågare"), nn.get(6));
  }

  @Test
  void X16_the_gain_plan_workbook_names_its_sheets_and_columns_in_the_language() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(GainPlanXlsx.bytes(pilot(), measurements(), ExportLang.NN)))) {
      assertEquals(List.of("Gevinstplan", "Målingar", "Økonomi"), List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
      assertEquals("Gevinstansvarleg", wb.getSheet("Gevinstplan").getRow(3).getCell(3).getStringCellValue());
      assertEquals("Forventa", wb.getSheet("Målingar").getRow(0).getCell(4).getStringCellValue());
      assertEquals("Eingongskostnader", wb.getSheet("Økonomi").getRow(3).getCell(0).getStringCellValue());
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(GainPlanXlsx.bytes(pilot(), measurements(), ExportLang.EN)))) {
      assertEquals(List.of("Benefit plan", "Measurements", "Finances"), List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
      assertEquals("Benefit realisation plan: " + pilot().title(), wb.getSheet("Benefit plan").getRow(0).getCell(0).getStringCellValue());
      assertEquals("Benefit owner", wb.getSheet("Benefit plan").getRow(3).getCell(3).getStringCellValue());
      assertEquals(100.5, wb.getSheet("Benefit plan").getRow(4).getCell(5).getNumericCellValue(), "numbers stay number cells");
      assertEquals("Reason for gap", wb.getSheet("Measurements").getRow(0).getCell(6).getStringCellValue());
    }
  }

  @Test
  void X16_the_board_summary_and_svg_speak_the_language() throws IOException {
    Map<String, Object> journey = Map.of("journeys", Map.of("current", Map.of(), "future", Map.of()));
    BoardSnapshot s = new BoardSnapshot("b1", "journey", "Reisa", 3, 0, journey);
    String nn = String.join("\n", pages(BoardPdf.bytes(s, ExportLang.NN)));
    String en = String.join("\n", pages(BoardPdf.bytes(s, ExportLang.EN)));
    assertTrue(nn.contains("Tenestereise, versjon 3, eksportert"), nn);
    assertTrue(nn.contains("Noverande tenestereise") && nn.contains("Framtidig tenestereise") && nn.contains("Ingen steg."), nn);
    assertTrue(en.contains("Service journey, version 3, exported"), en);
    assertTrue(en.contains("Current service journey") && en.contains("Future service journey") && en.contains("No stages."), en);
    String svg = new String(BoardSvg.bytes(s, ExportLang.EN), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(svg.contains("Current service journey") && !svg.contains("tjenestereise"), svg);

    Map<String, Object> matrix = Map.of("matrix", Map.of("axes", Map.of("x", Map.of("names", Map.of("nb", "Gjennomførbarhet", "en", "Feasible?")))),
        "items", List.of(Map.of("text", "Nattlys", "aggregate", Map.of("count", 2), "decision", Map.of("status", "accepted", "reason", "billig"))));
    BoardSnapshot m = new BoardSnapshot("b2", "matrix", "Prioritering", 5, 0, matrix);
    String mnn = String.join("\n", pages(BoardPdf.bytes(m, ExportLang.NN)));
    assertTrue(mnn.contains("Prioriteringsmatrise, versjon 5") && mnn.contains("Vurderingar: 2") && mnn.contains("Avgjerd: akseptert: billig"), mnn);
    String msvg = new String(BoardSvg.bytes(m, ExportLang.EN), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(msvg.contains("Feasible?") && msvg.contains("Expected benefit") && msvg.contains("Not placed"), msvg);
    String msvgNn = new String(BoardSvg.bytes(m, ExportLang.NN), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(msvgNn.contains("Gjennomførbarhet") && msvgNn.contains("Ikkje plassert"), "a board's own name falls back to nb: " + msvgNn);
  }
}
