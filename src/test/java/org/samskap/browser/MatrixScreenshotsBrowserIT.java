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
 * Regenerates docs/screenshots/matrix-*.png: a matrix with 20 placed items at 1440 × 900 and
 * 390 × 844 in nb, nn and en. Each shot asserts that every item is drawn inside the plot, that no
 * two items and no item and quadrant label overlap, that the page does not scroll sideways and
 * that no raw string key is on screen. A second test runs axe-core in the three languages on the
 * page and on its dialogs; a third drags an item the layout moved aside and checks it follows the
 * pointer and lands where it is dropped.
 */
class MatrixScreenshotsBrowserIT {
  @RegisterExtension
  // The board is seeded over one socket as fast as the server acknowledges: above the 50 ops/s a
  // socket may send on a quiet machine (rule T6), so this fixture's server allows more.
  static final BrowserFixture web = new BrowserFixture(java.util.Map.of("SAMSKAP_OPS_PER_SECOND", "1000"));

  static final Path DOCS = Paths.get("docs", "screenshots");

  static final String[] ITEMS = {
    "Nattlys i gangen", "Trygghetsalarm som virker ute", "Fast kontaktperson", "Middag levert varm",
    "Følge til butikken", "Benker langs turveien", "Opplæring i nettbrett", "Hjelp til BankID",
    "Papirbrev som valg", "Én app for timer", "Turvenn på onsdager", "Strøing om vinteren",
    "Kafé på bo- og servicesenteret", "Video med barnebarna", "Nøkkelboks som er lett å bruke", "Kart over toaletter",
    "Henting til eldretreff", "Røykvarsler sjekkes hver høst", "Spise sammen med andre", "Skjerm med stor skrift",
  };

  /** Where each item is placed: some share a point, as they do in a real workshop. */
  static final int[][] POINTS = {
    {5, 5}, {2, 5}, {4, 4}, {3, 4}, {5, 2}, {4, 1}, {3, 3}, {2, 4}, {1, 2}, {1, 5},
    {5, 4}, {2, 2}, {1, 1}, {4, 5}, {3, 1}, {2, 1}, {5, 5}, {4, 2}, {3, 3}, {1, 4},
  };

  static JsonObject created;

  @BeforeAll
  static void board() {
    created = web.server().createBoard("matrix", "Prioritering: gode dager hjemme");
    Board b = Board.of(created);
    try (BusClient fac = BusClient.connect(web.server().port())) {
      Boards.join(fac, b, b.facilitator(), "Fasilitator");
      Boards.ok(fac, b, b.facilitator(), op("placement.set").put("placement", "facilitator"));
      for (int i = 0; i < ITEMS.length; i++) {
        String id = Boards.ok(fac, b, b.facilitator(), op("item.create").put("text", ITEMS[i])).getString("itemId");
        Boards.ok(fac, b, b.facilitator(), op("item.place").put("itemId", id).put("x", POINTS[i][0]).put("y", POINTS[i][1]));
      }
    }
  }

  static Page open(String lang, int width, int height) {
    BrowserContext ctx = web.context(lang.equals("en") ? "en-GB" : lang.equals("nn") ? "nn-NO" : "nb-NO");
    Page page = Chromium.page(ctx, "matrix-" + lang + width);
    page.setViewportSize(width, height);
    BrowserFixture.join(page, created.getJsonObject("links").getString("facilitator"), "Kari");
    assertThat(page.locator(".matrix-item")).hasCount(ITEMS.length);
    assertThat(page.locator("#items-body tr")).hasCount(ITEMS.length);
    return page;
  }

  /** The pairs of elements matching sel whose boxes overlap, by their text. */
  static final String OVERLAPS = "(sel) => { const e = [...document.querySelectorAll(sel)]; const r = e.map(x => x.getBoundingClientRect());"
      + " const out = []; for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++) {"
      + " const a = r[i], b = r[j]; if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)"
      + " out.push(e[i].firstChild.textContent + ' / ' + e[j].firstChild.textContent); } return out; }";

  static void assertWhole(Page page, String what) {
    assertEquals(List.of(), page.evaluate(OVERLAPS, ".matrix-item, .matrix-quadrant > span"),
        "no two items and no item and quadrant label overlap (" + what + ")");
    Object outside = page.evaluate("() => { const p = document.getElementById('plot').getBoundingClientRect();"
        + " return [...document.querySelectorAll('.matrix-item')].filter(e => { const r = e.getBoundingClientRect();"
        + " return r.width === 0 || r.left < p.left - 1 || r.right > p.right + 1 || r.top < p.top - 1 || r.bottom > p.bottom + 1; }).length; }");
    assertEquals(0, ((Number) outside).intValue(), "every item is drawn inside the plot (" + what + ")");
    // Moved aside or not, an item off the middle lines stays in its own quadrant (its field).
    List<List<Object>> points = new java.util.ArrayList<>();
    for (int i = 0; i < ITEMS.length; i++) points.add(List.of(ITEMS[i], POINTS[i][0], POINTS[i][1]));
    Object strays = page.evaluate("(pts) => { const p = document.getElementById('plot').getBoundingClientRect();"
        + " const mx = p.left + p.width / 2, my = p.top + p.height / 2; const out = [];"
        + " for (const e of document.querySelectorAll('.matrix-item')) { const t = e.firstChild.textContent;"
        + " const [, x, y] = pts.find(q => q[0] === t); const r = e.getBoundingClientRect(); const cx = r.left + r.width / 2, cy = r.top + r.height / 2;"
        + " if ((x < 3 && cx > mx) || (x > 3 && cx < mx) || (y < 3 && cy < my) || (y > 3 && cy > my)) out.push(t); } return out; }",
        points);
    assertEquals(List.of(), strays, "every item stays in its quadrant (" + what + ")");
    assertTrue((Boolean) page.evaluate("document.documentElement.scrollWidth <= innerWidth"), "no sideways page scroll (" + what + ")");
    String text = (String) page.evaluate("document.body.innerText");
    assertTrue(!text.matches("(?s).*\\b(matrix|board|join|name|confirm)\\.[a-z]+.*"), "no raw string keys (" + what + ")");
  }

  @Test
  void a_matrix_with_20_items_looks_whole_at_1440_and_390_in_nb_nn_and_en() {
    for (String lang : List.of("nb", "nn", "en")) {
      for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
        Page page = open(lang, size[0], size[1]);
        page.waitForTimeout(300);
        String what = lang + " " + size[0];
        page.screenshot(new Page.ScreenshotOptions().setPath(DOCS.resolve("matrix-" + size[0] + "-" + lang + ".png")));
        assertWhole(page, what);
        // The plot starts within the first screen and is large enough to read.
        Object plot = page.evaluate("() => { const r = document.getElementById('plot').getBoundingClientRect(); return [r.top, r.width, r.height]; }");
        List<?> p = (List<?>) plot;
        assertTrue(((Number) p.get(0)).doubleValue() < size[1] * 0.45, "the plot starts in the upper part of the first screen (" + what + "): " + p);
        assertTrue(((Number) p.get(2)).doubleValue() >= Math.min(size[1] * 0.5, size[0] * 0.8), "the plot is large (" + what + "): " + p);
        // The items table never makes the page scroll sideways: on a phone it is laid out as cards.
        assertTrue((Boolean) page.evaluate("() => { const w = document.querySelector('#items-table').closest('.table-wrap');"
            + " return w.scrollWidth <= w.clientWidth + 1; }"), "the items table fits its width without scrolling (" + what + ")");
        page.locator("#items-body tr").first().scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserFixture.SCREENSHOTS.resolve("matrix-" + size[0] + "-" + lang + "-table.png")));
        page.context().close();
      }
    }
  }

  @Test
  void axe_finds_no_violations_on_the_matrix_page_and_its_dialogs_in_nb_nn_and_en() {
    for (String lang : List.of("nb", "nn", "en")) {
      Page page = open(lang, 1440, 900);
      Axe.assertNoViolations(page, "matrix page (" + lang + ")");
      page.locator(".matrix-item").first().focus();
      page.keyboard().press("Enter");
      assertThat(page.locator("#point-dialog")).isVisible();
      Axe.assertNoViolations(page, "matrix page with the place dialog open (" + lang + ")");
      page.keyboard().press("Escape");
      assertThat(page.locator("#point-dialog")).isHidden();
      page.locator("#items-body tr").first().locator("button").last().click();
      assertThat(page.locator("dialog[open]")).hasCount(1);
      Axe.assertNoViolations(page, "matrix page with a row's dialog open (" + lang + ")");
      page.keyboard().press("Escape");
      page.locator(".names-details summary").click();
      Axe.assertNoViolations(page, "matrix page with the axis names open (" + lang + ")");
      page.setViewportSize(390, 844);
      Axe.assertNoViolations(page, "matrix page at 390 px (" + lang + ")");
      page.context().close();
    }
  }

  @Test
  void an_item_moved_aside_is_dragged_from_where_it_is_drawn_and_lands_where_it_is_dropped() {
    JsonObject small = web.server().createBoard("matrix", "To på samme punkt");
    Board b = Board.of(small);
    try (BusClient fac = BusClient.connect(web.server().port())) {
      Boards.join(fac, b, b.facilitator(), "Fasilitator");
      Boards.ok(fac, b, b.facilitator(), op("placement.set").put("placement", "facilitator"));
      for (String text : List.of("Nattlys i gangen", "Henting til eldretreff")) {
        String id = Boards.ok(fac, b, b.facilitator(), op("item.create").put("text", text)).getString("itemId");
        Boards.ok(fac, b, b.facilitator(), op("item.place").put("itemId", id).put("x", 5).put("y", 5));
      }
    }
    Page page = Chromium.page(web.context("en-GB"), "matrix-drag");
    page.setViewportSize(1440, 900);
    BrowserFixture.join(page, small.getJsonObject("links").getString("facilitator"), "Kari");
    assertThat(page.locator(".matrix-item")).hasCount(2);
    assertEquals(List.of(), page.evaluate(OVERLAPS, ".matrix-item, .matrix-quadrant > span"), "the two items on one point do not overlap");
    // The second item on the point is drawn aside (the layout set its offset); drag it by its middle.
    com.microsoft.playwright.Locator moved = page.locator(".matrix-item")
        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Henting til eldretreff"));
    assertThat(moved).hasAttribute("style", java.util.regex.Pattern.compile("--d[xy]"));
    com.microsoft.playwright.options.BoundingBox item = moved.boundingBox();
    com.microsoft.playwright.options.BoundingBox plot = page.locator("#plot").boundingBox();
    page.mouse().move(item.x + item.width / 2, item.y + item.height / 2);
    page.mouse().down();
    double tx = plot.x + plot.width * 0.5;
    double ty = plot.y + plot.height * 0.5;
    page.mouse().move(tx, ty, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
    com.microsoft.playwright.options.BoundingBox held = moved.boundingBox();
    assertTrue(Math.abs(held.x + held.width / 2 - tx) < 3 && Math.abs(held.y + held.height / 2 - ty) < 3,
        "while dragged, the item is under the pointer: " + held.x + "," + held.y);
    page.mouse().move(plot.x + plot.width * 0.05, plot.y + plot.height * 0.95, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
    page.mouse().up();
    assertThat(page.locator(".matrix-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Field: Time sinks."))).hasCount(1);
    assertThat(moved).containsText("Field: Time sinks.");
    assertEquals(List.of(), page.evaluate(OVERLAPS, ".matrix-item, .matrix-quadrant > span"), "after the drop nothing overlaps");
  }
}
