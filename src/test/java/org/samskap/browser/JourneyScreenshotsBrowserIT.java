package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Axe;
import org.samskap.testing.Board;
import org.samskap.testing.Boards;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.BusClient;
import org.samskap.testing.Chromium;

/**
 * Regenerates docs/screenshots/journey-*.png: a service journey with 6 stages × 8 lanes (a card
 * in every cell that holds cards, an emotion per stage) at 1440 × 900 and 390 × 844 in nb, nn
 * and en. Each shot asserts that every card is drawn, that no two cards or headers overlap, that
 * the page does not scroll sideways (the grid scrolls inside its own frame, both ways), that the
 * stage and lane headers stay in view when the grid is scrolled, and that no raw string key is
 * on screen. A second test runs axe-core in the three languages on the page and its dialogs.
 */
class JourneyScreenshotsBrowserIT {
  @RegisterExtension
  // The board is seeded over one socket as fast as the server acknowledges: above the 50 ops/s a
  // socket may send on a quiet machine (rule T6), so this fixture's server allows more.
  static final BrowserFixture web = new BrowserFixture(java.util.Map.of("SAMSKAP_OPS_PER_SECOND", "1000"));

  static final Path DOCS = Paths.get("docs", "screenshots");

  static final String[] STAGES = {"Oppdage behovet", "Søke om hjelp", "Vente på svar", "Vedtak", "Tjenesten starter", "Evaluering"};
  static final String[] LANES = {"actions", "touchpoints", "actors", "processes", "technology", "pains", "gains"};
  static final String[][] TEXT = {
    {"Merker at hverdagen blir tung", "Ringer kommunen", "Venter og lurer", "Leser brevet", "Møter hjemmetjenesten", "Sier hva som virker"},
    {"Fastlegen", "Skjema på nett", "Telefon", "Brev i posten", "Hjemmebesøk", "Samtale"},
    {"Datter", "Servicetorget", "Saksbehandler", "Enhetsleder", "Hjemmesykepleier", "Koordinator"},
    {"Ingen registrering", "Søknad journalføres", "Kartlegging", "Vedtak fattes", "Tiltaksplan", "Evalueringsmøte"},
    {"Ingen", "Skjemaløsning", "Fagsystem", "Digital post", "Mobil journal", "Spørreskjema"},
    {"Vet ikke hvor en spør", "Skjemaet er langt", "Hører ingenting på tre uker", "Vanskelig språk", "Nye folk hver dag", "Ingen spør"},
    {"Tidlig hjelp", "Hjelp til å fylle ut", "Svar innen en uke", "Klart språk", "Fast team", "Bedre tjeneste"},
  };
  static final int[] EMOTIONS = {-1, 0, -2, -1, 1, 2};
  static final int CARDS = STAGES.length * LANES.length;

  static JsonObject created;

  static JsonObject op(String type, String version) {
    return new JsonObject().put("type", type).put("clientOpId", UUID.randomUUID().toString()).put("version", version);
  }

  @BeforeAll
  static void board() {
    created = web.server().createBoard("journey", "Søke om hjemmetjenester");
    Board b = Board.of(created);
    try (BusClient fac = BusClient.connect(web.server().port())) {
      Boards.join(fac, b, b.facilitator(), "Fasilitator");
      for (int s = 0; s < STAGES.length; s++) {
        String stageId = Boards.ok(fac, b, b.facilitator(), op("stage.create", "current").put("label", STAGES[s])).getString("stageId");
        Boards.ok(fac, b, b.facilitator(), op("stage.emotion", "current").put("stageId", stageId).put("emotion", EMOTIONS[s]));
        for (int l = 0; l < LANES.length; l++) {
          JsonObject card = op("card.create", "current").put("laneId", LANES[l]).put("stageId", stageId).put("text", TEXT[l][s]);
          if (LANES[l].equals("touchpoints")) card.put("touchpoint", s % 3 == 1 ? "digital" : s % 3 == 0 ? "interpersonal" : "physical");
          Boards.ok(fac, b, b.facilitator(), card);
        }
      }
      Boards.ok(fac, b, b.facilitator(), op("version.copy", "future").put("from", "current"));
    }
  }

  static Page open(String lang, int width, int height) {
    BrowserContext ctx = web.context(lang.equals("en") ? "en-GB" : lang.equals("nn") ? "nn-NO" : "nb-NO");
    Page page = Chromium.page(ctx, "journey-" + lang + width);
    page.setViewportSize(width, height);
    BrowserFixture.join(page, created.getJsonObject("links").getString("facilitator"), "Kari");
    assertThat(page.locator("#grid-current .card-btn")).hasCount(CARDS);
    assertThat(page.locator("#grid-future .card-btn")).hasCount(CARDS);
    assertThat(page.locator("#grid-current thead th")).hasCount(STAGES.length);
    assertThat(page.locator("#grid-current tbody th")).hasCount(8);
    return page;
  }

  /** The pairs of cards and headers in the current grid whose boxes overlap, by their text. */
  static final String OVERLAPS = "() => { const e = [...document.querySelectorAll('#grid-current .card-btn, #grid-current th')];"
      + " const r = e.map(x => x.getBoundingClientRect()); const out = [];"
      + " for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++) { const a = r[i], b = r[j];"
      + " if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)"
      + " out.push(e[i].textContent.slice(0, 30) + ' / ' + e[j].textContent.slice(0, 30)); } return out; }";

  @Test
  void a_journey_with_6_stages_and_8_lanes_looks_whole_at_1440_and_390_in_nb_nn_and_en() {
    for (String lang : List.of("nb", "nn", "en")) {
      for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
        Page page = open(lang, size[0], size[1]);
        String what = lang + " " + size[0];
        page.locator("#grid-current").scrollIntoViewIfNeeded();
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setPath(DOCS.resolve("journey-" + size[0] + "-" + lang + ".png")));
        assertEquals(List.of(), page.evaluate(OVERLAPS), "no two cards or headers overlap (" + what + ")");
        assertTrue((Boolean) page.evaluate("document.documentElement.scrollWidth <= innerWidth"), "no sideways page scroll (" + what + ")");
        String text = (String) page.evaluate("document.body.innerText");
        assertTrue(!text.matches("(?s).*\\b(journey|board|join|name|confirm)\\.[a-z]+.*"), "no raw string keys (" + what + ")");
        // The grid has its own frame, no taller than the window, that scrolls down; on a laptop
        // all six stages fit its width, on a phone it scrolls sideways too (never the page).
        List<?> frame = (List<?>) page.evaluate("() => { const w = document.getElementById('grid-current');"
            + " return [w.scrollHeight > w.clientHeight, w.getBoundingClientRect().height <= innerHeight, w.scrollWidth > w.clientWidth + 1]; }");
        assertEquals(List.of(true, true, size[0] < 1000), frame,
            "the grid scrolls inside a frame no taller than the window, sideways only on a phone (" + what + ")");
        // Scrolled right and down, the stage and lane headers stay at the frame's edges.
        page.evaluate("() => { const w = document.getElementById('grid-current'); w.style.scrollBehavior = 'auto'; w.scrollTo(600, 400); }");
        page.waitForTimeout(100);
        List<?> sticky = (List<?>) page.evaluate("() => { const w = document.getElementById('grid-current').getBoundingClientRect();"
            + " const s = document.querySelector('#grid-current thead th:last-child').getBoundingClientRect();"
            + " const l = [...document.querySelectorAll('#grid-current tbody th')].at(-1).getBoundingClientRect();"
            + " return [Math.abs(s.top - w.top) <= 2, Math.abs(l.left - w.left) <= 2]; }");
        assertEquals(List.of(true, true), sticky, "stage headers stick to the top and lane headers to the left (" + what + ")");
        page.screenshot(new Page.ScreenshotOptions().setPath(DOCS.resolve("journey-" + size[0] + "-" + lang + "-scrolled.png")));
        page.context().close();
      }
    }
  }

  @Test
  void axe_finds_no_violations_on_the_journey_page_and_its_dialogs_in_nb_nn_and_en() {
    for (String lang : List.of("nb", "nn", "en")) {
      Page page = open(lang, 1440, 900);
      Axe.assertNoViolations(page, "journey page (" + lang + ")");
      page.locator("#grid-current .card-btn").first().click();
      assertThat(page.locator("#card-dialog")).isVisible();
      Axe.assertNoViolations(page, "journey page with the card dialog open (" + lang + ")");
      page.keyboard().press("Escape");
      assertThat(page.locator("#card-dialog")).isHidden();
      page.locator("#v-current [data-action=stage-add]").click();
      assertThat(page.locator("dialog[open]")).hasCount(1);
      Axe.assertNoViolations(page, "journey page with the new stage dialog open (" + lang + ")");
      page.keyboard().press("Escape");
      assertThat(page.locator("dialog[open]")).hasCount(0);
      page.setViewportSize(390, 844);
      Axe.assertNoViolations(page, "journey page at 390 px (" + lang + ")");
      page.context().close();
    }
  }
}
