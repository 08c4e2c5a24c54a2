package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.samskap.testing.BrowserFixture.join;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Axe;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;

/**
 * A whole workshop round in two browsers: the facilitator writes silently with a participant,
 * reveals, runs a dot vote with the keyboard, and both see the ranked result (F5, V1-V6).
 */
class DotVoteBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  static void addNote(Page page, String text) {
    page.locator("#note-text").fill(text);
    page.locator("#add-form button[type=submit]").click();
  }

  static Locator note(Page page, String text) {
    return page.locator(".note").filter(new Locator.FilterOptions().setHas(
        page.getByText(text, new Page.GetByTextOptions().setExact(true))));
  }

  static Locator voteButton(Page page, String text) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gi en stemme til «" + text + "»"));
  }

  @Test
  void a_full_dot_vote_with_two_pages() {
    JsonObject board = web.server().createBoard("Verksted om hjemmetjenester");
    try (BrowserContext ca = Chromium.context(web.browser(), "nb-NO"); BrowserContext cb = Chromium.context(web.browser(), "nb-NO")) {
      Page fac = Chromium.page(ca, "facilitator");
      Page par = Chromium.page(cb, "participant");
      join(fac, board.getJsonObject("links").getString("facilitator"), "Fasilitator");
      join(par, board.getJsonObject("links").getString("participant"), "Kari");
      assertThat(fac.locator("#facilitation")).isVisible();
      assertThat(par.locator("#facilitation")).isHidden();

      // Silent writing: the participant's note stays private until the reveal.
      fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start stille skriving")).click();
      assertThat(par.locator("#session-silent")).isVisible();
      addNote(par, "Fast kontaktperson");
      assertThat(note(par, "Fast kontaktperson")).isVisible();
      assertThat(note(par, "Fast kontaktperson").locator(".note__badge")).hasText("Privat til den vises");
      addNote(fac, "SMS før besøk");
      assertThat(note(par, "SMS før besøk")).hasCount(0);
      assertThat(fac.locator("#session-silent")).containsText("(2 private");
      assertThat(note(fac, "Fast kontaktperson")).hasCount(0);
      fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis de private lappene (2)")).click();
      assertThat(note(fac, "Fast kontaktperson")).isVisible();
      assertThat(note(par, "SMS før besøk")).isVisible();

      // The facilitator opens a dot vote: 3 votes, at most 2 per note, counts live, named.
      fac.locator("#fac-budget").fill("3");
      fac.locator("#fac-cap").fill("2");
      fac.locator("#fac-anonymous").uncheck();
      fac.locator("#fac-vote-open").focus();
      fac.keyboard().press("Enter");
      assertThat(par.locator("#vote-card")).isVisible();
      assertThat(par.locator("#vote-summary")).containsText("Du har brukt 0 av 3 stemmer");

      // The participant votes with the keyboard; the cap disables the button after two.
      Locator plus = voteButton(par, "Fast kontaktperson");
      plus.focus();
      par.keyboard().press("Enter");
      assertThat(par.locator("#vote-summary")).containsText("Du har brukt 1 av 3");
      voteButton(par, "Fast kontaktperson").focus();
      par.keyboard().press("Enter");
      assertThat(par.locator("#vote-summary")).containsText("Du har brukt 2 av 3");
      assertThat(voteButton(par, "Fast kontaktperson")).isDisabled();
      voteButton(par, "SMS før besøk").focus();
      par.keyboard().press("Enter");
      assertThat(par.locator("#vote-summary")).containsText("Du har brukt 3 av 3");
      assertThat(voteButton(par, "SMS før besøk")).isDisabled();
      assertThat(par.locator("#status")).hasText("Du har 0 stemmer igjen.");
      // Taking one back frees a vote.
      par.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ta tilbake en stemme fra «SMS før besøk»")).click();
      assertThat(par.locator("#vote-summary")).containsText("Du har brukt 2 av 3");
      voteButton(par, "SMS før besøk").click();
      assertThat(par.locator("#vote-summary")).containsText("Du har brukt 3 av 3");

      // The facilitator votes too, sees live totals, then closes: both pages show the ranking.
      voteButton(fac, "SMS før besøk").click();
      assertThat(note(fac, "SMS før besøk").locator(".note__badge")).hasText("Totalt: 2");
      assertThat(note(par, "Fast kontaktperson").locator(".note__badge")).hasText("Totalt: 2");
      fac.locator("#fac-vote-close").click();
      assertThat(par.locator("#vote-results li")).hasCount(2);
      assertThat(par.locator("#vote-results li").first()).containsText("1.");
      assertThat(fac.locator("#vote-results li").nth(1)).containsText("1.");
      assertThat(par.locator("#vote-summary")).hasText("Stemmingen er avsluttet.");
      Axe.assertNoViolations(par, "board page after a dot vote");
      Axe.assertNoViolations(fac, "facilitator board page with controls");
    }
  }

  @Test
  void P1_P8_the_facilitator_makes_a_poll_on_the_board_and_sees_a_phone_vote_arrive_live() {
    JsonObject board = web.server().createBoard("Brukerråd");
    try (BrowserContext ca = Chromium.context(web.browser(), "nb-NO");
        BrowserContext phone = web.browser().newContext(new Browser.NewContextOptions().setLocale("nb-NO").setViewportSize(320, 640))) {
      Page fac = Chromium.page(ca, "facilitator");
      join(fac, board.getJsonObject("links").getString("facilitator"), "Fasilitator");
      addNote(fac, "Fast kontaktperson");
      addNote(fac, "Kveldsbesøk");
      assertThat(fac.locator("#poll-items input[type=checkbox]")).hasCount(2);
      fac.locator("#poll-title").fill("Hva er viktigst for deg?");
      fac.getByLabel("Fast kontaktperson", new Page.GetByLabelOptions().setExact(true)).check();
      fac.getByLabel("Enkel forklaring av «Fast kontaktperson»").fill("Du får én person å ringe.");
      fac.getByLabel("Kveldsbesøk", new Page.GetByLabelOptions().setExact(true)).check();
      fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag avstemning")).click();
      assertThat(fac.locator("#poll-out")).isVisible();
      String shared = fac.getByLabel("Felles lenke", new Page.GetByLabelOptions().setExact(true)).inputValue();
      assertThat(fac.locator("#poll-out-h3")).hasText("«Hva er viktigst for deg?»: 0 stemmer");

      Page voter = Chromium.page(phone, "voter");
      voter.navigate(shared);
      assertThat(voter.getByText("Du får én person å ringe.")).isVisible();
      voter.getByLabel("Jeg er pårørende").check();
      voter.getByLabel("Kveldsbesøk").check();
      voter.locator("#send").click();
      assertThat(voter.getByRole(AriaRole.STATUS)).hasText("Stemmen din er registrert. Takk for at du var med!");

      assertThat(fac.locator("#poll-out-h3")).hasText("«Hva er viktigst for deg?»: 1 stemme"); // the plural fits the count
      Locator row = fac.locator("#poll-results-body tr").nth(1);
      assertThat(row.locator("td").nth(1)).hasText("1"); // relatives
      assertThat(row.locator("td").nth(4)).hasText("1"); // total
      fac.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avslutt avstemningen")).click();
      assertThat(fac.locator("#poll-out-h3")).containsText("(avsluttet)");
      Axe.assertNoViolations(fac, "board page with a poll and its results");
    }
  }
}
