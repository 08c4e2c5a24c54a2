package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.samskap.testing.BrowserFixture.join;
import static org.samskap.testing.BrowserFixture.screenshot;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Axe;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;

/**
 * The journey board in a real browser against a real server: made on the landing page, edited
 * (stages, a card, a HUKI cell, a keyboard move) by one person and seen live by another, with
 * axe-core finding no WCAG 2.1 AA violations.
 */
class JourneyBoardBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  @Test
  void a_journey_made_on_the_landing_page_is_edited_and_seen_live_on_a_second_page_without_axe_violations() {
    // Make the board on the landing page, choosing the kind.
    Page a = Chromium.page(web.contextA(), "A");
    a.navigate(web.server().baseUrl() + "/");
    a.getByLabel(Pattern.compile("Navn på tavla")).fill("Tildeling av hjemmetjenester");
    a.getByLabel("Type tavle").selectOption("journey");
    a.locator("#create-button").click();
    Locator facilitatorLink = a.locator("#link-facilitator");
    assertThat(facilitatorLink).hasValue(Pattern.compile("/b/[A-Za-z0-9_-]+#t="));
    String participantLink = a.locator("#link-participant").inputValue();
    join(a, facilitatorLink.inputValue(), "Kari");
    Page b = Chromium.page(web.contextB(), "B");
    join(b, participantLink, "Ola");
    assertThat(a.locator("#h2-current")).hasText("Nåværende tjenestereise");
    assertThat(b.locator("#h2-future")).hasText("Future service journey");
    assertThat(a.locator("#grid-current tbody th .journey-lane__name")).hasText(new String[] {
        "Brukerens handlinger", "Kontaktpunkter", "Aktører", "Arbeidsprosesser", "Teknologi og fagsystemer",
        "Smertepunkter", "Gevinster og muligheter", "Følelseskurve"});

    // A adds two stages (button, dialog); B sees them as column headers.
    addStage(a, "current", "Søknad");
    addStage(a, "current", "Vedtak");
    assertThat(b.locator("#grid-current thead th .journey-stage__name")).hasText(new String[] {"Søknad", "Vedtak"});

    // A adds a work-process card in the Søknad column; B sees it there.
    a.locator("#grid-current button[data-action=card-add][data-lane-id=processes]").first().click();
    assertThat(a.locator("#card-dialog")).isVisible();
    assertThat(a.locator("#card-text")).isFocused();
    a.locator("#card-text").fill("Registrere søknad");
    a.locator("#card-form button[type=submit]").click();
    Locator cardOnB = cell(b, "current", "processes", 0).locator("button.card-btn");
    assertThat(cardOnB).containsText("Registrere søknad");
    assertThat(cardOnB).containsText("Warning: no H");

    // A adds a role; the HUKI matrix shows it with the step. B sets the H cell from the keyboard.
    a.locator("#v-current button[data-action=role-add]").click();
    a.locator("#text-input").fill("Saksbehandler");
    a.locator("#text-form button[type=submit]").click();
    Locator hukiOnB = b.locator("#huki-current select[data-action=huki]");
    assertThat(hukiOnB).hasCount(1);
    assertThat(hukiOnB).hasAttribute("aria-label", "HUKI of Saksbehandler in step “Registrere søknad”");
    hukiOnB.focus();
    hukiOnB.selectOption(new SelectOption().setValue("H"));
    Locator hukiOnA = a.locator("#huki-current select[data-action=huki]");
    assertThat(hukiOnA).hasValue("H");
    assertThat(cell(a, "current", "processes", 0).locator("button.card-btn")).not().containsText("Advarsel");
    assertThat(a.locator("#huki-current .tag--warning")).hasCount(0);

    // B sets the emotion at Søknad; A sees it.
    b.locator("#grid-current select[data-action=emotion]").first().selectOption("-1");
    assertThat(a.locator("#grid-current select[data-action=emotion]").first()).hasValue("-1");

    // A moves the card to the next stage with Alt+ArrowRight; B sees it in the Vedtak column.
    Locator cardOnA = cell(a, "current", "processes", 0).locator("button.card-btn");
    cardOnA.focus();
    cardOnA.press("Alt+ArrowRight");
    assertThat(cell(b, "current", "processes", 1).locator("button.card-btn")).containsText("Registrere søknad");
    assertThat(cell(b, "current", "processes", 0).locator("button.card-btn")).hasCount(0);
    assertThat(cell(a, "current", "processes", 1).locator("button.card-btn")).isFocused();

    // The facilitator copies current to future; then a future-only card shows as a difference.
    a.locator("#v-future button[data-action=copy]").click();
    a.locator("#confirm-yes").click();
    assertThat(b.locator("#grid-future thead th .journey-stage__name")).hasText(new String[] {"Søknad", "Vedtak"});
    assertThat(b.locator("#diff-list")).hasText("No differences.");
    b.locator("#grid-future button[data-action=card-add][data-lane-id=touchpoints]").first().click();
    b.locator("#card-text").fill("SMS-varsel");
    b.locator("#card-touchpoint").selectOption("digital");
    b.locator("#card-form button[type=submit]").click();
    Locator newOnA = cell(a, "future", "touchpoints", 0).locator("button.card-btn");
    assertThat(newOnA).containsText("SMS-varsel");
    assertThat(newOnA).containsText("Digitalt");
    assertThat(newOnA.locator(".diff-badge")).hasText("Ny");
    assertThat(a.locator("#diff-list li")).hasText(new String[] {"Ny Kort «SMS-varsel»"});
    assertThat(a.locator("#sync-status")).hasText("Alt er lagret");
    screenshot(a, "journey-a.png");
    screenshot(b, "journey-b.png");

    Axe.assertNoViolations(a, "journey board (facilitator, nb)");
    Axe.assertNoViolations(b, "journey board (participant, en)");
    newOnA.click();
    assertThat(a.locator("#card-dialog")).isVisible();
    Axe.assertNoViolations(a, "journey board with the card dialog open");
    a.locator("#card-dialog button[data-cancel]").click();
    a.setViewportSize(320, 800);
    Axe.assertNoViolations(a, "journey board at 320 px");
  }

  @Test
  void a_participant_does_not_see_facilitator_only_buttons_and_a_refused_op_says_why() {
    JsonObject created = new JsonObject(web.server().post("/api/boards",
        new JsonObject().put("kind", "journey").put("title", "Roller").encode()).body());
    Page b = Chromium.page(web.contextB(), "B");
    join(b, created.getJsonObject("links").getString("participant"), "Ola");
    addStage(b, "current", "Søknad");
    assertThat(b.locator("#grid-current thead th .journey-stage__name")).hasText("Søknad");
    assertThat(b.locator("#grid-current button[data-action=stage-delete]")).hasCount(0);
    assertThat(b.locator("#grid-current button[data-action=lane-delete]")).hasCount(0);
    assertThat(b.locator("#v-future button[data-action=copy]")).isHidden();
    // Reordering by buttons: move Emotion curve up one lane.
    b.locator("#grid-current button[data-action=lane-up]").last().click();
    assertThat(b.locator("#grid-current tbody th .journey-lane__name").nth(6)).hasText("Emotion curve");
  }

  // ---- helpers ----

  private static void addStage(Page page, String version, String label) {
    page.locator("#v-" + version + " button[data-action=stage-add]").click();
    assertThat(page.locator("#text-input")).isFocused();
    page.locator("#text-input").fill(label);
    page.locator("#text-input").press("Enter");
  }

  /** The cell of a lane (by kind) at a stage (0-based). */
  private static Locator cell(Page page, String version, String laneKind, int stage) {
    return page.locator("#grid-" + version + " tbody tr.journey-lane--" + laneKind + " td").nth(stage);
  }

}
