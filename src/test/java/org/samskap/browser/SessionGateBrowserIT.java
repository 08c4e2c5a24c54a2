package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The session gate seen in two browsers (docs/PROTOCOL.md F2, F3; web/js/session-gate.js): when
 * the facilitator (Bokmål) locks the idea board or picks a phase, the participant's (English)
 * writing controls grey out with a polite explanation, keyboard moves and drags are refused, and
 * it all flips back live; the facilitator keeps every control.
 */
class SessionGateBrowserIT extends TwoPeopleBrowserTest {

  static void join(Page page, String link, String name) {
    page.navigate(link);
    page.locator("#join-name").fill(name);
    page.locator("#join-form button[type=submit]").click();
    assertThat(page.locator("#board")).isVisible();
    assertThat(page.locator("#conn-status")).hasAttribute("data-state", "online");
  }

  static Locator note(Page page, String text) {
    return page.locator(".note").filter(new Locator.FilterOptions().setHas(
        page.getByText(text, new Page.GetByTextOptions().setExact(true))));
  }

  static void setPhase(Page fac, String phase) {
    fac.locator("#fac-phase").selectOption(phase);
    fac.locator("#fac-phase-set").click();
  }

  @Test
  void F3_F2_a_lock_or_a_phase_greys_out_the_participants_writing_and_unlocking_brings_it_back() {
    JsonObject board = server.createBoard("Verksted om tryggleik");
    Page fac = Chromium.page(contextA, "facilitator");
    Page par = Chromium.page(contextB, "participant");
    join(fac, board.getJsonObject("links").getString("facilitator"), "Fasilitator");
    join(par, board.getJsonObject("links").getString("participant"), "Kari");
    fac.locator("#note-text").fill("Kveldsbesøk");
    fac.locator("#add-form button[type=submit]").click();
    Locator parNote = note(par, "Kveldsbesøk");
    assertThat(parNote).isVisible();
    Locator add = par.locator("#add-form button[type=submit]");
    assertThat(add).isEnabled();
    assertThat(par.locator("#gate-notice p")).hasCount(0);

    // F3: the facilitator locks; the participant's controls grey out with the reason, live.
    fac.locator("#fac-lock").click();
    assertThat(add).isDisabled();
    assertThat(par.locator("#note-text")).isDisabled();
    assertThat(par.locator("#cluster-form button[type=submit]")).isDisabled();
    assertThat(par.locator("#gate-notice")).hasAttribute("role", "status");
    assertThat(par.locator("#gate-notice")).hasText(
        "The board is locked by the facilitator. You can look, but not change anything until it is unlocked.");
    assertThat(parNote.locator(".note__edit")).isDisabled();
    assertThat(parNote.locator(".note__delete")).isDisabled();
    // The facilitator keeps every control and sees no participant notice.
    assertThat(fac.locator("#add-form button[type=submit]")).isEnabled();
    assertThat(note(fac, "Kveldsbesøk").locator(".note__edit")).isEnabled();
    assertThat(fac.locator("#gate-notice p")).hasCount(0);
    assertThat(fac.locator("#session-lock")).isVisible();

    // A keyboard move is refused with the reason; the note stays put.
    String x = parNote.getAttribute("data-x");
    parNote.focus();
    par.keyboard().press("ArrowRight");
    assertThat(par.locator("#status")).hasText("The board is locked by the facilitator.");
    assertThat(parNote).hasAttribute("data-x", x);
    par.keyboard().press("Delete");
    assertThat(par.locator("#confirm-dialog")).isHidden();
    // A drag is refused too, and the note goes back where it was.
    par.locator("#status").evaluate("e => { e.textContent = ''; }");
    BoundingBox box = parNote.boundingBox();
    par.mouse().move(box.x + 20, box.y + 10);
    par.mouse().down();
    par.mouse().move(box.x + 80, box.y + 60, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
    par.mouse().up();
    assertThat(par.locator("#status")).hasText("The board is locked by the facilitator.");
    assertThat(parNote).hasAttribute("data-x", x);
    assertThat(note(fac, "Kveldsbesøk")).hasAttribute("data-x", x);
    Axe.assertNoViolations(par, "participant's board page while locked");

    // Unlocking brings it all back, live.
    fac.locator("#fac-lock").click();
    assertThat(add).isEnabled();
    assertThat(par.locator("#note-text")).isEnabled();
    assertThat(parNote.locator(".note__delete")).isEnabled();
    assertThat(par.locator("#gate-notice p")).hasCount(0);

    // F2: the vote phase allows only votes; the notice names the phase.
    setPhase(fac, "vote");
    assertThat(add).isDisabled();
    assertThat(par.locator("#gate-notice")).hasText(
        "The phase is “Vote”: you can only vote and score. Writing and moving are closed until the facilitator changes the phase.");
    parNote.focus();
    par.keyboard().press("ArrowDown");
    assertThat(par.locator("#status")).hasText("You cannot do that in the “Vote” phase.");
    assertThat(fac.locator("#add-form button[type=submit]")).isEnabled();

    // The group phase allows arranging: moves and the edit dialog (colour) but no new notes or deletes.
    setPhase(fac, "group");
    assertThat(par.locator("#gate-notice")).containsText("“Group”");
    assertThat(add).isDisabled();
    assertThat(parNote.locator(".note__delete")).isDisabled();
    assertThat(parNote.locator(".note__edit")).isEnabled();
    parNote.focus();
    par.keyboard().press("ArrowRight");
    assertThat(note(fac, "Kveldsbesøk")).not().hasAttribute("data-x", x);
    parNote.locator(".note__edit").click();
    assertThat(par.locator("#edit-text")).hasAttribute("readonly", "");
    assertThat(par.locator("#edit-delete")).isDisabled();
    assertThat(par.locator("#edit-color")).isEnabled();
    par.locator("#edit-cancel").click();

    // Back to free: everything is open again.
    setPhase(fac, "free");
    assertThat(add).isEnabled();
    assertThat(par.locator("#gate-notice p")).hasCount(0);
    par.locator("#note-text").fill("Fast kontaktperson");
    add.click();
    assertThat(note(fac, "Fast kontaktperson")).isVisible();
  }
}
