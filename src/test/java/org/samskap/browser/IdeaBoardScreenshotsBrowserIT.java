package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.Boards.op;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Board;
import org.samskap.testing.Boards;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.BusClient;
import org.samskap.testing.Chromium;

/**
 * Regenerates docs/screenshots/idea-board-*.png: an idea board with 40 notes in 4 clusters at
 * 1440 × 900 and 390 × 844 in nb, nn and en. Each shot also asserts what makes it worth looking
 * at: every note is drawn, no two notes overlap, the board fits the window without sideways
 * scrolling, and no raw string key is on screen.
 */
class IdeaBoardScreenshotsBrowserIT {
  @RegisterExtension
  // The board is seeded over one socket as fast as the server acknowledges: above the 50 ops/s a
  // socket may send on a quiet machine (rule T6), so this fixture's server allows more.
  static final BrowserFixture web = new BrowserFixture(java.util.Map.of("SAMSKAP_OPS_PER_SECOND", "1000"));

  static final Path DOCS = Paths.get("docs", "screenshots");

  static final String[][] CLUSTERS = {
    {"Trygghet hjemme", "Nattlys i gangen", "Trygghetsalarm som virker ute", "Fast kontaktperson", "Besøk på faste tider",
      "Nøkkelboks som er lett å bruke", "Varsel når noen kommer", "Røykvarsler sjekkes hver høst", "Ringe til en kjent stemme",
      "Naboer som ser innom", "Ingen fremmede i døra"},
    {"Mat og måltider", "Spise sammen med andre", "Middag levert varm", "Velge mat selv", "Hjelp til å handle",
      "Drikke nok om sommeren", "Kafé på bo- og servicesenteret", "Matpakke til turen", "Kokekurs for menn over 80", "Tannhelse"},
    {"Å komme seg ut", "Følge til butikken", "Benker langs turveien", "Gratis buss i sentrum", "Strøing om vinteren",
      "Turvenn på onsdager", "Rullator som tåler snø", "Kart over toaletter", "Henting til eldretreff", "Trapp med rekkverk"},
    {"Digitalt", "Opplæring i nettbrett", "Video med barnebarna", "Hjelp til BankID", "Færre passord",
      "Papirbrev som valg", "Én app for timer", "Støtte på biblioteket", "Lyd som er lett å skru opp", "Skjerm med stor skrift"},
  };

  @Test
  void idea_board_with_40_notes_in_4_clusters_looks_whole_at_1440_and_390_in_nb_nn_and_en() throws Exception {
    JsonObject created = web.server().createBoard("Gode dager hjemme");
    Board b = Board.of(created);
    try (BusClient fac = BusClient.connect(web.server().port())) {
      Boards.join(fac, b, b.facilitator(), "Fasilitator");
      int count = 0;
      for (int c = 0; c < CLUSTERS.length; c++) {
        String clusterId = Boards.ok(fac, b, b.facilitator(), op("cluster.create").put("label", CLUSTERS[c][0]).put("x", 0).put("y", 0))
            .getString("clusterId");
        int ox = (c % 2) * 720;
        int oy = (c / 2) * 680;
        for (int i = 1; i < CLUSTERS[c].length; i++) {
          int k = i - 1;
          String[] colors = {"yellow", "pink", "blue", "green", "orange", "purple"};
          Boards.ok(fac, b, b.facilitator(), op("note.create").put("text", CLUSTERS[c][i])
              .put("x", ox + (k % 3) * 200).put("y", 60 + oy + (k / 3) * 140).put("color", colors[(c + k) % 6])
              .put("clusterId", clusterId));
          count++;
        }
      }
      for (int i = count; i < 40; i++) {
        Boards.ok(fac, b, b.facilitator(), op("note.create").put("text", "Idé " + (i + 1)).put("x", 1500).put("y", 60 + (i - count) * 140));
      }
    }
    for (String lang : List.of("nb", "nn", "en")) {
      for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
        BrowserContext ctx = web.context(lang.equals("en") ? "en-GB" : lang.equals("nn") ? "nn-NO" : "nb-NO");
        Page page = Chromium.page(ctx, lang + size[0]);
        page.setViewportSize(size[0], size[1]);
        page.navigate(created.getJsonObject("links").getString("facilitator"));
        page.locator("#join-name").fill("Kari");
        page.locator("#join-form button[type=submit]").click();
        assertThat(page.locator("#board")).isVisible();
        assertThat(page.locator(".note")).hasCount(40);
        page.waitForTimeout(400);
        Object overlaps = page.evaluate("() => { const r = [...document.querySelectorAll('#canvas .note')].map(e => e.getBoundingClientRect());"
            + " let n = 0; for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++) {"
            + " const a = r[i], b = r[j]; if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) n++; } return n; }");
        assertEquals(0, ((Number) overlaps).intValue(), "no two notes overlap");
        assertTrue((Boolean) page.evaluate("document.documentElement.scrollWidth <= innerWidth"), "no sideways scrolling");
        assertTrue(!((String) page.evaluate("document.body.innerText")).matches("(?s).*\\b(note|keys|tool|zoom|drawer)\\.[a-z]+.*"),
            "no raw string keys");
        page.screenshot(new Page.ScreenshotOptions().setPath(DOCS.resolve("idea-board-" + size[0] + "-" + lang + ".png")));
        if (lang.equals("en") && size[0] == 1440) {
          page.locator("#canvas-wrap").focus();
          page.keyboard().press("?");
          assertThat(page.locator("#help-dialog")).isVisible();
          page.screenshot(new Page.ScreenshotOptions().setPath(DOCS.resolve("idea-board-help-en.png")));
          page.keyboard().press("Escape");
        }
        if (lang.equals("nb") && size[0] == 390) {
          page.locator("#drawer-toggle").click();
          assertThat(page.locator("#drawer")).isVisible();
          page.screenshot(new Page.ScreenshotOptions().setPath(DOCS.resolve("idea-board-390-nb-drawer.png")));
        }
      }
    }
  }
}
