package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
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
 * Rule S9 on the page (docs/API.md): a signed-in staff member's browser joins a board of each
 * kind (ideas, matrix, journey); a guest in another browser, who chose the same name, sees the
 * staff member's entry in the participants list with the "signed in" badge and their own
 * without it.
 */
class SignedInPresenceBrowserIT {
  static final OidcProvider provider = OidcProvider.start();
  static final int port = OidcProvider.freePort();

  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture(provider.settings(port));

  @AfterAll
  static void stopProvider() {
    provider.close();
  }

  /** Joins as "Kari Nordmann"; a page that remembers the name from the last board joins by itself. */
  static void join(Page page, String link) {
    page.navigate(link);
    page.locator("#board:visible, #join-name:visible").first().waitFor();
    if (page.locator("#join-name").isVisible()) {
      page.locator("#join-name").fill("Kari Nordmann");
      page.locator("#join-form button[type=submit]").click();
    }
    assertThat(page.locator("#board")).isVisible();
    assertThat(page.locator("#conn-status")).hasAttribute("data-state", "online");
  }

  @Test
  @DisplayName("S9: the participants list of every board kind marks the signed-in person, not the guest who chose the same name")
  void signed_in_mark_in_the_participants_list_of_every_kind() {
    String base = "http://localhost:" + port;
    provider.nextSignIn("sub-kari-page", Map.of("name", "Kari Nordmann", "email", "kari@kommune.no", "roles", List.of()));
    Page staff = Chromium.page(web.contextA(), "staff");
    staff.navigate(base + "/");
    staff.locator("#sign-in").click();
    assertThat(staff.locator("#signed-in-as")).hasText("Innlogget som Kari Nordmann");
    String csrf = new JsonObject(staff.request().get(base + "/api/me").text()).getString("csrf");
    Page guest = Chromium.page(web.contextB(), "guest");

    for (String kind : List.of("ideas", "matrix", "journey")) {
      APIResponse made = staff.request().post(base + "/api/boards", RequestOptions.create()
          .setHeader("Origin", base).setHeader("X-CSRF-Token", csrf).setHeader("Content-Type", "application/json")
          .setData(new JsonObject().put("kind", kind).put("title", "Tavle " + kind).encode()));
      assertEquals(201, made.status(), made.text());
      JsonObject links = new JsonObject(made.text()).getJsonObject("links");
      join(staff, links.getString("facilitator"));
      join(guest, links.getString("participant"));

      Locator list = guest.locator("#presence-list");
      assertThat(list.locator("li")).hasCount(2);
      Locator marked = list.locator("li.presence--signed-in");
      assertThat(marked).hasCount(1);
      assertThat(marked).containsText("Kari Nordmann");
      assertThat(marked.locator(".presence__badge")).hasText("signed in"); // the guest's browser is in English
      assertThat(marked).not().containsText("(you)");
      Locator own = list.locator("li:not(.presence--signed-in)");
      assertThat(own).containsText("Kari Nordmann (you)");
      assertThat(own.locator(".presence__badge")).hasCount(0);
      // the staff member's own page shows the mark on their own entry
      Locator mine = staff.locator("#presence-list li.presence--signed-in");
      assertThat(mine).containsText("(deg)");
      assertThat(mine.locator(".presence__badge")).hasText("innlogget");
      Axe.assertNoViolations(guest, kind + " board with a signed-in participant"); // WCAG 2.1 AA: the badge's contrast and text
    }
  }
}
