package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;

/**
 * Rule J7 seen in the browser: the idea board and the matrix count and check note text against
 * the limit of the server's join reply (here SAMSKAP_MAX_NOTE_CHARS=300), not a copy in the client.
 */
class NoteLimitBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture(Map.of("SAMSKAP_MAX_NOTE_CHARS", "300"));

  @Test
  void J7_the_counters_and_the_checks_use_the_note_limit_of_the_join_reply() {
    BrowserContext context = Chromium.context(web.browser(), "nb-NO");
    try {
      Page page = Chromium.page(context, "A");
      page.navigate(web.server().baseUrl() + "/");
      page.evaluate("localStorage.setItem('samskap.name', 'Kari')");

      page.navigate(web.server().createBoard("Grenser").getJsonObject("links").getString("facilitator"));
      assertThat(page.locator("#conn-status")).hasAttribute("data-state", "online");
      assertThat(page.locator("#note-count")).hasText("0 av 300 tegn");
      page.locator("#note-text").fill("x".repeat(301));
      assertThat(page.locator("#note-count")).hasText("301 av 300 tegn – 1 for mange");
      page.locator("#add-form button[type=submit]").click();
      assertThat(page.locator("#note-error")).hasText("Teksten er for lang (høyst 300 tegn).");

      JsonObject matrix = new JsonObject(web.server().post("/api/boards",
          new JsonObject().put("kind", "matrix").put("title", "Grenser").encode()).body());
      page.navigate(matrix.getJsonObject("links").getString("facilitator"));
      assertThat(page.locator("#conn-status")).hasAttribute("data-state", "online");
      assertThat(page.locator("#item-count")).hasText("0 av 300 tegn");
    } finally {
      context.close();
    }
  }
}
