package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.BrowserFixture.join;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Axe;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;

/**
 * Rule [D7] in the browser: a participant (Bokmål) and another (English) each write a note;
 * the first downloads "Last ned mine data" from the presence card by keyboard and the file
 * holds her note and her name, and neither the other participant's note nor name.
 */
class MyDataBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  private static void addNote(Page page, String text) {
    if (page.locator("#drawer").isHidden()) page.locator("#drawer-toggle").click();
    page.locator("#note-text").fill(text);
    page.locator("#add-form button[type=submit]").click();
    assertThat(page.locator(".note").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(text))).hasCount(1);
  }

  @Test
  void D7_a_participant_downloads_her_own_data_and_not_anothers() throws Exception {
    JsonObject board = web.server().createBoard("ideas", "Verksted");
    String link = board.getJsonObject("links").getString("participant");
    Page kari = Chromium.page(web.contextA(), "kari");
    Page ola = Chromium.page(web.contextB(), "ola");
    join(kari, link, "Kari Nordmann");
    join(ola, link, "Ola Olsen");
    addNote(kari, "Benker langs turveien");
    addNote(ola, "Lys i trappa");
    assertThat(kari.locator(".note").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Lys i trappa")))
        .hasCount(1);

    if (kari.locator("#drawer").isHidden()) kari.locator("#drawer-toggle").click();
    assertThat(kari.locator("#privacy-mine")).hasText("Last ned mine data");
    assertThat(ola.locator("#privacy-mine")).hasText("Download my data");
    if (System.getenv("SAMSKAP_SCREENSHOTS") != null) {
      for (Page p : new Page[] {kari, ola}) {
        if (p.locator("#drawer").isHidden()) p.locator("#drawer-toggle").click();
        p.locator("#privacy-mine").scrollIntoViewIfNeeded();
        p.setViewportSize(390, 844);
        p.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/browser-screenshots/my-data-" + (p == kari ? "nb" : "en") + "-390.png")));
        p.setViewportSize(1440, 900);
        p.locator("#privacy-mine").scrollIntoViewIfNeeded();
        p.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/browser-screenshots/my-data-" + (p == kari ? "nb" : "en") + "-1440.png")));
      }
    }
    kari.locator("#privacy-mine").focus();
    Download download = kari.waitForDownload(() -> kari.keyboard().press("Enter"));
    assertEquals("mine-data-" + board.getString("id") + ".json", download.suggestedFilename());
    JsonObject data = new JsonObject(Files.readString(download.path()));
    String text = data.encode();
    assertEquals("Kari Nordmann", data.getJsonArray("names").getString(0));
    assertTrue(text.contains("Benker langs turveien"), text);
    assertFalse(text.contains("Lys i trappa"), text);
    assertFalse(text.contains("Ola"), text);
    assertThat(kari.locator("#status")).containsText("mine-data-");
    Axe.assertNoViolations(kari, "board page with my data (nb)");
  }
}
