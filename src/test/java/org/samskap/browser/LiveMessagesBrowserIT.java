package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Board;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;
import org.samskap.testing.TestServer;

/**
 * A message already on screen switches language with the page (docs/PROTOCOL.md W6): the
 * status line a poll action left in Bokmål reads in English after the language change, and
 * in Nynorsk after the next one.
 */
class LiveMessagesBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  @Test
  void W6_a_status_message_shown_in_nb_is_rerendered_in_en_and_nn_when_the_language_changes() {
    TestServer server = web.server();
    Board b = Board.of(server.createBoard("ideas", "Hjemmetjenesten"));
    server.call("POST", "/api/boards/" + b.id() + "/polls", b.facilitator(),
        new JsonObject().put("title", "Hva er viktigst?").put("maxChoices", 1).put("invites", 1).put("items", new JsonArray()
            .add(new JsonObject().put("text", "Fast kontaktperson"))));

    try (BrowserContext ctx = Chromium.context(web.browser(), "nb-NO")) {
      Page page = Chromium.page(ctx, "facilitator");
      BrowserFixture.join(page, server.baseUrl() + "/b/" + b.id() + "#t=" + b.facilitator(), "Frida");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avslutt avstemningen")).click();
      assertThat(page.locator("#status")).hasText("Avstemningen er avsluttet.");

      page.locator(".lang-choice[data-lang=en]").click();
      assertThat(page.locator("html")).hasAttribute("lang", "en");
      assertThat(page.locator("#status")).hasText("The poll is closed.");

      page.locator(".lang-choice[data-lang=nn]").click();
      assertThat(page.locator("#status")).hasText("Avrøystinga er avslutta.");
    }
  }
}
