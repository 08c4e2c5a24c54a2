package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Axe;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;

/** The voter page (rules P2-P7) on a 320 × 640 phone screen: keyboard only, announced status, axe-core clean, nb/nn/en. */
class VoterPageBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  static BrowserContext phone(String locale) {
    return web.browser().newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(320, 640)
        .setIsMobile(true).setHasTouch(true));
  }

  static JsonObject poll(int invites, boolean shared, int maxChoices) throws Exception {
    JsonObject board = web.server().createBoard("Hjemmetjenesten");
    JsonObject body = new JsonObject().put("title", "Hva er viktigst for deg i hjemmetjenesten?").put("maxChoices", maxChoices)
        .put("invites", invites).put("shared", shared).put("items", new JsonArray()
            .add(new JsonObject().put("text", "Fast kontaktperson").put("description", "Du får én person du kan ringe når du lurer på noe."))
            .add(new JsonObject().put("text", "Melding før besøk").put("description", "Du får en SMS dagen før noen kommer."))
            .add(new JsonObject().put("text", "Besøk på kveldstid").put("description", "Du kan få besøk etter klokka 18.")));
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(web.server().baseUrl() + "/api/boards/" + board.getString("id") + "/polls"))
        .header("Authorization", "Bearer " + board.getJsonObject("tokens").getString("facilitator"))
        .POST(HttpRequest.BodyPublishers.ofString(body.encode())).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(201, r.statusCode(), r.body());
    return new JsonObject(r.body());
  }

  @Test
  void P2_an_invited_voter_votes_with_the_keyboard_on_a_320_px_phone_and_hears_the_vote_is_registered() throws Exception {
    JsonObject p = poll(1, false, 2);
    try (BrowserContext ctx = phone("nb-NO")) {
      Page page = Chromium.page(ctx, "voter");
      page.navigate(p.getJsonArray("links").getJsonObject(0).getString("url"));
      assertThat(page.locator("#poll-title")).hasText("Hva er viktigst for deg i hjemmetjenesten?");
      assertThat(page.locator("#ballot")).isVisible();
      Axe.assertNoViolations(page, "voter page at 320 px");
      assertTrue((Boolean) page.evaluate("document.documentElement.scrollWidth <= 320"), "no sideways scrolling at 320 px");

      // Sending without a group is refused with a message.
      page.locator("#send").focus();
      page.keyboard().press("Enter");
      assertThat(page.getByRole(AriaRole.ALERT)).hasText("Velg hvem du er før du sender.");

      // Keyboard only: the group radios, then two proposals.
      page.getByLabel("Jeg er pårørende").focus();
      page.keyboard().press("Space");
      page.getByLabel("Fast kontaktperson").focus();
      page.keyboard().press("Space");
      page.keyboard().press("Tab");
      page.keyboard().press("Tab");
      page.keyboard().press("Space");
      assertThat(page.getByLabel("Besøk på kveldstid")).isChecked();
      assertThat(page.getByLabel("Fast kontaktperson")).isChecked();
      page.locator("#send").focus();
      page.keyboard().press("Enter");
      assertThat(page.getByRole(AriaRole.STATUS)).hasText("Stemmen din er registrert. Takk for at du var med!");
      assertThat(page.locator("#ballot")).isHidden();
      Axe.assertNoViolations(page, "voter page after voting at 320 px");

      // The same link again: already voted; and the page speaks Nynorsk and English.
      page.reload();
      assertThat(page.locator("#done-text")).hasText("Du har allerede stemt med denne lenken. Hver lenke kan stemme én gang.");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nynorsk")).click();
      assertThat(page.locator("#done-text")).hasText("Du har alt røysta med denne lenkja. Kvar lenkje kan røyste éin gong.");
      assertEquals("nn", page.evaluate("document.documentElement.lang"));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
      assertThat(page.locator("#done-text")).hasText("You have already voted with this link. Each link votes once.");
    }
  }

  @Test
  void P2_P7_a_shared_link_gives_this_phone_its_own_token_and_a_broken_link_is_explained() throws Exception {
    JsonObject p = poll(0, true, 1);
    String shared = p.getJsonObject("shared").getString("url");
    try (BrowserContext ctx = phone("nn-NO")) {
      Page page = Chromium.page(ctx, "shared");
      page.navigate(shared);
      assertThat(page.locator("#ballot")).isVisible();
      assertEquals("nn", page.evaluate("document.documentElement.lang"));
      page.getByLabel("Eg brukar tenesta").check();
      page.getByLabel("Melding før besøk").check();
      page.locator("#send").click();
      assertThat(page.getByRole(AriaRole.STATUS)).hasText("Røysta di er registrert. Takk for at du var med!");
      page.reload();
      assertThat(page.locator("#done-text")).hasText("Du har alt røysta med denne lenkja. Kvar lenkje kan røyste éin gong.");
      Axe.assertNoViolations(page, "voter page, already voted, nynorsk");
    }
    try (BrowserContext other = phone("en-GB")) {
      Page page = Chromium.page(other, "other phone");
      page.navigate(shared);
      assertThat(page.locator("#ballot")).isVisible();
      page.navigate(web.server().baseUrl() + "/v/" + p.getString("pollId") + "#t=not-a-real-token");
      page.reload();
      assertThat(page.getByRole(AriaRole.ALERT)).hasText(
          "The link does not work. Check that you have the whole link, or ask the person who invited you.");
      Axe.assertNoViolations(page, "voter page with a broken link");
    }
  }
}
