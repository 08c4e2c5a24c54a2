package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.BrowserFixture.join;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Axe;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;

/**
 * Other people's pointers on the idea board (docs/PROTOCOL.md E3, F7; web/js/ideas/cursors.js): the
 * participant's (English) pointer over the board shows on the facilitator's (Bokmål) page with
 * the participant's name, in a layer hidden from assistive technology; the facilitator hiding
 * cursors takes it away (and the server stops passing them on); leaving takes it away too.
 */
class CursorsBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  /** Moves the pointer across the board in steps (each step is a pointermove). */
  private static void sweep(Page page, int steps) {
    BoundingBox box = page.locator("#canvas-wrap").boundingBox();
    page.mouse().move(box.x + 30, box.y + 30);
    page.mouse().move(box.x + box.width / 2, box.y + box.height / 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(steps));
  }

  /** Counts the cursor.move frames the page sends from now on. */
  private static void countCursorFrames(Page page) {
    page.evaluate("() => { window.__cursorFrames = 0; const send = WebSocket.prototype.send;"
        + " WebSocket.prototype.send = function (d) { if (String(d).includes('\"cursor.move\"')) window.__cursorFrames++;"
        + " return send.call(this, d); }; }");
  }

  @Test
  void E3_F7_a_pointer_shows_with_its_name_and_goes_away_when_cursors_are_hidden_or_its_member_leaves() {
    JsonObject board = web.server().createBoard("Kartlegging av kveldstilbod");
    Page fac = Chromium.page(web.contextA(), "facilitator");
    Page par = Chromium.page(web.contextB(), "participant");
    join(fac, board.getJsonObject("links").getString("facilitator"), "Fasilitator");
    join(par, board.getJsonObject("links").getString("participant"), "Kari");
    assertThat(fac.locator("#presence-list")).containsText("Kari");

    Locator facCursors = fac.locator("#cursor-layer .cursor");
    assertThat(fac.locator("#cursor-layer")).hasAttribute("aria-hidden", "true");
    assertThat(facCursors).hasCount(0);

    // The participant's pointer over the board, sent at most ten times a second.
    countCursorFrames(par);
    long started = System.nanoTime();
    sweep(par, 40);
    long elapsedMs = (System.nanoTime() - started) / 1_000_000;
    assertThat(facCursors).hasCount(1);
    assertThat(facCursors.locator(".cursor__name")).hasText("Kari");
    Number frames = (Number) par.evaluate("() => window.__cursorFrames");
    System.out.println("cursors: 40 pointer moves in " + elapsedMs + " ms sent " + frames + " cursor.move frames");
    assertTrue(frames.intValue() >= 1 && frames.intValue() <= elapsedMs / 100 + 2,
        "40 pointer moves in " + elapsedMs + " ms sent " + frames + " cursor.move frames");
    // No one sees their own pointer drawn.
    assertThat(par.locator("#cursor-layer .cursor")).hasCount(0);
    sweep(fac, 5);
    assertThat(par.locator("#cursor-layer .cursor .cursor__name")).hasText("Fasilitator");
    assertThat(facCursors).hasCount(1);
    Axe.assertNoViolations(fac, "board page with another person's pointer");

    // F7: hiding cursors takes them away on every page, and new moves are not passed on.
    fac.locator("#fac-cursors").click();
    assertThat(fac.locator("#fac-cursors")).hasAttribute("aria-pressed", "true");
    assertThat(facCursors).hasCount(0);
    assertThat(par.locator("#cursor-layer .cursor")).hasCount(0);
    par.evaluate("() => { window.__cursorFrames = 0; }");
    sweep(par, 10);
    // The hidden state is known to the participant's page, which then sends nothing at all.
    assertTrue(((Number) par.evaluate("() => window.__cursorFrames")).intValue() == 0, "no cursor.move while cursors are hidden");
    assertThat(facCursors).hasCount(0);

    // Shown again, a pointer comes back; when its member leaves, it goes.
    fac.locator("#fac-cursors").click();
    assertThat(fac.locator("#fac-cursors")).hasAttribute("aria-pressed", "false");
    sweep(par, 10);
    assertThat(facCursors.locator(".cursor__name")).hasText("Kari");
    par.close();
    assertThat(facCursors).hasCount(0);
    assertThat(fac.locator("#presence-list")).not().containsText("Kari");
  }
}
