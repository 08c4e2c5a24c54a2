package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.BrowserFixture.join;
import static org.samskap.testing.Boards.op;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
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
 * The idea board as a canvas (issue 17): notes are written where you double-click or press N,
 * edited in place, the view zooms and pans by mouse and keyboard while notes keep their board
 * coordinates, several selected notes move together, and the tools drawer and the help dialog
 * pass axe in nb, nn and en.
 */
class CanvasBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  private static Locator note(Page page, String text) {
    return page.locator("#canvas .note").filter(new Locator.FilterOptions().setHas(
        page.getByText(text, new Page.GetByTextOptions().setExact(true))));
  }

  private static int attr(Locator l, String name) {
    return Integer.parseInt(l.getAttribute(name));
  }

  /** The board point under a screen point, as the page's camera computes it. */
  private static double[] boardPoint(Page page, double x, double y) {
    BoundingBox wrap = page.locator("#canvas-wrap").boundingBox();
    String t = (String) page.evaluate("getComputedStyle(document.getElementById('canvas')).transform");
    // matrix(z, 0, 0, z, tx, ty)
    String[] m = t.replace("matrix(", "").replace(")", "").split(",\\s*");
    double z = Double.parseDouble(m[0]);
    return new double[] {(x - wrap.x - Double.parseDouble(m[4])) / z, (y - wrap.y - Double.parseDouble(m[5])) / z, z};
  }

  @Test
  void a_double_click_or_N_writes_a_note_where_you_point_Enter_saves_Escape_cancels_and_new_notes_never_overlap() {
    JsonObject board = web.server().createBoard("Lapper der du tenker");
    Page a = Chromium.page(web.contextA(), "A");
    Page b = Chromium.page(web.contextB(), "B");
    join(a, board.getJsonObject("links").getString("facilitator"), "Kari");
    join(b, board.getJsonObject("links").getString("participant"), "Ola");

    BoundingBox wrap = a.locator("#canvas-wrap").boundingBox();
    double sx = wrap.x + 200;
    double sy = wrap.y + 160;
    double[] p = boardPoint(a, sx, sy);
    a.mouse().dblclick(sx, sy);
    Locator draft = a.locator("#note-draft");
    assertThat(draft).isFocused();
    draft.pressSequentially("Kveldsbesøk");
    draft.press("Enter");
    Locator first = note(b, "Kveldsbesøk");
    assertThat(first).isVisible();
    // Near the spot that was double-clicked (the note is centred on it), in board coordinates.
    assertTrue(Math.abs(attr(first, "data-x") - (p[0] - 90)) <= 2, "x near the click: " + first.getAttribute("data-x") + " vs " + p[0]);
    assertTrue(Math.abs(attr(first, "data-y") - (p[1] - 20)) <= 2, "y near the click: " + first.getAttribute("data-y") + " vs " + p[1]);
    assertThat(a.locator("#note-draft")).hasCount(0);

    // Escape throws the unsaved note away.
    a.mouse().dblclick(wrap.x + 600, wrap.y + 400);
    assertThat(a.locator("#note-draft")).isFocused();
    a.locator("#note-draft").pressSequentially("Skal bort");
    a.locator("#note-draft").press("Escape");
    assertThat(a.locator("#note-draft")).hasCount(0);
    assertThat(a.locator("#canvas .note")).hasCount(1);

    // N with the pointer on the same spot: a note, but not on top of the first one.
    a.mouse().move(sx, sy);
    a.locator("#canvas-wrap").focus();
    a.keyboard().press("n");
    assertThat(a.locator("#note-draft")).isFocused();
    a.keyboard().type("Fast kontaktperson");
    a.keyboard().press("Enter");
    Locator second = note(b, "Fast kontaktperson");
    assertThat(second).isVisible();
    BoundingBox r1 = note(a, "Kveldsbesøk").boundingBox();
    BoundingBox r2 = note(a, "Fast kontaktperson").boundingBox();
    boolean overlap = r1.x < r2.x + r2.width && r2.x < r1.x + r1.width && r1.y < r2.y + r2.height && r2.y < r1.y + r1.height;
    assertFalse(overlap, "the second note does not cover the first");
    assertThat(note(a, "Fast kontaktperson")).isFocused();

    // Edit in place: Enter on a note puts the cursor in it; Enter saves for everyone.
    Locator mine = note(a, "Fast kontaktperson");
    mine.press("Enter");
    Locator editor = a.locator("#note-editor");
    assertThat(editor).isFocused();
    assertThat(editor).hasValue("Fast kontaktperson");
    editor.fill("Fast kontaktperson hver uke");
    editor.press("Enter");
    assertThat(note(b, "Fast kontaktperson hver uke")).isVisible();
    assertThat(a.locator("#note-editor")).hasCount(0);
    // Escape leaves the text as it was.
    note(a, "Fast kontaktperson hver uke").press("Enter");
    a.locator("#note-editor").fill("Ikke dette");
    a.locator("#note-editor").press("Escape");
    assertThat(note(a, "Fast kontaktperson hver uke")).isFocused();
    assertThat(b.locator("#canvas .note")).hasCount(2);

    // Several lines pasted onto the board: one note a line, none on top of another.
    a.locator("#canvas-wrap").focus();
    paste(a, "#canvas-wrap", "Benker\nBedre lys\n\nGratis buss");
    assertThat(b.locator("#canvas .note")).hasCount(5);
    assertEquals(0, overlaps(a), "pasted notes do not overlap");
  }

  @Test
  void pasting_more_than_20_lines_asks_first() {
    JsonObject board = web.server().createBoard("Mange lapper");
    Page a = Chromium.page(web.contextA(), "A");
    join(a, board.getJsonObject("links").getString("facilitator"), "Kari");
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 21; i++) lines.append("Idé ").append(i).append('\n');
    a.locator("#canvas-wrap").focus();
    paste(a, "#canvas-wrap", lines.toString());
    assertThat(a.locator("#confirm-dialog")).isVisible();
    assertThat(a.locator("#confirm-message")).containsText("21");
    a.locator("#confirm-no").click();
    assertThat(a.locator("#canvas .note")).hasCount(0);
    paste(a, "#canvas-wrap", lines.toString());
    a.locator("#confirm-yes").click();
    assertThat(a.locator("#canvas .note")).hasCount(21);
    assertThat(a.locator("#canvas .note.note--pending")).hasCount(0);
    assertEquals(0, overlaps(a), "pasted notes do not overlap");
  }

  @Test
  void zoom_and_pan_by_mouse_and_keyboard_change_the_view_and_never_the_notes_board_coordinates() {
    JsonObject board = web.server().createBoard("Zoom");
    Board b = Board.of(board);
    try (BusClient fac = BusClient.connect(web.server().port())) {
      Boards.join(fac, b, b.facilitator(), "Fasilitator");
      Boards.ok(fac, b, b.facilitator(), op("note.create").put("text", "Midt på").put("x", 100).put("y", 100));
    }
    Page a = Chromium.page(web.contextA(), "A");
    join(a, board.getJsonObject("links").getString("participant"), "Kari");
    Locator n = note(a, "Midt på");
    assertThat(n).isVisible();
    Locator level = a.locator("#zoom-level");
    assertThat(level).hasText("100 %");

    // Ctrl + wheel zooms about the pointer: the board point under it stays put.
    BoundingBox wrap = a.locator("#canvas-wrap").boundingBox();
    double px = wrap.x + 300;
    double py = wrap.y + 200;
    double[] before = boardPoint(a, px, py);
    a.mouse().move(px, py);
    a.keyboard().down("Control");
    a.mouse().wheel(0, -200);
    a.keyboard().up("Control");
    assertThat(level).not().hasText("100 %");
    double[] after = boardPoint(a, px, py);
    assertTrue(after[2] > 1.2, "zoomed in: " + after[2]);
    assertTrue(Math.abs(after[0] - before[0]) < 1 && Math.abs(after[1] - before[1]) < 1, "the point under the pointer stays");
    BoundingBox zoomed = n.boundingBox();
    assertTrue(zoomed.width > 180 * 1.2, "the note is drawn larger: " + zoomed.width);
    assertThat(n).hasAttribute("data-x", "100");

    // A drag on the empty background pans by exactly the drag.
    BoundingBox n0 = n.boundingBox();
    // (left of the overview map, which sits above the zoom buttons at the bottom right)
    a.mouse().move(wrap.x + wrap.width - 300, wrap.y + wrap.height - 120);
    a.mouse().down();
    a.mouse().move(wrap.x + wrap.width - 400, wrap.y + wrap.height - 160, new Mouse.MoveOptions().setSteps(5));
    a.mouse().up();
    BoundingBox n1 = n.boundingBox();
    assertEquals(n0.x - 100, n1.x, 1.0);
    assertEquals(n0.y - 40, n1.y, 1.0);
    assertThat(n).hasAttribute("data-x", "100");
    assertThat(n).hasAttribute("data-y", "100");

    // Keyboard: 0 back to 100 %, + and - zoom, Ctrl + arrow pans, arrows alone pan the focused board.
    a.locator("#canvas-wrap").focus();
    a.keyboard().press("0");
    assertThat(level).hasText("100 %");
    a.keyboard().press("+");
    assertThat(level).hasText("120 %");
    a.keyboard().press("-");
    assertThat(level).hasText("100 %");
    BoundingBox k0 = n.boundingBox();
    a.keyboard().press("Control+ArrowRight");
    BoundingBox k1 = n.boundingBox();
    assertEquals(k0.x - 80, k1.x, 1.0, "the view moved right, so the note moved left");
    a.keyboard().press("ArrowDown");
    assertEquals(k1.y - 80, n.boundingBox().y, 1.0);
    // Space + drag pans from anywhere, even starting on a note.
    BoundingBox s0 = n.boundingBox();
    a.keyboard().down("Space");
    a.mouse().move(s0.x + 20, s0.y + 20);
    a.mouse().down();
    a.mouse().move(s0.x + 80, s0.y + 50, new Mouse.MoveOptions().setSteps(4));
    a.mouse().up();
    a.keyboard().up("Space");
    assertEquals(s0.x + 60, n.boundingBox().x, 1.0);
    assertThat(n).hasAttribute("data-x", "100");

    // The zoom buttons and "fit all".
    a.locator("#zoom-in").click();
    assertThat(level).hasText("120 %");
    a.locator("#zoom-fit").click();
    BoundingBox fit = n.boundingBox();
    BoundingBox w = a.locator("#canvas-wrap").boundingBox();
    assertTrue(fit.x >= w.x && fit.x + fit.width <= w.x + w.width && fit.y >= w.y && fit.y + fit.height <= w.y + w.height,
        "fit all shows the note");
  }

  @Test
  void shift_click_selects_several_notes_and_a_drag_or_arrow_keys_move_them_together() {
    JsonObject board = web.server().createBoard("Flytt flere");
    Board b = Board.of(board);
    try (BusClient fac = BusClient.connect(web.server().port())) {
      Boards.join(fac, b, b.facilitator(), "Fasilitator");
      Boards.ok(fac, b, b.facilitator(), op("note.create").put("text", "En").put("x", 40).put("y", 60));
      Boards.ok(fac, b, b.facilitator(), op("note.create").put("text", "To").put("x", 260).put("y", 60));
      Boards.ok(fac, b, b.facilitator(), op("note.create").put("text", "Tre").put("x", 40).put("y", 260));
    }
    Page a = Chromium.page(web.contextA(), "A");
    Page other = Chromium.page(web.contextB(), "B");
    join(a, board.getJsonObject("links").getString("participant"), "Kari");
    join(other, board.getJsonObject("links").getString("participant"), "Ola");
    a.locator("#zoom-level").click(); // 100 %: a drag of 100 screen pixels is 100 board points

    note(a, "En").click();
    note(a, "To").click(new Locator.ClickOptions().setModifiers(List.of(com.microsoft.playwright.options.KeyboardModifier.SHIFT)));
    assertThat(note(a, "En")).hasClass(Pattern.compile("note--selected"));
    assertThat(note(a, "To")).hasClass(Pattern.compile("note--selected"));
    assertThat(note(a, "Tre")).not().hasClass(Pattern.compile("note--selected"));
    assertThat(a.locator("#selection-count")).hasText("2 lapper valgt");

    BoundingBox box = note(a, "En").locator(".note__text").boundingBox();
    a.mouse().move(box.x + 10, box.y + 5);
    a.mouse().down();
    a.mouse().move(box.x + 60, box.y + 30, new Mouse.MoveOptions().setSteps(5));
    a.mouse().move(box.x + 110, box.y + 55, new Mouse.MoveOptions().setSteps(5));
    a.mouse().up();
    assertThat(note(other, "En")).hasAttribute("data-x", "140");
    assertThat(note(other, "En")).hasAttribute("data-y", "110");
    assertThat(note(other, "To")).hasAttribute("data-x", "360");
    assertThat(note(other, "To")).hasAttribute("data-y", "110");
    assertThat(note(other, "Tre")).hasAttribute("data-x", "40");

    // The keyboard path: Ctrl+A selects all, an arrow key moves every selected note.
    note(a, "Tre").focus();
    a.keyboard().press("Control+a");
    assertThat(a.locator("#canvas .note.note--selected")).hasCount(3);
    a.keyboard().press("ArrowDown");
    assertThat(note(other, "En")).hasAttribute("data-y", "120");
    assertThat(note(other, "To")).hasAttribute("data-y", "120");
    assertThat(note(other, "Tre")).hasAttribute("data-y", "270");
    assertThat(a.locator("#status")).hasText("3 lapper er flyttet.");
    a.keyboard().press("Escape");
    assertThat(a.locator("#canvas .note.note--selected")).hasCount(0);

    // Lasso: Shift + drag on the empty background selects the notes the rectangle touches.
    BoundingBox en = note(a, "En").boundingBox();
    BoundingBox to = note(a, "To").boundingBox();
    a.keyboard().down("Shift");
    a.mouse().move(en.x - 15, en.y - 15);
    a.mouse().down();
    a.mouse().move(to.x + to.width - 10, to.y + 30, new Mouse.MoveOptions().setSteps(5));
    a.mouse().up();
    a.keyboard().up("Shift");
    assertThat(note(a, "En")).hasClass(Pattern.compile("note--selected"));
    assertThat(note(a, "To")).hasClass(Pattern.compile("note--selected"));
    assertThat(note(a, "Tre")).not().hasClass(Pattern.compile("note--selected"));
    assertThat(note(other, "En")).hasAttribute("data-x", "140"); // selecting moved nothing
  }

  @Test
  void the_tools_drawer_and_the_help_dialog_have_no_axe_violations_in_nb_nn_and_en_and_the_drawer_remembers_its_state() {
    JsonObject board = web.server().createBoard("Universell utforming");
    Board b = Board.of(board);
    try (BusClient fac = BusClient.connect(web.server().port())) {
      Boards.join(fac, b, b.facilitator(), "Fasilitator");
      String c = Boards.ok(fac, b, b.facilitator(), op("cluster.create").put("label", "Trygghet")).getString("clusterId");
      Boards.ok(fac, b, b.facilitator(), op("note.create").put("text", "Nattlys").put("x", 40).put("y", 60).put("clusterId", c));
      Boards.ok(fac, b, b.facilitator(), op("note.create").put("text", "Benker").put("x", 260).put("y", 60).put("color", "green"));
    }
    for (String[] lang : new String[][] {{"nb-NO", "Verktøy"}, {"nn-NO", "Verktøy"}, {"en-GB", "Tools"}}) {
      BrowserContext ctx = web.context(lang[0]);
      Page page = Chromium.page(ctx, lang[0]);
      page.setViewportSize(1024, 768); // narrow enough that the drawer starts closed
      join(page, board.getJsonObject("links").getString("facilitator"), "Kari");
      Locator drawer = page.locator("#drawer");
      Locator toggle = page.locator("#drawer-toggle");
      assertThat(drawer).isHidden();
      assertThat(toggle).hasAttribute("aria-expanded", "false");
      assertThat(toggle).containsText(lang[1]);
      toggle.click();
      assertThat(drawer).isVisible();
      assertThat(toggle).hasAttribute("aria-expanded", "true");
      assertThat(page.locator("#export-card")).isVisible(); // export and history are in the drawer
      assertTrue((Boolean) page.evaluate("document.getElementById('drawer').contains(document.getElementById('export-card'))"));
      Axe.assertNoViolations(page, "board with the drawer open (" + lang[0] + ")");
      // A note's menu on focus.
      note(page, "Nattlys").focus();
      assertThat(note(page, "Nattlys").locator(".note__group")).containsText("Trygghet");
      Axe.assertNoViolations(page, "board with a note's menu (" + lang[0] + ")");
      // The help dialog on ?.
      page.locator("#canvas-wrap").focus();
      page.keyboard().press("?");
      assertThat(page.locator("#help-dialog")).isVisible();
      Axe.assertNoViolations(page, "help dialog (" + lang[0] + ")");
      page.keyboard().press("Escape");
      assertThat(page.locator("#help-dialog")).isHidden();
      // Remembered: a reload keeps the drawer open.
      page.reload();
      assertThat(page.locator("#board")).isVisible();
      assertThat(page.locator("#drawer")).isVisible();
      page.setViewportSize(320, 640);
      Axe.assertNoViolations(page, "board with the drawer at 320 px (" + lang[0] + ")");
      assertTrue((Boolean) page.evaluate("document.documentElement.scrollWidth <= 320"), "no sideways scrolling at 320 px");
    }
  }

  @Test
  void a_note_takes_a_colour_and_a_cluster_from_its_menu_or_the_keyboard() {
    JsonObject board = web.server().createBoard("Farger");
    Board b = Board.of(board);
    try (BusClient fac = BusClient.connect(web.server().port())) {
      Boards.join(fac, b, b.facilitator(), "Fasilitator");
      Boards.ok(fac, b, b.facilitator(), op("cluster.create").put("label", "Trygghet"));
      Boards.ok(fac, b, b.facilitator(), op("note.create").put("text", "Nattlys").put("x", 40).put("y", 60));
    }
    Page a = Chromium.page(web.contextA(), "A");
    join(a, board.getJsonObject("links").getString("participant"), "Kari");
    Locator n = note(a, "Nattlys");
    n.focus();
    a.keyboard().press("c");
    Locator picker = a.locator("#note-picker");
    assertThat(picker).isVisible();
    picker.getByText("grønn").click();
    assertThat(n).hasAttribute("data-color", "green");
    assertThat(n).hasAttribute("aria-label", Pattern.compile("Farge: grønn"));
    n.focus();
    a.keyboard().press("g");
    picker.getByText("Trygghet").click();
    assertThat(n).not().hasAttribute("data-cluster-id", "");
    assertThat(a.locator(".cluster-area .cluster-area__label")).hasText("Trygghet");
    assertThat(n).hasAttribute("aria-label", Pattern.compile("Gruppe: Trygghet"));
  }

  /** The board point at the centre of the page's canvas window. */
  private static double[] centre(Page page) {
    BoundingBox w = page.locator("#canvas-wrap").boundingBox();
    return boardPoint(page, w.x + w.width / 2, w.y + w.height / 2);
  }

  @Test
  void F6_presenter_mode_hides_the_controls_shows_large_text_and_follows_the_facilitators_view() {
    JsonObject board = web.server().createBoard("Storskjerm");
    Board b = Board.of(board);
    try (BusClient fac = BusClient.connect(web.server().port())) {
      Boards.join(fac, b, b.facilitator(), "Fasilitator");
      Boards.ok(fac, b, b.facilitator(), op("note.create").put("text", "Nattlys").put("x", 40).put("y", 60));
    }
    Page fac = Chromium.page(web.contextA(), "facilitator");
    Page wall = Chromium.page(web.contextB(), "wall");
    join(fac, board.getJsonObject("links").getString("facilitator"), "Kari");
    join(wall, board.getJsonObject("links").getString("participant"), "Storskjerm");
    double before = Double.parseDouble(((String) wall.evaluate(
        "getComputedStyle(document.querySelector('#canvas .note')).fontSize")).replace("px", ""));

    wall.locator("#canvas-wrap").focus();
    wall.keyboard().press("p");
    assertThat(wall.locator("#present-toggle")).hasAttribute("aria-pressed", "true");
    assertThat(wall.locator("#drawer")).isHidden();
    assertThat(wall.locator("#new-note")).isHidden();
    assertThat(wall.locator(".zoom-controls")).isHidden();
    assertThat(wall.locator(".site-header")).isHidden();
    double after = Double.parseDouble(((String) wall.evaluate(
        "getComputedStyle(document.querySelector('#canvas .note')).fontSize")).replace("px", ""));
    assertTrue(after > before, "larger text: " + before + " -> " + after);

    // The facilitator shares their view and moves it; the wall screen follows.
    if (fac.locator("#drawer").isHidden()) fac.locator("#drawer-toggle").click();
    fac.locator("#fac-follow").click();
    fac.locator("#canvas-wrap").focus();
    for (int i = 0; i < 5; i++) fac.keyboard().press("Control+ArrowRight");
    fac.keyboard().press("Control+ArrowDown");
    double[] target = centre(fac);
    long until = System.currentTimeMillis() + 10_000;
    double[] seen = centre(wall);
    while (System.currentTimeMillis() < until && (Math.abs(seen[0] - target[0]) > 2 || Math.abs(seen[1] - target[1]) > 2)) {
      wall.waitForTimeout(100);
      seen = centre(wall);
    }
    assertEquals(target[0], seen[0], 2.0, "the wall screen shows what the facilitator shows (x)");
    assertEquals(target[1], seen[1], 2.0, "the wall screen shows what the facilitator shows (y)");

    // Escape leaves presenter mode.
    wall.keyboard().press("Escape");
    assertThat(wall.locator("#present-toggle")).hasAttribute("aria-pressed", "false");
    assertThat(wall.locator("#new-note")).isVisible();
  }

  @Test
  void dropping_a_note_in_a_clusters_area_joins_it_and_dropping_it_far_outside_takes_it_out() {
    JsonObject board = web.server().createBoard("Grupper på tavla");
    Board b = Board.of(board);
    try (BusClient fac = BusClient.connect(web.server().port())) {
      Boards.join(fac, b, b.facilitator(), "Fasilitator");
      String c = Boards.ok(fac, b, b.facilitator(), op("cluster.create").put("label", "Trygghet")).getString("clusterId");
      Boards.ok(fac, b, b.facilitator(), op("note.create").put("text", "Nattlys").put("x", 40).put("y", 60).put("clusterId", c));
      Boards.ok(fac, b, b.facilitator(), op("note.create").put("text", "Benker").put("x", 500).put("y", 60));
    }
    Page a = Chromium.page(web.contextA(), "A");
    Page other = Chromium.page(web.contextB(), "B");
    join(a, board.getJsonObject("links").getString("participant"), "Kari");
    join(other, board.getJsonObject("links").getString("participant"), "Ola");
    a.locator("#zoom-level").click();
    assertThat(a.locator(".cluster-area")).hasCount(1);
    assertThat(note(other, "Benker")).hasAttribute("data-cluster-id", "");

    // Into the area (the note's centre lands inside the box around "Nattlys"): it joins.
    drag(a, note(a, "Benker"), -360, 60);
    assertThat(note(other, "Benker")).hasAttribute("data-x", "140");
    assertThat(note(other, "Benker")).not().hasAttribute("data-cluster-id", "");
    assertThat(note(other, "Benker")).hasAttribute("aria-label", Pattern.compile("(Gruppe|Cluster): Trygghet"));

    // Far out of it: it leaves.
    drag(a, note(a, "Benker"), 500, 0);
    assertThat(note(other, "Benker")).hasAttribute("data-x", "640");
    assertThat(note(other, "Benker")).hasAttribute("data-cluster-id", "");
    assertThat(note(other, "Nattlys")).not().hasAttribute("data-cluster-id", "");
  }

  private static void drag(Page page, Locator what, double dx, double dy) {
    BoundingBox box = what.locator(".note__text").boundingBox();
    page.mouse().move(box.x + 10, box.y + 5);
    page.mouse().down();
    page.mouse().move(box.x + 10 + dx / 2, box.y + 5 + dy / 2, new Mouse.MoveOptions().setSteps(5));
    page.mouse().move(box.x + 10 + dx, box.y + 5 + dy, new Mouse.MoveOptions().setSteps(5));
    page.mouse().up();
  }

  private static void paste(Page page, String selector, String text) {
    page.evaluate("([sel, text]) => { const dt = new DataTransfer(); dt.setData('text/plain', text);"
        + " document.querySelector(sel).dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true })); }",
        List.of(selector, text));
  }

  private static int overlaps(Page page) {
    return ((Number) page.evaluate("() => { const r = [...document.querySelectorAll('#canvas .note')].map(e => e.getBoundingClientRect());"
        + " let n = 0; for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++) {"
        + " const a = r[i], b = r[j]; if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) n++; } return n; }"))
        .intValue();
  }
}
