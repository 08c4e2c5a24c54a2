package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.e2e.ExportHttp.get;
import static org.samskap.e2e.ExportHttp.json;
import static org.samskap.e2e.ExportHttp.post;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;


import io.vertx.core.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.exports.Deck102030;
import org.samskap.testing.TestServer;
import org.samskap.testing.Pilots;

/** docs/EXPORT.md [X5]-[X8]: a pilot's JSON round trip, gain CSV, XLSX gain plan and the 10-20-30 deck. */
class PilotExportIT {
  static TestServer server;
  static String pilotId;
  static String editor;
  static String viewer;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    JsonObject made = Pilots.convert(server, Pilots.acceptedItem(server, "Nattlys når beboeren står opp"));
    pilotId = made.getString("id");
    editor = made.getJsonObject("tokens").getString("editor");
    viewer = made.getJsonObject("tokens").getString("viewer");
    long rev = 1;
    rev = change("PUT", "/plan", new JsonObject().put("rev", rev).put("plan", new JsonObject().put("goals", "Færre fall om natta")
        .put("responsible", "Åse Øvrebø").put("touchpoints", "Sensor, vaktrom").put("training", "Kurs for nattevakter")));
    JsonObject afterGain = server.call("POST", "/api/pilots/" + pilotId + "/gains", editor, new JsonObject().put("rev", rev)
        .put("gain", Pilots.gain("time", "2025-01-01", "2025-12-31").put("indicator", "Tid på tilsyn (æøå)"))).body()
        .transform(JsonObject::new);
    rev = afterGain.getLong("rev");
    String gainId = afterGain.getJsonArray("gains").getJsonObject(0).getString("id");
    rev = change("PUT", "/economics", new JsonObject().put("rev", rev).put("economics", new JsonObject().put("hourlyCost", 600)
        .put("horizonYears", 5).put("discountRate", 0.04)));
    rev = change("POST", "/costs", new JsonObject().put("rev", rev).put("cost", new JsonObject().put("description", "Sensorer").put("oneOff", 50000).put("yearly", 2000)));
    for (String[] m : new String[][] {{"2025-03-01", "38"}, {"2025-06-01", "35"}}) {
      HttpResponse<String> r = server.call("POST", "/api/pilots/" + pilotId + "/measurements", editor,
          new JsonObject().put("gainId", gainId).put("date", m[0]).put("value", Double.parseDouble(m[1])));
      assertEquals(201, r.statusCode(), r.body());
    }
    rev = change("POST", "/status", new JsonObject().put("rev", rev).put("status", "planned"));
    rev = change("POST", "/status", new JsonObject().put("rev", rev).put("status", "running"));
    rev = change("POST", "/status", new JsonObject().put("rev", rev).put("status", "evaluating"));
    change("POST", "/evaluation", new JsonObject().put("rev", rev).put("evaluation", new JsonObject().put("people", "Trygt")
        .put("gainsRealised", "partly").put("lessons", "Involver nattevaktene tidlig").put("by", "Åse")));
  }

  static long change(String method, String path, JsonObject body) {
    HttpResponse<String> r = server.call(method, "/api/pilots/" + pilotId + path, editor, body);
    assertEquals(200, r.statusCode(), r.body());
    return new JsonObject(r.body()).getLong("rev");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonObject withoutIds(JsonObject content) {
    JsonObject c = content.copy();
    c.getJsonObject("pilot").remove("id");
    for (Object m : c.getJsonArray("measurements")) ((JsonObject) m).remove("id");
    return c;
  }

  @Test
  void X5_a_pilot_round_trips_through_json_under_a_new_id_and_new_tokens() {
    HttpResponse<byte[]> first = get(server, "/api/pilots/" + pilotId + "/export.json", viewer);
    assertEquals(200, first.statusCode(), new String(first.body(), StandardCharsets.UTF_8));
    JsonObject exported = json(first);
    assertEquals("pilot", exported.getString("kind"));
    assertEquals(2, exported.getJsonObject("content").getJsonArray("measurements").size());
    HttpResponse<byte[]> imported = post(server, "/api/pilots/import", first.body(), "application/json");
    assertEquals(201, imported.statusCode(), new String(imported.body(), StandardCharsets.UTF_8));
    JsonObject made = json(imported);
    JsonObject again = json(get(server, "/api/pilots/" + made.getString("id") + "/export.json", made.getJsonObject("tokens").getString("viewer")));
    assertEquals(withoutIds(exported.getJsonObject("content")), withoutIds(again.getJsonObject("content")));
    assertEquals(made.getString("id"), again.getJsonObject("content").getJsonObject("pilot").getString("id"));
  }

  @Test
  void X5_pilot_export_needs_a_pilot_token_and_a_broken_pilot_file_names_its_field() {
    assertEquals(401, get(server, "/api/pilots/" + pilotId + "/export.json", null).statusCode());
    assertEquals(403, get(server, "/api/pilots/" + pilotId + "/export.json", "wrong").statusCode());
    JsonObject exported = json(get(server, "/api/pilots/" + pilotId + "/export.json", editor));
    exported.getJsonObject("content").getJsonArray("measurements").getJsonObject(0).put("gainId", "nope");
    HttpResponse<byte[]> r = post(server, "/api/pilots/import", exported.encode().getBytes(StandardCharsets.UTF_8), "application/json");
    assertEquals(400, r.statusCode());
    assertTrue(json(r).getString("message").contains("content.measurements[0]"), json(r).encode());
  }

  @Test
  void X6_gain_csv_has_a_bom_and_a_row_per_measurement() {
    HttpResponse<byte[]> r = get(server, "/api/pilots/" + pilotId + "/export.csv", viewer);
    assertEquals(200, r.statusCode());
    String csv = new String(r.body(), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFFgainId,kind,indicator"), csv);
    assertEquals(3, csv.strip().split("\r\n").length, csv);
    assertTrue(csv.contains("Tid på tilsyn (æøå)"));
  }

  @Test
  void X7_xlsx_gain_plan_reads_back_with_owner_baseline_target_measurements_and_money() throws IOException {
    HttpResponse<byte[]> r = get(server, "/api/pilots/" + pilotId + "/export.xlsx", viewer);
    assertEquals(200, r.statusCode());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      Sheet plan = wb.getSheet("Gevinstplan");
      assertTrue(plan.getRow(0).getCell(0).getStringCellValue().contains("Nattlys"));
      assertEquals("Gevinstansvarlig", plan.getRow(3).getCell(3).getStringCellValue());
      assertEquals("Tid på tilsyn (æøå)", plan.getRow(4).getCell(0).getStringCellValue());
      assertEquals("Kari", plan.getRow(4).getCell(3).getStringCellValue());
      assertEquals(40.0, plan.getRow(4).getCell(5).getNumericCellValue());
      assertEquals(30.0, plan.getRow(4).getCell(7).getNumericCellValue());
      assertEquals(300_000.0, plan.getRow(4).getCell(13).getNumericCellValue(), "500 hours a year at 600 kr");
      Sheet ms = wb.getSheet("Målinger");
      assertEquals(35.0, ms.getRow(2).getCell(2).getNumericCellValue());
      Sheet money = wb.getSheet("Økonomi");
      assertEquals("Engangskostnader", money.getRow(3).getCell(0).getStringCellValue());
      assertEquals(50_000.0, money.getRow(3).getCell(1).getNumericCellValue());
    }
  }

  @Test
  void X8_the_10_20_30_deck_has_ten_pages_with_the_method_headings_in_order_and_keeps_aeoa() throws IOException {
    HttpResponse<byte[]> r = get(server, "/api/pilots/" + pilotId + "/export.pdf", viewer);
    assertEquals(200, r.statusCode());
    assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
    try (PDDocument doc = Loader.loadPDF(r.body())) {
      assertEquals(10, doc.getNumberOfPages());
      PDFTextStripper strip = new PDFTextStripper();
      for (int i = 0; i < 10; i++) {
        strip.setStartPage(i + 1);
        strip.setEndPage(i + 1);
        String text = strip.getText(doc);
        assertTrue(text.strip().startsWith(Deck102030.HEADINGS.get(i)), "page " + (i + 1) + ": " + text);
        if (i == 1) assertTrue(text.contains("Færre fall om natta"), text);
        if (i == 5) assertTrue(text.contains("Tid på tilsyn (æøå)"), text);
        if (i == 9) assertTrue(text.contains("Involver nattevaktene tidlig"), text);
      }
    }
  }

}
