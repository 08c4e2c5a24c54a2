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
 * Rules [D8] and [D8a] in the browser: a participant (Bokmål) erases herself with "Slett meg"
 * by keyboard; the dialog says in her language what happens (axe finds nothing); afterwards her
 * page says she is erased and shows the board no more, while another participant (English)
 * still sees her public note, now by "Slettet deltaker", and goes on working.
 */
class EraseMeBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  private static void addNote(Page page, String text) {
    if (page.locator("#drawer").isHidden()) page.locator("#drawer-toggle").click();
    page.locator("#note-text").fill(text);
    page.locator("#add-form button[type=submit]").click();
    assertThat(page.locator(".note").filter(new Locator.FilterOptions().setHasText(text))).hasCount(1);
  }

  @Test
  void D8_a_participant_erases_herself_with_Slett_meg_by_keyboard() {
    JsonObject board = web.server().createBoard("ideas", "Verksted");
    String link = board.getJsonObject("links").getString("participant");
    Page kari = Chromium.page(web.contextA(), "kari");
    Page ola = Chromium.page(web.contextB(), "ola");
    join(kari, link, "Kari Nordmann");
    join(ola, link, "Ola Olsen");
    addNote(kari, "Benker langs turveien");
    addNote(ola, "Lys i trappa");

    if (kari.locator("#drawer").isHidden()) kari.locator("#drawer-toggle").click();
    assertThat(kari.locator("#privacy-erase-me")).hasText("Slett meg");
    assertThat(ola.locator("#privacy-erase-me")).hasText("Erase me");
    kari.locator("#privacy-erase-me").focus();
    kari.keyboard().press("Enter");
    Locator dialog = kari.locator("#privacy-erase-dialog");
    assertThat(dialog).isVisible();
    assertThat(dialog).containsText("Slettet deltaker");
    assertThat(dialog).containsText("Slett også de offentlige lappene mine");
    assertThat(kari.locator("#privacy-erase-public")).isFocused();
    Axe.assertNoViolations(kari, "erase dialog (nb)");
    if (System.getenv("SAMSKAP_SCREENSHOTS") != null) BrowserFixture.screenshot(kari, "erase-me-nb");
    kari.keyboard().press("Tab");
    assertThat(kari.locator("#privacy-erase-confirm")).isFocused();
    kari.keyboard().press("Enter");

    assertThat(kari.locator("#gate-message")).containsText("Du er slettet fra denne tavla");
    assertThat(kari.locator("#board")).isHidden();
    Locator herNote = ola.locator(".note").filter(new Locator.FilterOptions().setHasText("Benker langs turveien"));
    assertThat(herNote).hasCount(1);
    addNote(ola, "Etter slettingen");
    Axe.assertNoViolations(kari, "board page after erasing oneself (nb)");
  }
}
