package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Axe;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;

/**
 * Rules [D10], [D11] and [D12] in the browser: the project's owner (Bokmål) reads when the
 * project is deleted for inactivity and keeps it another period, opens the audit log (which lists
 * the keep), and deletes the project by keyboard, confirming by typing its title (a wrong title is
 * refused with a message and nothing is deleted). Then the owner's page and a second owner page
 * (English, open meanwhile) both say the project is deleted, the project answers 404, and this
 * browser no longer lists it. The project card and the dialog have no axe violations.
 */
class ProjectDeleteBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  @Test
  void D10_D11_D12_the_owner_keeps_reads_the_log_and_deletes_the_project_by_typing_its_title() {
    String title = "Trygg natt på Åsen";
    JsonObject p = new JsonObject(web.server().call("POST", "/api/projects", null, new JsonObject().put("title", title)).body());
    String link = p.getString("link");
    Page owner = Chromium.page(web.contextA(), "owner");
    Page other = Chromium.page(web.contextB(), "other");
    owner.navigate(link);
    other.navigate(link);
    assertThat(owner.locator("#project-title")).hasText(title);
    assertThat(other.locator("#project-title")).hasText(title);

    // D11: when the project is deleted for inactivity, and keeping it
    assertThat(owner.locator("#project-retention")).containsText("Prosjektet slettes automatisk");
    owner.locator("#project-retention-keep").focus();
    owner.keyboard().press("Enter");
    assertThat(owner.locator("#status")).containsText("Prosjektet beholdes.");
    // D12: the audit log lists the keep and the create, in Bokmål
    owner.locator("#project-audit-show").focus();
    owner.keyboard().press("Enter");
    assertThat(owner.locator("#project-audit-table tbody tr")).hasCount(2);
    assertThat(owner.locator("#project-audit-table tbody tr").first()).containsText("Beholdt");
    Axe.assertNoViolations(owner, "project delete card and audit log");

    // D10: a wrong title is refused, nothing deleted
    owner.locator("#project-delete-open").focus();
    owner.keyboard().press("Enter");
    assertThat(owner.locator("#project-delete-dialog")).isVisible();
    assertThat(owner.locator("#project-delete-title")).isFocused();
    assertThat(owner.locator("#project-delete-label")).containsText("«" + title + "»");
    owner.keyboard().type("Trygg natt");
    owner.keyboard().press("Enter");
    assertThat(owner.locator("#project-delete-error")).hasText("Tittelen stemmer ikke. Skriv den nøyaktig slik den står.");
    assertThat(owner.locator("#project-delete-title")).hasAttribute("aria-invalid", "true");
    Axe.assertNoViolations(owner, "project delete dialog");
    if (System.getenv("SAMSKAP_SCREENSHOTS") != null) BrowserFixture.screenshot(owner, "project-delete-dialog-nb.png");
    assertEquals(200, web.server().call("GET", "/api/projects/" + p.getString("id"), p.getString("token"), null).statusCode());
    // Escape closes the dialog without deleting; then the right title deletes
    owner.keyboard().press("Escape");
    assertThat(owner.locator("#project-delete-dialog")).isHidden();
    assertThat(owner.locator("#project-delete-open")).isFocused();
    owner.keyboard().press("Enter");
    owner.keyboard().type(title);
    owner.keyboard().press("Enter");

    assertThat(owner.locator("#project-title")).hasText("Prosjektet er slettet");
    assertThat(other.locator("#project-title")).hasText("The project is deleted");
    assertThat(owner.locator("#project")).isHidden();
    assertThat(other.locator("#project")).isHidden();
    assertEquals(404, web.server().call("GET", "/api/projects/" + p.getString("id"), p.getString("token"), null).statusCode());
    // this browser forgot the project's link
    assertEquals(false, owner.evaluate("() => (localStorage.getItem('samskap.projects') || '').includes('" + p.getString("id") + "')"));
  }
}
