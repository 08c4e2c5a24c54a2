package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Axe;
import org.samskap.testing.Board;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;
import org.samskap.testing.TestServer;

/**
 * A link poll runs for days, so the facilitator's idea board shows it from the server's state
 * after any reload (docs/PROTOCOL.md P11): its results per voter group, "Close the poll", and
 * buttons for a new voter link or one that replaces an old link (P10, the old one is refused);
 * a closed poll is opened again from the page (P12).
 */
class PollReloadBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  @Test
  void P10_P11_P12_after_a_reload_the_facilitator_reads_the_open_poll_by_group_replaces_a_link_closes_and_reopens_it() {
    TestServer server = web.server();
    Board b = Board.of(server.createBoard("ideas", "Hjemmetjenesten"));
    JsonObject poll = new JsonObject(server.call("POST", "/api/boards/" + b.id() + "/polls", b.facilitator(),
        new JsonObject().put("title", "Hva er viktigst for deg?").put("maxChoices", 1).put("invites", 2).put("items", new JsonArray()
            .add(new JsonObject().put("text", "Fast kontaktperson"))
            .add(new JsonObject().put("text", "Melding før besøk")))).body());
    String pollId = poll.getString("pollId");
    String first = poll.getJsonArray("links").getJsonObject(0).getString("url");
    assertEquals(201, ballot(server, pollId, first, "relative", "i1"));

    try (BrowserContext ctx = Chromium.context(web.browser(), "nb-NO")) {
      Page page = Chromium.page(ctx, "facilitator");
      BrowserFixture.join(page, server.baseUrl() + "/b/" + b.id() + "#t=" + b.facilitator(), "Frida");
      page.reload();
      assertThat(page.locator("#board")).isVisible();
      Locator out = page.locator("#poll-out");
      assertThat(out).isVisible();
      assertThat(page.locator("#poll-out-h3")).hasText("«Hva er viktigst for deg?»: 1 stemme");
      Locator row = page.locator("#poll-results-body tr").first();
      assertThat(row.locator("th")).hasText("Fast kontaktperson");
      assertThat(row.locator("td").nth(1)).hasText("1"); // relatives
      assertThat(row.locator("td").nth(4)).hasText("1"); // total
      assertThat(page.locator("#poll-links-once")).isVisible();

      // A second ballot arrives live while the reloaded page looks on.
      String second = poll.getJsonArray("links").getJsonObject(1).getString("url");
      assertEquals(201, ballot(server, pollId, second, "service_user", "i2"));
      assertThat(page.locator("#poll-out-h3")).hasText("«Hva er viktigst for deg?»: 2 stemmer");

      // A new personal link, then replace it: the replaced link is refused afterwards.
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ny personlig lenke")).click();
      Locator link = page.locator("#poll-links input").first();
      assertThat(link).hasValue(java.util.regex.Pattern.compile(".*/v/" + pollId + "#t=.+"));
      String made = link.inputValue();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bytt ut Personlig lenke 1: den gamle lenken slutter å virke")).click();
      assertThat(page.locator("#status")).containsText("Lenken er byttet ut");
      String replaced = page.locator("#poll-links input").first().inputValue();
      assertFalse(made.equals(replaced));
      assertEquals(410, ballot(server, pollId, made, "other", "i1"), "the replaced link is withdrawn");
      assertEquals(201, ballot(server, pollId, replaced, "other", "i1"), "the new link votes");
      BrowserFixture.screenshot(page, "poll-reload-nb");
      Axe.assertNoViolations(page, "idea board with a reloaded poll");

      page.reload();
      assertThat(page.locator("#poll-out-h3")).hasText("«Hva er viktigst for deg?»: 3 stemmer");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avslutt avstemningen")).click();
      assertThat(page.locator("#poll-out-h3")).containsText("(avsluttet)");
      JsonObject results = new JsonObject(server.call("GET", "/api/boards/" + b.id() + "/polls/" + pollId + "/results", b.facilitator(), null).body());
      assertEquals(false, results.getBoolean("open"));

      // P12: the closed poll is opened again from the page; the server has it open.
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Åpne avstemningen igjen")).click();
      assertThat(page.locator("#status")).hasText("Avstemningen er åpen igjen. Lenkene virker igjen.");
      assertThat(page.locator("#poll-out-h3")).hasText("«Hva er viktigst for deg?»: 3 stemmer");
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avslutt avstemningen"))).isVisible();
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Åpne avstemningen igjen"))).isHidden();
      JsonObject reopened = new JsonObject(server.call("GET", "/api/boards/" + b.id() + "/polls/" + pollId + "/results", b.facilitator(), null).body());
      assertEquals(true, reopened.getBoolean("open"));
    }
  }

  private static int ballot(TestServer server, String pollId, String url, String group, String... choices) {
    String token = url.substring(url.indexOf('#') + 3);
    return server.call("POST", "/api/polls/" + pollId + "/ballots", token,
        new JsonObject().put("group", group).put("choices", new JsonArray(List.of((Object[]) choices)))).statusCode();
  }
}
