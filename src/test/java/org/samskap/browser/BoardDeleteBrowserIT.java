package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samskap.testing.BrowserFixture.join;

import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Axe;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;

/**
 * Rules [D1], [D2] and [D5] in the browser: the facilitator reads when the board is deleted for
 * inactivity and keeps it another period; the facilitator (Bokmål) deletes an idea board from the
 * facilitator's card by keyboard, confirming by typing the board's title (a wrong title is
 * refused with a message and nothing is deleted); then the facilitator's page and the
 * participant's (English) page both say the board is deleted, and the board's export answers
 * 404. The participant never sees the delete control.
 */
class BoardDeleteBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  @Test
  void D1_D2_D5_the_facilitator_deletes_the_board_by_typing_its_title_and_both_pages_say_it_is_gone() {
    String title = "Kveldsmøte på Åsen";
    JsonObject board = web.server().createBoard("ideas", title);
    JsonObject links = board.getJsonObject("links");
    Page fac = Chromium.page(web.contextA(), "facilitator");
    Page par = Chromium.page(web.contextB(), "participant");
    join(fac, links.getString("facilitator"), "Fasilitator");
    join(par, links.getString("participant"), "Kari");
    assertThat(par.locator("#privacy-delete-open")).isHidden();
    assertThat(fac.locator("#privacy-delete h3")).hasText("Slett tavla");
    // D5: the facilitator sees when the board is deleted for inactivity, and keeps it
    assertThat(fac.locator("#privacy-retention")).containsText("Tavla slettes automatisk");
    fac.locator("#privacy-retention-keep").focus();
    fac.keyboard().press("Enter");
    assertThat(fac.locator("#status")).containsText("Tavla beholdes.");
    if (System.getenv("SAMSKAP_SCREENSHOTS") != null) {
      fac.setViewportSize(390, 844);
      BrowserFixture.screenshot(fac, "privacy-card-nb-390.png");
      fac.setViewportSize(1440, 900);
    }

    fac.locator("#privacy-delete-open").focus();
    fac.keyboard().press("Enter");
    assertThat(fac.locator("#privacy-delete-dialog")).isVisible();
    assertThat(fac.locator("#privacy-delete-title")).isFocused();
    assertThat(fac.locator("#privacy-delete-label")).containsText("«" + title + "»");
    fac.keyboard().type("Kveldsmøte");
    fac.keyboard().press("Enter");
    assertThat(fac.locator("#privacy-delete-error")).hasText("Tittelen stemmer ikke. Skriv den nøyaktig slik den står.");
    assertThat(fac.locator("#privacy-delete-dialog")).isVisible();
    Axe.assertNoViolations(fac, "delete dialog");
    if (System.getenv("SAMSKAP_SCREENSHOTS") != null) BrowserFixture.screenshot(fac, "delete-dialog-nb.png");

    assertThat(fac.locator("#privacy-delete-title")).hasAttribute("aria-invalid", "true");
    assertThat(par.locator("#board")).isVisible(); // nothing happened yet
    fac.keyboard().type(" på Åsen");
    fac.keyboard().press("Enter");

    assertThat(fac.locator("#gate-message")).hasText("Tavla er slettet.");
    assertThat(par.locator("#gate-message")).hasText("The board has been deleted.");
    assertThat(fac.locator("#board")).isHidden();
    assertThat(par.locator("#board")).isHidden();
    assertEquals(404, web.server().call("GET", "/api/boards/" + board.getString("id") + "/export.json",
        board.getJsonObject("tokens").getString("facilitator"), null).statusCode());
  }
}
