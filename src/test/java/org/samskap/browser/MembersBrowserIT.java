package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Axe;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;
import org.samskap.testing.OidcProvider;

/**
 * Issue 18's "done when" in a real browser against a real OpenID Connect provider (docs/API.md
 * PM1-PM6): person A signs in and starts a project, makes a one-time join link; person B signs in
 * in another browser, joins by it and finds the project on their own page; a guest with no
 * account joins a board of the project by its participant link; B opens that board from the
 * project page (PM10) and leads it; A signs out.
 */
class MembersBrowserIT {
  static final OidcProvider provider = OidcProvider.start();
  static final int port = OidcProvider.freePort();

  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture(provider.settings(port));

  @AfterAll
  static void stopProvider() {
    provider.close();
  }

  @Test
  @DisplayName("PM1 PM5 PM6: A signs in and starts a project, B joins by a one-time link and sees it on 'Mine prosjekter', a guest joins a board by link, A signs out")
  void sign_in_start_project_join_by_link_guest_joins_sign_out() {
    String base = "http://localhost:" + port;
    provider.nextSignIn("sub-anne", Map.of("name", "Anne Owner", "email", "anne@kommune.no", "roles", List.of()));
    Page a = Chromium.page(web.contextA(), "anne");
    a.navigate(base + "/");
    a.locator("#sign-in").click();
    assertThat(a.locator("#signed-in-as")).hasText("Innlogget som Anne Owner");
    a.locator("#project-title").fill("Trygg heime");
    a.locator("#project-create").click();
    assertThat(a.locator("#members-h2")).hasText("Medlemmer");
    assertThat(a.locator("#members-list")).containsText("Anne Owner");
    assertThat(a.locator("#members-your-role")).containsText("Eier");

    a.locator("#link-role").selectOption("facilitator");
    a.locator("#link-make").click();
    assertThat(a.locator("#join-link")).isFocused();
    String joinLink = a.locator("#join-link").inputValue();
    assertTrue(joinLink.contains("#j="), joinLink);
    Axe.assertNoViolations(a, "project page with the members panel");

    a.locator("#board-name").fill("Idémyldring");
    a.locator("#board-create").click();
    String participant = a.locator("#made-0-participant").inputValue();

    Page b = Chromium.page(web.contextB(), "bo");
    b.navigate(joinLink);
    assertThat(b.locator("#alert")).containsText("Sign in as staff to join the project");
    provider.nextSignIn("sub-bo", Map.of("name", "Bo Facilitator", "email", "bo@kommune.no", "roles", List.of()));
    b.locator("#sign-in").click(); // to the provider and back to the project, which takes the link
    assertThat(b.locator("#project-title")).hasText("Trygg heime");
    assertThat(b.locator("#members-your-role")).containsText("Facilitator"); // context B reads English
    assertThat(b.locator("#decide-form")).isVisible(); // a facilitator decides
    assertThat(b.locator("#invite-form")).hasCount(0); // but does not manage members

    b.locator("#my-projects").click();
    assertThat(b.locator("h1")).hasText("My projects");
    assertThat(b.locator("#me-projects")).containsText("Trygg heime");
    assertThat(b.locator("#me-projects")).containsText("Facilitator – phase 1");
    Axe.assertNoViolations(b, "my projects");

    // PM10: B's browser holds no link to A's board; the project page opens it in B's role (facilitator)
    b.locator("#me-projects a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Trygg heime")).first().click();
    com.microsoft.playwright.Locator open = b.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
        new Page.GetByRoleOptions().setName("Open the board “Idémyldring”"));
    assertThat(open).hasText("Open");
    Axe.assertNoViolations(b, "project page with an Open button");
    open.focus();
    b.keyboard().press("Enter");
    b.waitForURL(Pattern.compile(".*/b/[^/#]+#t=.+|.*/b/[^/#]+$"));
    b.locator("#join-name").fill("Bo");
    b.locator("#join-form button[type=submit]").click();
    assertThat(b.locator("#conn-status")).hasAttribute("data-state", "online");
    assertThat(b.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share links")))
        .isVisible(); // a facilitator's tool

    Page guest = Chromium.page(web.context("nb-NO"), "guest"); // a third browser, no account
    BrowserFixture.join(guest, participant, "Pårørende");
    assertEquals("anonymous", new JsonObject(guest.request().get(base + "/api/me").text()).getString("kind"));

    a.reload();
    assertThat(a.locator("#members-list")).containsText("Bo Facilitator");
    a.locator("#sign-out").click();
    a.waitForURL(Pattern.compile(".*localhost:" + port + "/.*"));
    assertThat(a.locator("#sign-in")).isVisible();
    assertEquals("anonymous", new JsonObject(a.request().get(base + "/api/me").text()).getString("kind"));
  }
}
