package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.BrowserFixture.join;
import static org.samskap.testing.Boards.op;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Axe;
import org.samskap.testing.Board;
import org.samskap.testing.Boards;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.BusClient;
import org.samskap.testing.Chromium;

/**
 * The idea board's overview map, cluster merge and split (docs/PROTOCOL.md I1, I2) and the names
 * switch (I3) from the page, by pointer and keyboard, heard live on another page; and axe on
 * every drawer panel (voting and a poll open too) in nb, nn and en.
 */
class IdeaBoardToolsBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  private static Locator note(Page page, String text) {
    return page.locator("#canvas .note").filter(new Locator.FilterOptions().setHas(
        page.getByText(text, new Page.GetByTextOptions().setExact(true))));
  }

  private static double[] centre(Page page) {
    String t = (String) page.evaluate("getComputedStyle(document.getElementById('canvas')).transform");
    String[] m = t.replace("matrix(", "").replace(")", "").split(",\\s*");
    double z = Double.parseDouble(m[0]);
    BoundingBox wrap = page.locator("#canvas-wrap").boundingBox();
    return new double[] {(wrap.width / 2 - Double.parseDouble(m[4])) / z, (wrap.height / 2 - Double.parseDouble(m[5])) / z};
  }

  private static JsonObject seed(String title, String[] clusterIds) {
    JsonObject board = web.server().createBoard(title);
    Board b = Board.of(board);
    try (BusClient fac = BusClient.connect(web.server().port())) {
      Boards.join(fac, b, b.facilitator(), "Fasilitator");
      clusterIds[0] = Boards.ok(fac, b, b.facilitator(), op("cluster.create").put("label", "Trygghet")).getString("clusterId");
      clusterIds[1] = Boards.ok(fac, b, b.facilitator(), op("cluster.create").put("label", "Mat")).getString("clusterId");
      Boards.ok(fac, b, b.facilitator(), op("note.create").put("text", "Nattlys").put("x", 40).put("y", 60).put("clusterId", clusterIds[0]));
      Boards.ok(fac, b, b.facilitator(), op("note.create").put("text", "Alarm").put("x", 240).put("y", 60).put("clusterId", clusterIds[0]));
      Boards.ok(fac, b, b.facilitator(), op("note.create").put("text", "Varm middag").put("x", 40).put("y", 700).put("clusterId", clusterIds[1]));
      Boards.ok(fac, b, b.facilitator(), op("note.create").put("text", "Langt borte").put("x", 3000).put("y", 2000).put("color", "green"));
    }
    return board;
  }

  @Test
  void the_overview_map_shows_the_board_moves_the_view_by_pointer_and_keys_and_is_hidden_on_a_phone() {
    JsonObject board = seed("Kart", new String[2]);
    Page page = Chromium.page(web.contextA(), "map");
    page.setViewportSize(1280, 800);
    join(page, board.getJsonObject("links").getString("participant"), "Kari");
    Locator map = page.locator("#minimap");
    assertThat(map).isVisible();
    assertThat(map).hasAttribute("aria-label", "Oversiktskart over tavla");
    assertThat(map).hasAttribute("tabindex", "0");
    assertThat(page.locator("#minimap-hint")).containsText("Piltastene");

    // A click near the bottom right of the map (where "Langt borte" is) moves the view there.
    BoundingBox box = map.boundingBox();
    page.mouse().click(box.x + box.width * 0.9, box.y + box.height * 0.85);
    double[] c = centre(page);
    assertTrue(c[0] > 2000 && c[1] > 1300, "the view went to the far corner: " + c[0] + ", " + c[1]);

    // Keys: Enter centres the board, an arrow moves the view right.
    map.focus();
    page.keyboard().press("Enter");
    double[] mid = centre(page);
    assertTrue(mid[0] > 1000 && mid[0] < 2200, "centred on the board: " + mid[0]);
    page.keyboard().press("ArrowRight");
    double[] right = centre(page);
    assertTrue(right[0] > mid[0] + 100, "ArrowRight moved the view right: " + mid[0] + " -> " + right[0]);
    assertEquals(mid[1], right[1], 1.0);
    Axe.assertNoViolations(page, "board with the overview map");

    page.setViewportSize(390, 844);
    assertThat(map).isHidden();
  }

  @Test
  void I1_I2_clusters_merge_with_a_confirmation_and_undo_and_selected_notes_split_into_a_new_cluster_by_keyboard() {
    String[] ids = new String[2];
    JsonObject board = seed("Grupper", ids);
    Page fac = Chromium.page(web.contextA(), "facilitator");
    Page other = Chromium.page(web.contextB(), "other");
    fac.setViewportSize(1440, 900);
    join(fac, board.getJsonObject("links").getString("facilitator"), "Fasilitator");
    join(other, board.getJsonObject("links").getString("participant"), "Ola");
    if (fac.locator("#drawer").isHidden()) fac.locator("#drawer-toggle").click();

    // Merge "Mat" into "Trygghet": picker, then a confirmation naming both.
    Locator mat = fac.locator("#cluster-list .cluster").filter(new Locator.FilterOptions().setHasText("Mat"));
    mat.locator(".cluster__merge").focus();
    fac.keyboard().press("Enter");
    Locator picker = fac.locator("#note-picker");
    assertThat(picker).isVisible();
    picker.getByText("Trygghet", new Locator.GetByTextOptions().setExact(true)).click();
    assertThat(fac.locator("#confirm-dialog")).isVisible();
    assertThat(fac.locator("#confirm-message")).containsText("«Mat»");
    fac.locator("#confirm-yes").click();
    assertThat(note(other, "Varm middag")).hasAttribute("data-cluster-id", ids[0]);
    assertThat(other.locator(".cluster-area")).hasCount(1);
    assertThat(other.locator("#cluster-list .cluster")).hasCount(1);

    // Undo brings "Mat" back with its note.
    fac.locator("#canvas-wrap").focus();
    fac.keyboard().press("Control+z");
    assertThat(note(other, "Varm middag")).hasAttribute("data-cluster-id", ids[1]);
    assertThat(other.locator("#cluster-list .cluster")).hasCount(2);

    // Split: select two notes of "Trygghet" by keyboard (Space), press S, name the new cluster.
    note(fac, "Nattlys").focus();
    fac.keyboard().press(" ");
    note(fac, "Alarm").focus();
    fac.keyboard().press(" ");
    assertThat(fac.locator("#split-selection")).isVisible();
    fac.keyboard().press("s");
    assertThat(fac.locator("#text-dialog")).isVisible();
    fac.locator("#text-input").fill("Lys og lyd");
    fac.keyboard().press("Enter");
    assertThat(other.locator("#cluster-list .cluster")).hasCount(3);
    assertThat(other.locator("#cluster-list")).containsText("Lys og lyd");
    String made = note(other, "Nattlys").getAttribute("data-cluster-id");
    assertTrue(!made.isEmpty() && !made.equals(ids[0]) && !made.equals(ids[1]), "a new cluster: " + made);
    assertThat(note(other, "Alarm")).hasAttribute("data-cluster-id", made);
    assertThat(note(other, "Nattlys")).hasAttribute("aria-label", Pattern.compile("(Gruppe|Cluster): Lys og lyd"));
  }

  @Test
  void I3_names_are_off_until_the_facilitator_turns_them_on_and_every_page_hears_it_live() {
    JsonObject board = seed("Navn", new String[2]);
    Page fac = Chromium.page(web.contextA(), "facilitator");
    Page other = Chromium.page(web.context("nb-NO"), "other");
    join(fac, board.getJsonObject("links").getString("facilitator"), "Fasilitator");
    join(other, board.getJsonObject("links").getString("participant"), "Ola");
    Locator author = note(other, "Nattlys").locator(".note__author");
    assertThat(author).isHidden();
    assertThat(note(other, "Nattlys")).not().hasAttribute("aria-label", Pattern.compile("Skrevet av"));
    assertThat(other.locator("#names-toggle")).isHidden(); // the facilitator's switch

    Locator toggle = fac.locator("#names-toggle");
    assertThat(toggle).hasAttribute("aria-pressed", "false");
    toggle.click();
    assertThat(toggle).hasAttribute("aria-pressed", "true");
    assertThat(author).isVisible();
    assertThat(author).hasText("Av Fasilitator");
    assertThat(note(other, "Nattlys")).hasAttribute("aria-label", Pattern.compile("Skrevet av Fasilitator"));
    assertThat(other.locator("#status")).containsText("Navn vises nå");

    // A page that joins later gets it from the snapshot; off again hides them everywhere.
    Page late = Chromium.page(web.context("nb-NO"), "late");
    join(late, board.getJsonObject("links").getString("participant"), "Per");
    assertThat(note(late, "Alarm").locator(".note__author")).hasText("Av Fasilitator");
    toggle.click();
    assertThat(author).isHidden();
    assertThat(note(late, "Alarm").locator(".note__author")).isHidden();
  }

  @Test
  void every_drawer_panel_open_voting_and_a_poll_included_has_no_axe_violations_in_nb_nn_and_en() {
    JsonObject board = seed("Alle paneler", new String[2]);
    Board b = Board.of(board);
    try (BusClient fac = BusClient.connect(web.server().port())) {
      Boards.join(fac, b, b.facilitator(), "Fasilitator");
      Boards.ok(fac, b, b.facilitator(), op("vote.open").put("budget", 3));
      Boards.ok(fac, b, b.facilitator(), op("board.names").put("shown", true));
    }
    for (String lang : new String[] {"nb-NO", "nn-NO", "en-GB"}) {
      BrowserContext ctx = web.context(lang);
      Page page = Chromium.page(ctx, lang);
      page.setViewportSize(1440, 900);
      join(page, board.getJsonObject("links").getString("facilitator"), "Kari");
      if (page.locator("#drawer").isHidden()) page.locator("#drawer-toggle").click();
      assertThat(page.locator("#vote-card")).isVisible();
      assertThat(page.locator("#facilitation")).isVisible();
      assertThat(page.locator("#poll-card")).isVisible();
      Axe.assertNoViolations(page, "drawer with voting open (" + lang + ")");
      // A poll made from the drawer shows its links and results panel.
      page.locator("#poll-title").fill("Hva er viktigst?");
      page.locator("#poll-items input[type=checkbox]").first().check();
      page.locator("#poll-form button[type=submit]").click();
      assertThat(page.locator("#poll-out")).isVisible();
      Axe.assertNoViolations(page, "drawer with a poll (" + lang + ")");
      // The merge picker of a cluster.
      page.locator("#cluster-list .cluster__merge").first().click();
      assertThat(page.locator("#note-picker")).isVisible();
      Axe.assertNoViolations(page, "merge picker (" + lang + ")");
      page.keyboard().press("Escape");
      ctx.close();
    }
  }
}
