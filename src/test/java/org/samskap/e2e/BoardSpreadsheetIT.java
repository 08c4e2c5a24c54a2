package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.e2e.ExportHttp.get;
import static org.samskap.e2e.ExportHttp.json;
import static org.samskap.e2e.ExportHttp.post;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.Board;
import org.samskap.testing.TestServer;

/**
 * docs/EXPORT.md [X18] and [X19] over real HTTP: the board CSV in Norwegian Excel's dialect
 * when lang=nb or nn is asked for (RFC 4180 commas for en and without lang), the board XLSX for
 * every kind, and the {@code ;} CSV posted to the notes import ([X17]).
 */
class BoardSpreadsheetIT {
  static TestServer server;
  static Board ideas;
  static Board matrix;
  static Board journey;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    ideas = ExportBoards.ideas(server);
    matrix = ExportBoards.matrix(server);
    journey = ExportBoards.journey(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String csv(Board b, String query) {
    HttpResponse<byte[]> r = get(server, "/api/boards/" + b.id() + "/export.csv" + query, b.facilitator());
    assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    assertEquals("text/csv; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  static XSSFWorkbook xlsx(Board b, String query) throws Exception {
    HttpResponse<byte[]> r = get(server, "/api/boards/" + b.id() + "/export.xlsx" + query, b.facilitator());
    assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", r.headers().firstValue("Content-Type").orElse(""));
    assertTrue(r.headers().firstValue("Content-Disposition").orElse("").endsWith(".xlsx\""), r.headers().map().toString());
    assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
    return new XSSFWorkbook(new ByteArrayInputStream(r.body()));
  }

  @Test
  void X18_lang_nb_and_nn_give_semicolons_and_decimal_commas_en_and_no_lang_give_commas() {
    String nb = csv(ideas, "?lang=nb");
    assertTrue(nb.startsWith("\uFEFFid;text;x;y;color;cluster;clusterId;votes\r\n"), nb);
    assertTrue(nb.contains(";Bedre åpningstider, også for æøå;10,0;20,5;yellow;Pårørende;"), nb);
    assertTrue(nb.contains(";\"'=HYPERLINK(\"\"http://x\"\")\";-5,0;3,0;pink;"), nb);
    assertEquals(nb, csv(ideas, "?lang=nn"));
    String none = csv(ideas, "");
    assertTrue(none.startsWith("\uFEFFid,text,x,y,color,cluster,clusterId,votes\r\n"), none);
    assertTrue(none.contains(",\"Bedre åpningstider, også for æøå\",10.0,20.5,yellow,"), none);
    assertEquals(none, csv(ideas, "?lang=en"));
    assertTrue(csv(matrix, "?lang=nb").contains("Digital innsjekk på sjukeheim;1;4,0;"));
    assertTrue(csv(journey, "?lang=nn").contains("current;1;Søknad;processes;processes;"));
  }

  @Test
  void X18_a_history_view_csv_follows_lang_too() {
    HttpResponse<String> taken = server.call("POST", "/api/boards/" + ideas.id() + "/history", ideas.facilitator(), new JsonObject().put("name", "Før"));
    assertEquals(201, taken.statusCode(), taken.body());
    String path = "/api/boards/" + ideas.id() + "/history/" + new JsonObject(taken.body()).getString("id") + "/export.csv";
    String nb = new String(get(server, path + "?lang=nb", ideas.facilitator()).body(), StandardCharsets.UTF_8);
    assertTrue(nb.startsWith("\uFEFFid;text;"), nb);
    String plain = new String(get(server, path, ideas.facilitator()).body(), StandardCharsets.UTF_8);
    assertTrue(plain.startsWith("\uFEFFid,text,"), plain);
  }

  @Test
  void X18_X17_the_semicolon_csv_imports_again_as_the_same_notes() {
    HttpResponse<byte[]> imported = post(server, "/api/boards/import.csv?title=Fra%20Excel", csv(ideas, "?lang=nb").getBytes(StandardCharsets.UTF_8), "text/csv");
    assertEquals(201, imported.statusCode(), new String(imported.body(), StandardCharsets.UTF_8));
    Board copy = Board.of(json(imported));
    JsonArray b = json(get(server, "/api/boards/" + ideas.id() + "/export.json", ideas.facilitator())).getJsonObject("content").getJsonArray("notes");
    JsonArray a = json(get(server, "/api/boards/" + copy.id() + "/export.json", copy.facilitator())).getJsonObject("content").getJsonArray("notes");
    assertEquals(b.size(), a.size());
    for (int i = 0; i < b.size(); i++) {
      for (String k : new String[] {"text", "color"}) assertEquals(b.getJsonObject(i).getString(k), a.getJsonObject(i).getString(k), k + " of note " + i);
      assertEquals(b.getJsonObject(i).getDouble("x"), a.getJsonObject(i).getDouble("x"));
      assertEquals(b.getJsonObject(i).getDouble("y"), a.getJsonObject(i).getDouble("y"));
    }
  }

  @Test
  void X19_every_kind_exports_xlsx_with_number_cells_and_headers_in_the_language() throws Exception {
    try (XSSFWorkbook wb = xlsx(ideas, "?lang=nb")) {
      Sheet s = wb.getSheetAt(0);
      assertEquals("Idétavle", s.getSheetName());
      assertEquals("Tekst", s.getRow(0).getCell(1).getStringCellValue());
      assertEquals(3, s.getLastRowNum());
      assertEquals(CellType.NUMERIC, s.getRow(1).getCell(3).getCellType());
      assertEquals(20.5, s.getRow(1).getCell(3).getNumericCellValue());
      assertEquals("'" + ExportBoards.FORMULA, s.getRow(2).getCell(1).getStringCellValue());
    }
    try (XSSFWorkbook wb = xlsx(matrix, "?lang=en")) {
      Sheet s = wb.getSheetAt(0);
      assertEquals("Prioritisation matrix", s.getSheetName());
      assertEquals("Median feasibility", s.getRow(0).getCell(3).getStringCellValue());
      assertEquals(4.0, s.getRow(1).getCell(3).getNumericCellValue());
      assertEquals("accepted", s.getRow(1).getCell(12).getStringCellValue());
    }
    try (XSSFWorkbook wb = xlsx(journey, "?lang=nn")) {
      Sheet s = wb.getSheetAt(0);
      assertEquals("Tenestereise", s.getSheetName());
      assertEquals("Steg nr.", s.getRow(0).getCell(1).getStringCellValue());
      assertEquals(CellType.NUMERIC, s.getRow(1).getCell(1).getCellType());
      assertEquals(4, s.getLastRowNum(), "two cards in each of the two versions");
    }
    try (XSSFWorkbook wb = xlsx(journey, "")) {
      assertEquals("Tjenestereise", wb.getSheetAt(0).getSheetName(), "Bokmål without lang");
    }
  }

  @Test
  void X2_X16_the_xlsx_checks_the_token_and_the_lang_like_every_board_export() {
    assertEquals(401, get(server, "/api/boards/" + ideas.id() + "/export.xlsx", null).statusCode());
    assertEquals(403, get(server, "/api/boards/" + ideas.id() + "/export.xlsx", ideas.participant()).statusCode());
    HttpResponse<byte[]> bad = get(server, "/api/boards/" + ideas.id() + "/export.xlsx?lang=se", ideas.facilitator());
    assertEquals(400, bad.statusCode());
    assertEquals("lang", json(bad).getString("field"));
  }
}
