package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Axe;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;
import org.samskap.testing.Pilots;

/**
 * docs/EXPORT.md [X15]: the facilitator exports from the board page and gets a file (a real
 * Playwright download), the progress is told in a status region, a participant sees no export
 * panel, saving and restoring a version works from the page, and axe-core finds no violations.
 */
class ExportBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  @Test
  void X15_the_facilitator_downloads_a_json_export_and_saves_and_restores_a_version_from_the_board_page() throws IOException {
    JsonObject b = web.server().createBoard("Verksted på Ørsta");
    String id = b.getString("id");
    try (BrowserContext ctx = Chromium.context(web.browser(), "nb-NO")) {
      Page page = Chromium.page(ctx, "facilitator");
      page.navigate(web.server().baseUrl() + "/b/" + id + "#t=" + b.getJsonObject("tokens").getString("facilitator"));
      page.locator("#join-name").fill("Frida");
      page.locator("#join-form button[type=submit]").click();
      assertThat(page.locator("#board")).isVisible();
      page.locator("#note-text").fill("Kortere ventetid på legevakta");
      page.locator("#add-form button[type=submit]").click();
      assertThat(page.locator(".note")).hasCount(1);
      assertThat(page.locator(".note")).not().hasClass(java.util.regex.Pattern.compile("note--pending"));

      assertThat(page.locator("#export-card")).isVisible();
      Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
          new Page.GetByRoleOptions().setName("JSON (kan importeres)")).click());
      assertEquals("verksted-pa-orsta.samskap.json", download.suggestedFilename());
      JsonObject file = new JsonObject(Files.readString(download.path(), StandardCharsets.UTF_8));
      assertEquals("samskap-export", file.getString("schema"));
      assertEquals("Kortere ventetid på legevakta", file.getJsonObject("content").getJsonArray("notes").getJsonObject(0).getString("text"));
      assertThat(page.locator("#export-status")).hasText("Ferdig: verksted-pa-orsta.samskap.json er lastet ned.");

      Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
          new Page.GetByRoleOptions().setName("Sammendrag (PDF)")).click());
      assertTrue(Files.readString(pdf.path(), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));

      // [X18] a Bokmål page asks for its language, so the CSV opens as columns in Norwegian Excel
      Download csv = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
          new Page.GetByRoleOptions().setName("CSV (regneark)")).click());
      String csvText = Files.readString(csv.path(), StandardCharsets.UTF_8);
      assertTrue(csvText.startsWith("\uFEFFid;text;x;y;color;cluster;clusterId;votes\r\n"), csvText);
      // [X19] the board's workbook, headers in Bokmål
      Download sheet = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
          new Page.GetByRoleOptions().setName("Regneark (Excel)")).click());
      assertEquals("verksted-pa-orsta.xlsx", sheet.suggestedFilename());
      try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(sheet.path()))) {
        assertEquals("Tekst", wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue());
        assertEquals("Kortere ventetid på legevakta", wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue());
      }

      page.getByLabel("Navn på versjonen").fill("Etter idémyldring");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre versjon")).click();
      assertThat(page.locator("#export-status")).hasText("Versjonen «Etter idémyldring» er lagret.");
      Axe.assertNoViolations(page, "board page with the export panel");

      page.locator("#note-text").fill("En lapp som skal bort igjen");
      page.locator("#add-form button[type=submit]").click();
      assertThat(page.locator(".note")).hasCount(2);
      assertThat(page.locator(".note--pending")).hasCount(0);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gjenopprett «Etter idémyldring»")).click();
      page.locator("#confirm-yes").click();
      assertThat(page.locator(".note")).hasCount(1);
      assertThat(page.locator("#export-status")).containsText("Gjenopprettet «Etter idémyldring»");
    }
  }

  @Test
  void X15_a_participant_gets_no_export_panel() {
    JsonObject b = web.server().createBoard("Deltakervisning");
    try (BrowserContext ctx = Chromium.context(web.browser(), "nb-NO")) {
      Page page = Chromium.page(ctx, "participant");
      page.navigate(web.server().baseUrl() + "/b/" + b.getString("id") + "#t=" + b.getJsonObject("tokens").getString("participant"));
      page.locator("#join-name").fill("Per");
      page.locator("#join-form button[type=submit]").click();
      assertThat(page.locator("#board")).isVisible();
      page.waitForTimeout(500);
      assertThat(page.locator("#export-card")).hasCount(0);
    }
  }

  @Test
  void X15_the_pilot_page_downloads_the_gain_plan_and_the_10_20_30_deck() throws IOException {
    String matrixToken;
    JsonObject made;
    Pilots.Accepted a = Pilots.acceptedItem(web.server(), "Nattlys i gangen");
    matrixToken = a.matrix().facilitator();
    java.net.http.HttpResponse<String> r = web.server().call("POST", "/api/pilots", matrixToken,
        new JsonObject().put("matrixBoardId", a.matrix().id()).put("itemId", a.itemId()));
    assertEquals(201, r.statusCode(), r.body());
    made = new JsonObject(r.body());
    try (BrowserContext ctx = Chromium.context(web.browser(), "en-GB")) {
      Page page = Chromium.page(ctx, "pilot");
      page.navigate(web.server().baseUrl() + "/p/" + made.getString("id") + "#t=" + made.getJsonObject("tokens").getString("viewer"));
      assertThat(page.locator("#pilot-title")).hasText("Nattlys i gangen");
      Download xlsx = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
          new Page.GetByRoleOptions().setName("Gain plan (Excel)")).click());
      assertEquals("nattlys-i-gangen-gevinstplan.xlsx", xlsx.suggestedFilename());
      assertTrue(Files.size(xlsx.path()) > 1000);
      try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx.path()))) {
        assertEquals("Benefit plan", wb.getSheetName(0), "X16: the English page asks for an English workbook");
      }
      Download deck = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
          new Page.GetByRoleOptions().setName("10-20-30 presentation (PDF)")).click());
      assertEquals("nattlys-i-gangen-10-20-30.pdf", deck.suggestedFilename());
      try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(deck.path()))) {
        String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        assertTrue(text.contains("Name of the solution") && text.contains("Lessons learned"), "X16: an English deck: " + text);
      }
      assertThat(page.locator("#export-status")).hasText("Done: nattlys-i-gangen-10-20-30.pdf is downloaded.");
      Axe.assertNoViolations(page, "pilot page with the export panel");
    }
  }

  @Test
  void X4_the_home_page_imports_a_csv_of_notes_and_names_the_bad_line_of_a_broken_one() {
    try (BrowserContext ctx = Chromium.context(web.browser(), "nb-NO")) {
      Page page = Chromium.page(ctx, "import");
      page.navigate(web.server().baseUrl() + "/");
      page.getByLabel("Fil (Samskap-eksport .json eller lapper i .csv)").setInputFiles(new com.microsoft.playwright.options.FilePayload(
          "Feil.csv", "text/csv", "text,color\r\nGod idé,green\r\nAnnen,black\r\n".getBytes(StandardCharsets.UTF_8)));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer")).click();
      assertThat(page.locator("#import-error")).containsText("line 3: color 'black'");

      page.getByLabel("Fil (Samskap-eksport .json eller lapper i .csv)").setInputFiles(new com.microsoft.playwright.options.FilePayload(
          "Verksted på Voss.csv", "text/csv", "\uFEFFtext,cluster\r\nKortere kø,Venting\r\nBedre skilting,\r\n".getBytes(StandardCharsets.UTF_8)));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer")).click();
      assertThat(page.locator("#import-status")).containsText("Importert: «Verksted på Voss»");
      Axe.assertNoViolations(page, "home page with the import panel");
      page.locator("#import-open").click();
      page.locator("#join-name").fill("Frida");
      page.locator("#join-form button[type=submit]").click();
      assertThat(page.locator(".note")).hasCount(2);
      assertThat(page.locator("#board-title")).hasText("Verksted på Voss");
    }
  }
}
