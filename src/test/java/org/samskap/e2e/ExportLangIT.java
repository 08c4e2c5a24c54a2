package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.e2e.ExportHttp.get;
import static org.samskap.e2e.ExportHttp.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.vertx.core.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.TestServer;
import org.samskap.testing.Pilots;
import org.samskap.testing.Board;

/** docs/EXPORT.md [X16]: the {@code lang} parameter of the board, history and pilot exports over real HTTP. */
class ExportLangIT {
  static TestServer server;
  static Pilots.Accepted accepted;
  static String pilotId;
  static String viewer;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    accepted = Pilots.acceptedItem(server, "Nattlys når beboeren står opp");
    JsonObject made = Pilots.convert(server, accepted);
    pilotId = made.getString("id");
    viewer = made.getJsonObject("tokens").getString("viewer");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String pdfText(HttpResponse<byte[]> r) throws IOException {
    assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
    try (PDDocument doc = Loader.loadPDF(r.body())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  static void refusesLang(HttpResponse<byte[]> r) {
    assertEquals(400, r.statusCode());
    JsonObject e = json(r);
    assertEquals("bad_request", e.getString("error"));
    assertEquals("lang", e.getString("field"));
    assertTrue(e.getString("message").contains("'lang'") && e.getString("message").contains("nb, nn, en"), e.encode());
  }

  @Test
  void X16_the_deck_comes_in_english_and_nynorsk_and_bokmal_stays_the_default() throws IOException {
    String base = "/api/pilots/" + pilotId + "/export.pdf";
    String en = pdfText(get(server, base + "?lang=en", viewer));
    assertTrue(en.contains("Name of the solution") && en.contains("Lessons learned") && en.contains("Original idea: Nattlys"), en);
    assertFalse(en.contains("Læringspunkter"), en);
    String nn = pdfText(get(server, base + "?lang=nn", viewer));
    assertTrue(nn.contains("Namn på løysinga") && nn.contains("Opphavleg idé: Nattlys") && nn.contains("Forvaltning av løysinga"), nn);
    String nb = pdfText(get(server, base, viewer));
    assertTrue(nb.contains("Navn på løsningen") && nb.contains("Læringspunkter"), nb);
    assertEquals(nb.replaceAll("\\s+", " "), pdfText(get(server, base + "?lang=nb", viewer)).replaceAll("\\s+", " "));
  }

  @Test
  void X16_the_gain_plan_workbook_comes_in_english() throws IOException {
    HttpResponse<byte[]> r = get(server, "/api/pilots/" + pilotId + "/export.xlsx?lang=en", viewer);
    assertEquals(200, r.statusCode());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      assertEquals("Benefit plan", wb.getSheetName(0));
      assertEquals("Benefit owner", wb.getSheet("Benefit plan").getRow(3).getCell(3).getStringCellValue());
      assertEquals("Finances", wb.getSheetName(2));
    }
  }

  @Test
  void X16_the_board_summary_and_a_history_view_come_in_english() throws IOException {
    Board m = accepted.matrix();
    String en = pdfText(get(server, "/api/boards/" + m.id() + "/export.pdf?lang=en", m.facilitator()));
    assertTrue(en.contains("Prioritisation matrix, version") && en.contains("Decision: accepted: Rask gevinst") && en.contains("Decision log"), en);
    HttpResponse<String> taken = server.call("POST", "/api/boards/" + m.id() + "/history", m.facilitator(), new JsonObject().put("name", "Før"));
    assertEquals(201, taken.statusCode(), taken.body());
    String hid = new JsonObject(taken.body()).getString("id");
    String nn = pdfText(get(server, "/api/boards/" + m.id() + "/history/" + hid + "/export.pdf?lang=nn", m.facilitator()));
    assertTrue(nn.contains("Avgjerdslogg") && nn.contains("Vurderingar"), nn);
    refusesLang(get(server, "/api/boards/" + m.id() + "/history/" + hid + "/export.pdf?lang=de", m.facilitator()));
  }

  @Test
  void X16_an_unknown_or_repeated_lang_is_refused_with_400_naming_the_parameter() {
    refusesLang(get(server, "/api/pilots/" + pilotId + "/export.pdf?lang=xx", viewer));
    refusesLang(get(server, "/api/pilots/" + pilotId + "/export.xlsx?lang=EN", viewer));
    refusesLang(get(server, "/api/pilots/" + pilotId + "/export.pdf?lang=en&lang=nn", viewer));
    Board m = accepted.matrix();
    refusesLang(get(server, "/api/boards/" + m.id() + "/export.pdf?lang=xx", m.facilitator()));
    refusesLang(get(server, "/api/boards/" + m.id() + "/export.svg?lang=", m.facilitator()));
  }

  @Test
  void X16_data_formats_take_lang_but_stay_the_same() {
    String base = "/api/pilots/" + pilotId + "/export.csv";
    HttpResponse<byte[]> nb = get(server, base, viewer);
    HttpResponse<byte[]> en = get(server, base + "?lang=en", viewer);
    assertEquals(200, en.statusCode());
    assertEquals(new String(nb.body(), StandardCharsets.UTF_8), new String(en.body(), StandardCharsets.UTF_8));
  }
}
