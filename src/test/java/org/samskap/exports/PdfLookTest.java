package org.samskap.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import org.samskap.boards.BoardPdf;
import org.samskap.domain.pilots.Evaluation;
import org.samskap.domain.pilots.Gain;
import org.samskap.domain.pilots.GainKind;
import org.samskap.domain.pilots.Group;
import org.samskap.domain.pilots.Measurement;
import org.samskap.domain.pilots.Pilot;
import org.samskap.domain.pilots.PilotPlan;
import org.samskap.domain.pilots.PilotStatus;
import org.samskap.domain.pilots.Provenance;
import org.samskap.domain.pilots.Smarte;

/**
 * docs/EXPORT.md [X11] (embedded font, no '?'), [X20] (board summaries) and [X21] (the deck as
 * slides): every PDF the server writes, read back and rendered. The renders are written to
 * docs/screenshots/ so the pictures there are always the current layout.
 */
class PdfLookTest {
  static final String SAMI = "Čuđe Ánde";
  static final String MINUS = "−9,14";
  static final Path SHOTS = Path.of("docs", "screenshots");
  private static final LocalDate JAN = LocalDate.of(2025, 1, 6);

  static Pilot pilot() {
    Provenance prov = new Provenance("matrixBoard01", "item1", "Nattlys i gangen på Ŋuorggát sjukeheim",
        Map.of("boardId", "ideas01", "noteId", "n1", "votes", 7),
        Map.of("count", 6, "x", Map.of("median", 4, "min", 3, "max", 5), "y", Map.of("median", 4.5, "min", 3, "max", 5)),
        Map.of("status", "accepted", "reason", "Rask gevinst", "decidedBy", SAMI),
        List.of("Beboer våkner og vil på do", "Sensor tenner nattlyset", "Nattevakt får varsel på telefonen",
            "Nattevakt går til rommet", "Beboer er tilbake i seng", "Hendelsen logges – uten navn"), 1000);
    PilotPlan plan = new PilotPlan("Færre fall om natta, og tryggere beboere som sover bedre. Nattevaktene bruker mindre tid på "
        + "tilsyn som ikke trengs, og mer tid der de trengs.", "Beboerrom, gang, nattevaktens telefon", "Nattlig tilsyn; "
        + "avviksmelding", 12, JAN, JAN.plusMonths(6), "12 beboere på avdeling 2 (test) og 10 på avdeling 3 (kontroll)",
        "Avdelingsleder spør beboere og pårørende", "Brev til pårørende og oppslag på avdelingen", "Kurs for nattevakter, 2 × 45 min",
        "Ring vakthavende ved feil; lyset kan slås av på bryteren", "Minutter brukt på tilsyn per natt", "Observasjon første og siste uke",
        "Rutinebeskrivelse i kvalitetssystemet", SAMI);
    Gain time = new Gain("g1", GainKind.TIME, "Mindre tid på tilsyn som ikke trengs", "Tid på tilsyn per natt", "minutter",
        40, JAN, 25, JAN.plusMonths(6), SAMI, "Timeliste", "ukentlig", new Smarte(true, true, true, true, false, true), 500.0, null);
    Gain falls = new Gain("g2", GainKind.QUALITY, "", "Fall om natta per måned", "fall", 6, JAN, 2, JAN.plusMonths(6), "Kari",
        "Avvikssystemet", "månedlig", Smarte.NONE, null, 4);
    return Pilot.candidate("pilot1", prov, 1000).withPlan(plan, 2000).withGain(time, 3000).withGain(falls, 4000)
        .advance(PilotStatus.PLANNED, 5000).advance(PilotStatus.RUNNING, 6000).advance(PilotStatus.EVALUATING, 7000)
        .evaluate(new Evaluation("Beboerne sover bedre", "Nattevaktene liker varselet", "Sensoren må plasseres lavt",
            Evaluation.Realised.PARTLY, "Tiden går ned, fallene litt", "Pårørende ringer sjeldnere", "Involver nattevaktene tidlig; test "
            + "sensoren på ett rom først. " + SAMI + " foreslo å merke bryteren.", SAMI, 8000, 1), List.of(), 8000);
  }

  /** Test and control groups whose 95 % interval of the difference runs from −9,14 to −0,93. */
  static List<Measurement> measurements() {
    List<Measurement> ms = new ArrayList<>();
    double[] test = {30, 34, 27, 36, 31, 29};
    double[] control = {34.8, 37.8, 32.8, 39.8, 35.8};
    for (int i = 0; i < test.length; i++) ms.add(new Measurement("t" + i, "pilot1", "g1", JAN.plusWeeks(8 + 2 * i), test[i], Group.TEST, "", 1, 0));
    for (int i = 0; i < control.length; i++) ms.add(new Measurement("c" + i, "pilot1", "g1", JAN.plusWeeks(9 + 2 * i), control[i], Group.CONTROL, "", 1, 0));
    double[] falls = {6, 5, 5, 3};
    for (int i = 0; i < falls.length; i++) ms.add(new Measurement("f" + i, "pilot1", "g2", JAN.plusMonths(i + 1), falls[i], Group.ALL, "", 1, 0));
    return ms;
  }

  static Map<String, Object> note(String id, String text, String cluster, int x, int y) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("id", id);
    n.put("text", text);
    n.put("x", x);
    n.put("y", y);
    n.put("color", "yellow");
    if (cluster != null) n.put("clusterId", cluster);
    return n;
  }

  static BoardSnapshot ideas() {
    List<Map<String, Object>> notes = List.of(
        note("n1", "Nattlys som tennes når beboeren står opp – " + SAMI, "c1", 10, 10),
        note("n2", "Reisetiden endret seg " + MINUS + " minutter i snitt", "c1", 200, 10),
        note("n3", "Sensor på døra i stedet for tilsyn hver time", "c1", 400, 10),
        note("n4", "Pårørende får melding når noe skjer", "c2", 10, 200),
        note("n5", "Felles oversikt for nattevakten på telefonen, med «varsel» og “status”", "c2", 200, 200),
        note("n6", "Ŧ ŧ Ŋ ŋ Š š Ž ž Đ đ – € • × ≤ ≥ … ‘ok’", null, 400, 400));
    Map<String, Object> content = Map.of("notes", notes,
        "clusters", List.of(Map.of("id", "c1", "label", "Trygghet om natta"), Map.of("id", "c2", "label", "Pårørende")),
        "session", Map.of("results", List.of(Map.of("ranking", List.of(Map.of("rank", 1, "targetId", "n1", "votes", 9),
            Map.of("rank", 2, "targetId", "n4", "votes", 5), Map.of("rank", 3, "targetId", "n2", "votes", 2))))));
    return new BoardSnapshot("b1", "ideas", "Idéverksted – Guovdageaidnu og " + SAMI, 42, 1_764_000_000_000L, content);
  }

  static BoardSnapshot matrix() {
    List<Map<String, Object>> items = List.of(
        Map.of("id", "i1", "text", "Nattlys med sensor (" + SAMI + ")", "quadrant", "quick-wins",
            "aggregate", Map.of("count", 6, "x", Map.of("median", 4, "min", 3, "max", 5), "y", Map.of("median", 4.5, "min", 3, "max", 5)),
            "position", Map.of("x", 4, "y", 4.5), "decision", Map.of("status", "accepted", "reason", "Rask gevinst", "decidedBy", SAMI)),
        Map.of("id", "i2", "text", "Ny journalløsning", "quadrant", "strategic-bets",
            "aggregate", Map.of("count", 5, "x", Map.of("median", 1.5, "min", 1, "max", 3), "y", Map.of("median", 4, "min", 2, "max", 5)),
            "position", Map.of("x", 1.5, "y", 4)),
        Map.of("id", "i3", "text", "Endring " + MINUS + " i ventetid", "aggregate", Map.of("count", 0)));
    Map<String, Object> content = Map.of("matrix", Map.of(), "items", items,
        "decisionLog", List.of(Map.of("at", 1_764_000_000_000L, "itemText", "Nattlys med sensor", "status", "accepted", "reason", "Rask gevinst")));
    return new BoardSnapshot("b2", "matrix", "Prioritering " + SAMI, 17, 1_764_000_000_000L, content);
  }

  static BoardSnapshot journey() {
    Map<String, Object> version = Map.of(
        "stages", List.of(Map.of("id", "s1", "label", "Søknad", "emotion", 2), Map.of("id", "s2", "label", "Vedtak", "emotion", -1),
            Map.of("id", "s3", "label", "Oppstart")),
        "lanes", List.of(Map.of("id", "l1", "kind", "user", "label", "Bruker"), Map.of("id", "l2", "kind", "processes", "label", "")),
        "cards", List.of(Map.of("stageId", "s1", "laneId", "l1", "text", SAMI + " fyller ut søknaden"),
            Map.of("stageId", "s2", "laneId", "l2", "text", "Saksbehandler vurderer; ventetid " + MINUS + " dager"),
            Map.of("stageId", "s3", "laneId", "l1", "text", "Første besøk")));
    Map<String, Object> content = Map.of("journeys", Map.of("current", version, "future", version));
    return new BoardSnapshot("b3", "journey", "Tjenestereise hjemmetjenester", 5, 1_764_000_000_000L, content);
  }

  static byte[] deck() {
    return Deck102030.bytes(pilot(), measurements());
  }

  static Map<String, byte[]> boards() {
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.put("ideas", BoardPdf.bytes(ideas()));
    out.put("matrix", BoardPdf.bytes(matrix()));
    out.put("journey", BoardPdf.bytes(journey()));
    return out;
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void X11_the_minus_sign_and_sami_letters_print_as_written_in_the_deck_and_every_board_pdf() throws IOException {
    String deck = text(deck());
    assertTrue(deck.contains("95 % konfidensintervall " + MINUS + " til −0,93"), deck);
    assertTrue(deck.contains(SAMI), deck);
    assertFalse(deck.contains("?9,14") || deck.contains("?u?e"), deck);
    for (Map.Entry<String, byte[]> e : boards().entrySet()) {
      String t = text(e.getValue());
      assertTrue(t.contains(MINUS), e.getKey() + ": " + t);
      assertTrue(t.contains(SAMI), e.getKey() + ": " + t);
      assertFalse(t.contains("?"), e.getKey() + " has no '?' anywhere: " + t);
    }
    String ideas = text(boards().get("ideas"));
    assertTrue(ideas.contains("Ŧ ŧ Ŋ ŋ Š š Ž ž Đ đ – € • × ≤ ≥ … ‘ok’"), ideas);
    assertTrue(ideas.contains("«varsel» og “status”"), ideas);
  }

  @Test
  void X11_every_pdf_embeds_dejavu_sans_and_no_page_uses_a_standard_14_font() throws IOException {
    List<byte[]> all = new ArrayList<>(boards().values());
    all.add(deck());
    for (byte[] pdf : all) {
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        for (PDPage page : doc.getPages()) {
          PDResources res = page.getResources();
          int fonts = 0;
          for (COSName name : res.getFontNames()) {
            PDFont f = res.getFont(name);
            fonts++;
            assertTrue(f instanceof PDType0Font, "a Type 0 (CID) font: " + f.getName());
            assertFalse(f.isStandard14(), f.getName());
            assertTrue(f.isEmbedded(), f.getName() + " is embedded");
            assertTrue(f.getName().matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"), "a subset of DejaVu Sans: " + f.getName());
          }
          assertTrue(fonts >= 1, "every page writes text");
        }
      }
    }
  }

  @Test
  void X11_a_character_the_fonts_lack_becomes_the_visible_replacement_character_never_a_question_mark() throws IOException {
    try (PdfPages pdf = new PdfPages("t", false, true)) {
      assertEquals("Æ Ø Å æ ø å é á € «» − Č ŋ ŧ", pdf.safe("Æ Ø Å æ ø å é á € «» − Č ŋ ŧ"));
      assertEquals("a\uFFFD b", pdf.safe("a\uD83D\uDE00 b"), "an emoji the fonts lack");
      assertEquals("tab ok x", pdf.safe("tab\tok\u0001x"), "control characters become spaces");
      pdf.page("Emoji \uD83D\uDE00");
      pdf.text("Smil \uD83D\uDE00 og ⛄");
      String t = text(pdf.bytes());
      assertTrue(t.contains("Smil \uFFFD og"), t);
      assertFalse(t.contains("?"), t);
    }
  }

  /** Every glyph of a PDF with where it stands. */
  static List<TextPosition> glyphs(PDDocument doc, int page) throws IOException {
    List<TextPosition> out = new ArrayList<>();
    PDFTextStripper s = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition text) {
        out.add(text);
      }
    };
    s.setStartPage(page);
    s.setEndPage(page);
    s.getText(doc);
    return out;
  }

  @Test
  void X21_the_deck_is_ten_16_9_slides_headed_in_a_band_with_the_matrix_journey_and_gain_chart_drawn_and_nothing_off_the_page() throws IOException {
    try (PDDocument doc = Loader.loadPDF(deck())) {
      assertEquals(10, doc.getNumberOfPages());
      PDFTextStripper strip = new PDFTextStripper();
      for (int i = 1; i <= 10; i++) {
        PDPage page = doc.getPage(i - 1);
        assertEquals(960, page.getMediaBox().getWidth(), 0.01);
        assertEquals(540, page.getMediaBox().getHeight(), 0.01);
        strip.setStartPage(i);
        strip.setEndPage(i);
        String t = strip.getText(doc);
        assertTrue(t.strip().startsWith(Deck102030.HEADINGS.get(i - 1)), "slide " + i + ": " + t);
        List<TextPosition> glyphs = glyphs(doc, i);
        TextPosition first = glyphs.get(0);
        assertTrue(first.getFontSizeInPt() >= 22 && first.getYDirAdj() < 96, "a large heading in the band: " + first.getFontSizeInPt());
        for (TextPosition g : glyphs) {
          if (g.getDir() != 0) {
            assertTrue(g.getX() >= 0 && g.getX() <= 960 && g.getY() >= 0 && g.getY() <= 540, "slide " + i + ": '" + g.getUnicode() + "' on the page");
            continue;
          }
          assertTrue(g.getXDirAdj() >= 0 && g.getXDirAdj() + g.getWidthDirAdj() <= 960.5 && g.getYDirAdj() <= 540 && g.getYDirAdj() - g.getHeightDir() >= 0,
              "slide " + i + ": '" + g.getUnicode() + "' stands on the page at " + g.getXDirAdj() + "," + g.getYDirAdj());
        }
        if (i == 3) assertTrue(t.contains("Raske gevinster") && t.contains("Gjennomførbarhet"), "the matrix with its fields: " + t);
        String words = t.replaceAll("\\s+", " "); // a card's text wraps inside the card
        if (i == 4) assertTrue(words.contains("Sensor tenner nattlyset") && words.contains("Hendelsen logges – uten navn"), "the journey's cards: " + t);
        if (i == 7) assertTrue(t.contains("Forventet utvikling") && t.contains("Testgruppe") && t.contains("Kontrollgruppe"), "the gain chart's legend: " + t);
        if (i == 10) assertTrue(t.contains("Involver nattevaktene tidlig"), t);
      }
    }
  }

  @Test
  void X20_a_board_summary_is_a4_with_its_title_in_a_band_a_page_footer_and_every_glyph_inside_the_margins() throws IOException {
    for (Map.Entry<String, byte[]> e : boards().entrySet()) {
      try (PDDocument doc = Loader.loadPDF(e.getValue())) {
        assertEquals(595, doc.getPage(0).getMediaBox().getWidth(), 1);
        BufferedImage first = new PDFRenderer(doc).renderImageWithDPI(0, 36, ImageType.RGB);
        int band = first.getRGB(4, 4) & 0xFFFFFF;
        assertTrue((band >> 16 & 0xFF) < 80 && (band & 0xFF) < 120, e.getKey() + ": a dark title band across the top, not white paper: "
            + Integer.toHexString(band));
        String t = text(e.getValue());
        assertTrue(t.contains("1 / " + doc.getNumberOfPages()), e.getKey() + ": the footer numbers the pages: " + t);
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
          List<TextPosition> glyphs = glyphs(doc, i);
          if (i == 1) assertTrue(glyphs.get(0).getFontSizeInPt() >= 15, e.getKey() + ": the title is large");
          for (TextPosition g : glyphs) {
            if (g.getDir() != 0) { // the matrix' y axis name reads upwards: its own frame is turned, so check where it stands
              assertTrue(g.getX() >= 40 && g.getX() <= 595 - 40 && g.getY() > 20 && g.getY() < 842 - 8, e.getKey() + ": '" + g.getUnicode() + "' on the page");
              continue;
            }
            assertTrue(g.getXDirAdj() >= 40 && g.getXDirAdj() + g.getWidthDirAdj() <= 595 - 40, e.getKey() + " page " + i + ": '"
                + g.getUnicode() + "' inside the side margins at x " + g.getXDirAdj());
            assertTrue(g.getYDirAdj() <= 842 - 8 && g.getYDirAdj() > 20, e.getKey() + ": '" + g.getUnicode() + "' on the page");
          }
        }
      }
    }
  }

  @Test
  void X20_X21_renders_of_the_deck_and_the_board_summaries_are_written_to_docs_screenshots() throws IOException {
    Files.createDirectories(SHOTS);
    render(deck(), "deck", 72);
    for (Map.Entry<String, byte[]> e : boards().entrySet()) render(e.getValue(), "board-" + e.getKey(), 72);
    BufferedImage slide = ImageIO.read(SHOTS.resolve("deck-07.png").toFile());
    assertEquals(960, slide.getWidth());
    assertEquals(540, slide.getHeight());
    assertTrue(Files.size(SHOTS.resolve("deck-07.png")) < 200_000, "small enough to keep in the repository");
  }

  static void render(byte[] pdf, String name, float dpi) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer r = new PDFRenderer(doc);
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        BufferedImage img = r.renderImageWithDPI(i, dpi, ImageType.RGB);
        String file = doc.getNumberOfPages() == 1 && !name.equals("deck") ? name + ".png" : name + "-" + String.format("%02d", i + 1) + ".png";
        ImageIO.write(img, "png", SHOTS.resolve(file).toFile());
      }
    }
  }
}
