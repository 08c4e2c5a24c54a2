package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Axe;
import org.samskap.testing.Board;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;

/**
 * The facilitator's "Share links" dialog (docs/PROTOCOL.md A13, A14): their own link, a new
 * observer link with Copy and a QR code drawn by the server, and what the observer sees: the
 * board, a banner, and no forms to change it.
 */
class ShareLinksBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  @Test
  void A13_A14_the_facilitator_shares_an_observer_link_with_a_qr_code_and_the_observer_only_reads() {
    Board b = Board.of(web.server().createBoard("ideas", "Hjemmetjenesten"));
    String observerLink;
    try (BrowserContext ctx = Chromium.context(web.browser(), "nb-NO")) {
      Page page = Chromium.page(ctx, "facilitator");
      BrowserFixture.join(page, web.server().baseUrl() + "/b/" + b.id() + "#t=" + b.facilitator(), "Frida");
      page.locator("#add-form textarea, #add-form input[type=text]").first().fill("Fast kontaktperson");
      page.locator("#add-form button[type=submit]").click();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Del lenker")).click();
      Locator dialog = page.locator("#share-dialog");
      assertThat(dialog).isVisible();
      assertThat(dialog.getByLabel("Din fasilitatorlenke (ikke del den)", new Locator.GetByLabelOptions().setExact(true))).hasValue(
          web.server().baseUrl() + "/b/" + b.id() + "#t=" + b.facilitator());
      dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ny observatørlenke")).click();
      page.locator("#confirm-dialog").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lag ny observatørlenke")).click();
      Locator field = dialog.getByLabel("Observatørlenke (bare lesing)", new Locator.GetByLabelOptions().setExact(true));
      assertThat(field).hasValue(java.util.regex.Pattern.compile(".*/b/" + b.id() + "#t=.+"));
      observerLink = field.inputValue();
      dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Vis QR-kode for Observatørlenke (bare lesing)")).click();
      Locator qr = dialog.getByRole(AriaRole.IMG, new Locator.GetByRoleOptions().setName("QR-kode for Observatørlenke (bare lesing)"));
      assertThat(qr).isVisible();
      assertTrue((Boolean) qr.evaluate("img => img.naturalWidth > 0"), "the QR image loaded");
      BrowserFixture.screenshot(page, "share-dialog-nb");
      Axe.assertNoViolations(page, "share dialog");
      dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lukk")).click();
      assertThat(dialog).isHidden();
    }
    try (BrowserContext ctx = Chromium.context(web.browser(), "nb-NO")) {
      Page page = Chromium.page(ctx, "observer");
      BrowserFixture.join(page, observerLink, "Leder");
      assertThat(page.locator("#observer-banner")).hasText("Du følger tavla som observatør. Du kan se alt, men ikke endre noe.");
      assertThat(page.locator("#board")).containsText("Fast kontaktperson");
      assertThat(page.locator("#add-form")).isHidden();
      BrowserFixture.screenshot(page, "observer-nb");
    }
  }
}
