package org.samskap.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samskap.testing.Boards.join;
import static org.samskap.testing.Boards.newBoard;
import static org.samskap.testing.Boards.ok;
import static org.samskap.testing.Boards.op;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.boards.BoardExports;
import org.samskap.testing.Board;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.BusClient;
import org.samskap.testing.Chromium;
import org.samskap.testing.Pilots;
import org.samskap.testing.TestServer;

/**
 * Language integrity (docs/EXPORT.md X21; issue 14 item 6): every page of the app (home, the
 * board page of every kind, pilot, voter) and every human-readable export (board pdf, svg and
 * xlsx of every kind; pilot pdf and xlsx) in nb, nn and en. Fails on a raw key on screen (a
 * dotted word whose first part is a namespace of the string tables, or any key of the tables
 * verbatim, or any dotted lowercase word like {@code evaluation.people} that is no file name or
 * web address) and, in nb and nn, on English UI or value words. Generic: the pages are the board
 * kinds the server lists and every page link; the keys come from the tables the page loaded.
 */
class LanguageIntegrityBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  /**
   * English words that are no Norwegian word: UI words and wire values of statuses and kinds.
   * ("Delete" is left out: it is the name of the key on Norwegian keyboards too.)
   */
  static final List<String> ENGLISH = List.of("planned", "accepted", "rejected", "parked", "pains", "gains", "votes", "vote",
      "candidate", "running", "evaluating", "decided", "Save", "Cancel", "Close", "Share", "Copy", "Replace",
      "observer", "participant", "facilitator", "Yes", "Loading", "Error", "Settings", "Votes", "Link poll", "Dot vote",
      "cost", "quality", "operations", "another_round", "halt", "actions", "touchpoints", "actors", "processes", "emotion",
      "custom", "digital", "physical", "interpersonal", "relatives", "employees", "service users", "others",
      "quick-wins", "strategic-bets", "small-improvements", "time-sinks");
  /** Dotted words that are file names, not keys. */
  static final Set<String> FILE_ENDINGS = Set.of("json", "csv", "xlsx", "pdf", "svg", "html", "js", "css", "no", "com", "org");
  static final Pattern DOTTED = Pattern.compile("\\b([a-z]+)\\.([a-z][A-Za-z_]*)(\\.[A-Za-z_]+)*\\b");

  @Test
  void X21_every_page_and_every_export_speaks_nb_nn_and_en_without_raw_keys_or_english_in_norwegian() throws Exception {
    TestServer server = web.server();
    Pilots.Accepted a = Pilots.acceptedItem(server, "Nattlys i gangen");
    JsonObject pilot = Pilots.convert(server, a);
    Board journey = newBoard(server, "journey", "Hjemmetjenesten");
    try (BusClient c = BusClient.connect(server.port())) {
      join(c, journey, journey.facilitator(), "Frida");
      String stage = ok(c, journey, journey.facilitator(), op("stage.create").put("version", "current").put("label", "Søknad")).getString("stageId");
      ok(c, journey, journey.facilitator(), op("stage.emotion").put("version", "current").put("stageId", stage).put("emotion", -1));
      join(c, a.ideas(), a.ideas().facilitator(), "Frida");
      ok(c, a.ideas(), a.ideas().facilitator(), op("vote.open").put("budget", 1).put("cap", 1));
      ok(c, a.ideas(), a.ideas().facilitator(), op("vote.cast").put("targetId", a.noteId()));
      ok(c, a.ideas(), a.ideas().facilitator(), op("vote.close"));
    }
    JsonObject poll = new JsonObject(server.call("POST", "/api/boards/" + a.ideas().id() + "/polls", a.ideas().facilitator(),
        new JsonObject().put("title", "Hva er viktigst?").put("invites", 1).put("items", new JsonArray()
            .add(new JsonObject().put("targetId", a.noteId()).put("text", "Nattlys i gangen")))).body());

    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", server.baseUrl() + "/");
    for (Board b : List.of(a.ideas(), a.matrix(), journey)) pages.put("board " + b.id(), server.baseUrl() + "/b/" + b.id() + "#t=" + b.facilitator());
    pages.put("pilot", server.baseUrl() + pilot.getJsonObject("links").getString("editor"));
    pages.put("voter", poll.getJsonArray("links").getJsonObject(0).getString("url"));

    List<String> problems = new ArrayList<>();
    for (String lang : List.of("nb", "nn", "en")) {
      try (BrowserContext ctx = Chromium.context(web.browser(), lang.equals("en") ? "en-GB" : "nb-NO")) {
        ctx.addInitScript("try { localStorage.setItem('samskap.lang', '" + lang + "'); } catch (e) {}");
        for (Map.Entry<String, String> p : pages.entrySet()) {
          Page page = Chromium.page(ctx, p.getKey());
          page.navigate(p.getValue());
          if (page.locator("#join-form").isVisible()) {
            page.locator("#join-name").fill("Frida");
            page.locator("#join-form button[type=submit]").click();
            page.locator("#board").waitFor();
          }
          page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
          page.waitForTimeout(300);
          String text = (String) page.evaluate(VISIBLE_TEXT);
          @SuppressWarnings("unchecked")
          List<String> keys = (List<String>) page.evaluate(KEYS);
          check(lang, p.getKey(), text, new LinkedHashSet<>(keys), problems);
          page.close();
        }
      }
      String pilotToken = pilot.getJsonObject("tokens").getString("editor");
      for (Board b : List.of(a.ideas(), a.matrix(), journey)) {
        for (String format : BoardExports.FORMATS) {
          if (format.equals("json") || format.equals("csv")) continue; // data files keep keys and wire values (X16)
          byte[] bytes = get(server, "/api/boards/" + b.id() + "/export." + format + "?lang=" + lang, b.facilitator());
          check(lang, "export " + b.id() + "." + format, text(format, bytes), Set.of(), problems);
        }
      }
      for (String format : List.of("pdf", "xlsx")) {
        byte[] bytes = get(server, "/api/pilots/" + pilot.getString("id") + "/export." + format + "?lang=" + lang, pilotToken);
        check(lang, "pilot export." + format, text(format, bytes), Set.of(), problems);
      }
    }
    assertEquals("", String.join("\n", problems));
  }

  /**
   * Everything a person sees or hears: visible text, labels, headings and buttons also of parts
   * not shown yet, and aria labels, titles, placeholders and alt texts.
   */
  static final String VISIBLE_TEXT = """
      () => {
        const parts = [document.body.innerText, document.title];
        // Labels of sections not shown yet (a later pilot step, a closed dialog) count too.
        for (const el of document.querySelectorAll('label,legend,h1,h2,h3,button,option,th,summary,dt')) parts.push(el.textContent);
        for (const el of document.querySelectorAll('[aria-label],[title],[placeholder],img[alt]')) {
          if (el.closest('[hidden]')) continue;
          for (const a of ['aria-label', 'title', 'placeholder', 'alt']) if (el.getAttribute(a)) parts.push(el.getAttribute(a));
        }
        return parts.join('\\n');
      }
      """;

  /** Every key of the string tables the page loaded. */
  static final String KEYS = """
      async () => {
        const m = await import('/js/core/i18n.js');
        const all = m.allStrings();
        return [...new Set(Object.values(all).flatMap((t) => Object.keys(t)))];
      }
      """;

  static void check(String lang, String where, String text, Set<String> keys, List<String> problems) {
    Set<String> namespaces = new LinkedHashSet<>();
    for (String k : keys) if (k.contains(".")) namespaces.add(k.substring(0, k.indexOf('.')));
    Matcher m = DOTTED.matcher(text);
    while (m.find()) {
      boolean inUrl = m.start() >= 2 && (text.startsWith("//", m.start() - 2) || text.charAt(m.start() - 1) == '@');
      boolean file = FILE_ENDINGS.contains(m.group(2)) && m.group(3) == null;
      if (keys.contains(m.group()) || namespaces.contains(m.group(1)) || !(inUrl || file)) {
        problems.add(lang + " " + where + ": raw key '" + m.group() + "'");
      }
    }
    if (lang.equals("en")) return;
    for (String w : ENGLISH) {
      Matcher e = Pattern.compile("(?<![\\p{L}_])" + Pattern.quote(w) + "(?![\\p{L}_])").matcher(text);
      if (e.find()) {
        int from = Math.max(0, e.start() - 40);
        problems.add(lang + " " + where + ": English '" + w + "' in «" + text.substring(from, Math.min(text.length(), e.end() + 40)).replace('\n', ' ') + "»");
      }
    }
  }

  static String text(String format, byte[] bytes) throws Exception {
    switch (format) {
      case "pdf" -> {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
          return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
      }
      case "xlsx" -> {
        StringBuilder b = new StringBuilder();
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
          for (Sheet s : wb) {
            b.append(s.getSheetName()).append('\n');
            for (Row r : s) r.forEach(cell -> b.append(f.formatCellValue(cell)).append('\n'));
          }
        }
        return b.toString();
      }
      default -> {
        return new String(bytes, StandardCharsets.UTF_8).replaceAll("<[^>]+>", "\n");
      }
    }
  }

  static byte[] get(TestServer server, String path, String token) throws Exception {
    HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode(), path);
    return r.body();
  }
}
