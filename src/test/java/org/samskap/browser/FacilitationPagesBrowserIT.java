package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.samskap.testing.BrowserFixture.join;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Axe;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;

/**
 * Facilitation from the matrix and the journey pages (docs/PROTOCOL.md F1-F4, F8): the
 * facilitator (Bokmål) uses the same card as on the idea board, by keyboard, and hears what
 * happened; the participant's (English) page reacts live: scoring greys out under a lock, the
 * phase notice appears, the timer counts down, and a removed participant is told why.
 */
class FacilitationPagesBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  private static String link(JsonObject board, String role) {
    return board.getJsonObject("links").getString(role);
  }

  /** Presses Enter on a control, as a keyboard user does. */
  private static void press(Page page, String selector) {
    page.locator(selector).focus();
    page.keyboard().press("Enter");
  }

  @Test
  void F3_F4_the_facilitator_locks_the_matrix_from_the_page_and_the_participants_scoring_closes() {
    JsonObject board = web.server().createBoard("matrix", "Prioritering");
    Page fac = Chromium.page(web.contextA(), "facilitator");
    Page par = Chromium.page(web.contextB(), "participant");
    join(fac, link(board, "facilitator"), "Fasilitator");
    fac.locator("#item-text").fill("Nattlys i gangen");
    fac.locator("#add-form button[type=submit]").click();
    join(par, link(board, "participant"), "Kari");
    Locator score = par.locator("#items-body button[data-action=score]");
    assertThat(score).isEnabled();

    // The facilitator's card: phase, lock, timer, people; nothing a matrix has no use for.
    assertThat(fac.locator("#facilitation")).isVisible();
    assertThat(fac.locator("#fac-h2")).hasText("Fasilitering");
    assertThat(fac.locator("#fac-silent")).hasCount(0);
    assertThat(fac.locator("#fac-vote-form")).hasCount(0);
    assertThat(par.locator("#facilitation")).isHidden();
    assertThat(fac.locator("#fac-people")).containsText("Kari");
    Axe.assertNoViolations(fac, "facilitator's matrix page");

    // F3: lock by keyboard; the facilitator hears it, the participant's scoring closes live.
    press(fac, "#fac-lock");
    assertThat(fac.locator("#fac-lock")).hasAttribute("aria-pressed", "true");
    assertThat(fac.locator("#status")).hasText("Tavla er låst for deltakerne.");
    assertThat(score).isDisabled();
    assertThat(par.locator("#gate-notice")).hasText(
        "The board is locked by the facilitator. You can look, but not change anything until it is unlocked.");
    assertThat(fac.locator("#items-body button[data-action=score]")).isEnabled();
    assertThat(fac.locator("#session-lock")).isVisible();
    Axe.assertNoViolations(fac, "facilitator's matrix page while locked");

    // F4: a timer started on the matrix page counts down on the participant's page too.
    fac.locator("#fac-timer-min").fill("3");
    press(fac, "#fac-timer-form button[type=submit]");
    assertThat(fac.locator("#status")).hasText("Tidtakeren går: 3 minutter.");
    assertThat(par.locator("#session-timer-wrap")).isVisible();
    assertThat(par.locator("#session-timer")).hasAttribute("role", "timer");
    assertThat(par.locator("#session-timer")).hasText(java.util.regex.Pattern.compile("^[23]:\\d\\d$"));
    press(fac, "#fac-timer-stop");
    assertThat(par.locator("#session-timer-wrap")).isHidden();

    // Unlocking opens scoring again.
    press(fac, "#fac-lock");
    assertThat(fac.locator("#fac-lock")).hasAttribute("aria-pressed", "false");
    assertThat(fac.locator("#status")).hasText("Tavla er låst opp for deltakerne.");
    assertThat(score).isEnabled();
    assertThat(par.locator("#gate-notice p")).hasCount(0);
  }

  @Test
  void F2_F8_the_facilitator_changes_the_journeys_phase_from_the_page_and_can_remove_a_participant() {
    JsonObject board = web.server().createBoard("journey", "Tenestereise");
    Page fac = Chromium.page(web.contextA(), "facilitator");
    Page par = Chromium.page(web.contextB(), "participant");
    join(fac, link(board, "facilitator"), "Fasilitator");
    join(par, link(board, "participant"), "Kari");
    Locator addStage = par.locator("#v-current button[data-action=stage-add]");
    assertThat(addStage).isEnabled();
    assertThat(par.locator("#session-phase")).hasText("Phase: Free");
    Axe.assertNoViolations(fac, "facilitator's journey page");

    // F2: the phase is chosen with the keyboard (a native select, then the button).
    fac.locator("#fac-phase").focus();
    fac.keyboard().press("ArrowDown");
    fac.keyboard().press("ArrowDown");
    assertThat(fac.locator("#fac-phase")).hasValue("group");
    fac.keyboard().press("Tab");
    assertThat(fac.locator("#fac-phase-set")).isFocused();
    fac.keyboard().press("Enter");
    assertThat(fac.locator("#status")).hasText("Fasen er nå «Gruppere».");
    assertThat(par.locator("#gate-notice")).hasText(
        "The phase is “Group”: you can only move and group. Writing and editing are closed until the facilitator changes the phase.");
    assertThat(par.locator("#session-phase")).hasText("Phase: Group");
    assertThat(addStage).isDisabled();
    assertThat(fac.locator("#v-current button[data-action=stage-add]")).isEnabled();
    Axe.assertNoViolations(fac, "facilitator's journey page in the group phase");

    // F8: removing the participant from the card closes their page with the reason.
    Locator remove = fac.locator("#fac-people button[data-member-id]");
    assertThat(remove).hasCount(1);
    assertThat(remove).hasAttribute("aria-label", "Ta Kari ut av tavla");
    remove.focus();
    fac.keyboard().press("Enter");
    assertThat(fac.locator("#confirm-dialog")).isVisible();
    fac.locator("#confirm-yes").click();
    assertThat(par.locator("#gate-message")).hasText("The facilitator removed you from the board.");
    assertThat(par.locator("#board")).isHidden();
    assertThat(fac.locator("#fac-people button[data-member-id]")).hasCount(0);
  }
}
