package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.Boards.join;
import static org.samskap.testing.Boards.newBoard;
import static org.samskap.testing.Boards.ok;
import static org.samskap.testing.Boards.op;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Board;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.BusClient;
import org.samskap.testing.Chromium;
import org.samskap.testing.TestServer;

/**
 * The evidence chain (docs/PROTOCOL.md M6a, M6b, PL1a; docs/EXPORT.md X20): an idea board with
 * two closed dot-voting sessions and a link poll answered by a relative and a service user →
 * the top 3 notes imported into a matrix → scored and accepted → a pilot. The matrix item, the
 * pilot page and the pilot's XLSX and PDF show both sessions' votes and the poll per voter
 * group, and the numbers are the boards' own.
 */
class EvidenceChainBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void M6a_M6b_PL1a_votes_of_every_session_and_the_poll_by_group_travel_from_the_idea_board_to_the_pilot() throws Exception {
    TestServer server = web.server();
    Board ideas = newBoard(server, "ideas", "Verksted");
    Board matrix = newBoard(server, "matrix", "Prioritering");
    String a;
    String b;
    String c;
    String d;
    try (BusClient bus = BusClient.connect(server.port())) {
      join(bus, ideas, ideas.facilitator(), "Frida");
      a = note(bus, ideas, "Fast kontaktperson");
      b = note(bus, ideas, "SMS før besøk");
      c = note(bus, ideas, "Kveldsåpent");
      d = note(bus, ideas, "Ingen stemte på meg");
      // Session 1: a 2, b 1. Session 2: a 1, c 2. Totals: a 3, c 2, b 1, d 0.
      vote(bus, ideas, 3, a, a, b);
      vote(bus, ideas, 3, a, c, c);
    }
    JsonObject poll = new JsonObject(server.call("POST", "/api/boards/" + ideas.id() + "/polls", ideas.facilitator(),
        new JsonObject().put("title", "Hva er viktigst?").put("maxChoices", 2).put("invites", 2).put("items", new JsonArray()
            .add(new JsonObject().put("targetId", a).put("text", "Fast kontaktperson"))
            .add(new JsonObject().put("targetId", b).put("text", "SMS før besøk")))).body());
    String pollId = poll.getString("pollId");
    JsonArray links = poll.getJsonArray("links");
    ballot(server, pollId, links.getJsonObject(0).getString("url"), "relative", "i1");
    ballot(server, pollId, links.getJsonObject(1).getString("url"), "service_user", "i1", "i2");

    Board journey = newBoard(server, "journey", "Hjemmetjenesten");
    try (BusClient bus = BusClient.connect(server.port())) {
      join(bus, journey, journey.facilitator(), "Frida");
      ok(bus.op(journey.id(), journey.facilitator(), op("stage.create").put("version", "current").put("label", "Søknad")));
      ok(bus.op(journey.id(), journey.facilitator(), op("stage.create").put("version", "current").put("label", "Første besøk")));
    }

    // Top 3 by votes, chosen in the matrix page's import form (M6b).
    String itemA;
    try (BrowserContext ctx = Chromium.context(web.browser(), "nb-NO")) {
      Page page = Chromium.page(ctx, "facilitator");
      BrowserFixture.join(page, server.baseUrl() + "/b/" + matrix.id() + "#t=" + matrix.facilitator(), "Frida");
      page.getByLabel("Lenke til idétavla").fill(server.baseUrl() + "/b/" + ideas.id() + "#t=" + ideas.participant());
      page.getByLabel("De som fikk flest stemmer").check();
      page.getByLabel("Antall").fill("3");
      page.locator("#import-button").click();
      assertThat(page.locator("#status")).containsText("3 idéer er hentet.");
      assertThat(page.locator("#items-body tr")).hasCount(3);
      itemA = page.locator("#items-body tr").first().getAttribute("data-item-id");
      // Hand-picked (L1): the list names every note and marks those already on the matrix.
      page.getByLabel("Lenke til idétavla").fill(server.baseUrl() + "/b/" + ideas.id() + "#t=" + ideas.participant());
      page.getByLabel("Velg selv").check();
      page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis lappene")).click();
      assertThat(page.getByLabel("Fast kontaktperson (3 stemmer) (allerede i matrisen)")).isDisabled();
      assertThat(page.getByLabel("SMS før besøk (1 stemme) (allerede i matrisen)")).isChecked();
      page.getByLabel("Ingen stemte på meg (0 stemmer)").check();
      BrowserFixture.screenshot(page, "evidence-import-pick-nb");
      page.locator("#import-button").click();
      assertThat(page.locator("#status")).containsText("1 idé er hentet.");
      assertThat(page.locator("#items-body tr")).hasCount(4);
    }

    try (BusClient bus = BusClient.connect(server.port())) {
      JsonObject snap = join(bus, matrix, matrix.facilitator(), "Frida").getJsonObject("snapshot");
      JsonArray items = snap.getJsonArray("items");
      assertEquals(List.of("Fast kontaktperson", "Kveldsåpent", "SMS før besøk", "Ingen stemte på meg"),
          items.stream().map(o -> ((JsonObject) o).getString("text")).toList(), "top 3 by votes, most first, then the picked one");
      JsonObject src = items.getJsonObject(0).getJsonObject("source");
      assertEquals(3, src.getInteger("votes"), src.encode());
      JsonArray sessions = src.getJsonArray("sessions");
      assertEquals(2, sessions.size(), src.encode());
      assertEquals(2, sessions.getJsonObject(0).getInteger("votes"));
      assertEquals(1, sessions.getJsonObject(0).getInteger("rank"));
      assertEquals(1, sessions.getJsonObject(1).getInteger("votes"));
      JsonObject groups = src.getJsonArray("polls").getJsonObject(0).getJsonObject("groups");
      assertEquals(1, groups.getInteger("relative"));
      assertEquals(1, groups.getInteger("service_user"));
      assertEquals(0, groups.getInteger("employee"));
      assertEquals(2, src.getJsonArray("polls").getJsonObject(0).getInteger("total"));
      ok(bus.op(matrix.id(), matrix.facilitator(), op("item.score").put("itemId", itemA).put("x", 4).put("y", 5)));
      ok(bus.op(matrix.id(), matrix.facilitator(), op("item.decide").put("itemId", itemA).put("status", "accepted").put("reason", "Flest stemmer")));
    }

    try (BrowserContext ctx = Chromium.context(web.browser(), "nb-NO")) {
      Page page = Chromium.page(ctx, "facilitator");
      BrowserFixture.join(page, server.baseUrl() + "/b/" + matrix.id() + "#t=" + matrix.facilitator(), "Frida");
      var row = page.locator("tr[data-item-id='" + itemA + "']");
      assertThat(row).containsText("3 stemmer");
      assertThat(row.locator(".evidence li")).hasCount(3);
      assertThat(row.locator(".evidence li").nth(0)).containsText("Prikkavstemning 1");
      assertThat(row.locator(".evidence li").nth(0)).containsText("2 stemmer, plass 1");
      assertThat(row.locator(".evidence li").nth(2)).containsText("pårørende 1");
      assertThat(row.locator(".evidence li").nth(2)).containsText("tjenestebrukere 1");

      page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
          new Page.GetByRoleOptions().setName("Lag pilotkandidat av «Fast kontaktperson»")).click();
      // Journey steps picked by name from the journey's stages (L1), not typed as ids.
      page.getByLabel("Lenke til tjenestereisen").fill(server.baseUrl() + "/b/" + journey.id() + "#t=" + journey.participant());
      page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis stegene")).click();
      page.getByLabel("Første besøk (nåværende reise)").check();
      BrowserFixture.screenshot(page, "evidence-pilot-dialog-nb");
      page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag pilotkandidat").setExact(true)).click();
      page.waitForURL("**/p/**");
      assertThat(page.locator(".pilot-money").first()).containsText("Første besøk (nåværende reise)");
      assertThat(page.locator("#pilot-title")).hasText("Fast kontaktperson");
      var ev = page.locator(".card .evidence li");
      assertThat(ev).hasCount(3);
      assertThat(ev.nth(0)).containsText("2 stemmer, plass 1");
      assertThat(ev.nth(1)).containsText("Prikkavstemning 2");
      assertThat(ev.nth(1)).containsText("1 stemme");
      assertThat(ev.nth(2)).containsText("«Hva er viktigst?» (åpen): tjenestebrukere 1, pårørende 1, ansatte 0, andre 0 (i alt 2)");
      BrowserFixture.screenshot(page, "evidence-pilot-nb");
      String pilotId = page.url().replaceAll(".*/p/([^/#?]+).*", "$1");
      String token = (String) page.evaluate("id => sessionStorage.getItem('samskap.pilot.' + id)", pilotId);

      byte[] xlsx = get(server, "/api/pilots/" + pilotId + "/export.xlsx?lang=nb", token);
      StringBuilder cells = new StringBuilder();
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
        DataFormatter f = new DataFormatter();
        for (Row r : wb.getSheet("Opphav")) r.forEach(cell -> cells.append(f.formatCellValue(cell)).append('|'));
      }
      assertTrue(cells.toString().contains("Stemmer|3|"), cells.toString());
      assertTrue(cells.toString().contains("Prikkavstemning 1"), cells.toString());
      assertTrue(cells.toString().contains("2 stemmer, plass 1"), cells.toString());
      assertTrue(cells.toString().contains("tjenestebrukere 1, pårørende 1, ansatte 0, andre 0 (i alt 2)"), cells.toString());

      byte[] pdf = get(server, "/api/pilots/" + pilotId + "/export.pdf?lang=nb", token);
      String text;
      try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
        text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      }
      assertTrue(text.contains("Prikkavstemning 2"), text);
      assertTrue(text.contains("pårørende 1"), text);
      assertTrue(text.contains("tjenestebrukere 1"), text);
    }
  }

  private static String note(BusClient bus, Board b, String text) {
    return ok(bus.op(b.id(), b.facilitator(), op("note.create").put("text", text).put("x", 1).put("y", 1))).getString("noteId");
  }

  /** One closed dot-voting session in which the facilitator casts the given votes. */
  private static void vote(BusClient bus, Board b, int budget, String... targets) {
    ok(bus.op(b.id(), b.facilitator(), op("vote.open").put("budget", budget).put("cap", budget)));
    for (String t : targets) ok(bus.op(b.id(), b.facilitator(), op("vote.cast").put("targetId", t)));
    ok(bus.op(b.id(), b.facilitator(), op("vote.close")));
  }

  private static void ballot(TestServer server, String pollId, String url, String group, String... choices) {
    String token = url.substring(url.indexOf('#') + 3);
    HttpResponse<String> r = server.call("POST", "/api/polls/" + pollId + "/ballots", token,
        new JsonObject().put("group", group).put("choices", new JsonArray(List.of((Object[]) choices))));
    assertEquals(201, r.statusCode(), r.body());
  }

  private static byte[] get(TestServer server, String path, String token) throws Exception {
    HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode());
    return r.body();
  }
}
