package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import io.vertx.core.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.TestServer;

/**
 * Rule J7 seen in the browser: the idea board and the matrix count and check note text against
 * the limit of the server's join reply (here SAMSKAP_MAX_NOTE_CHARS=300), not a copy in the client.
 */
class NoteLimitBrowserIT {
  static TestServer server;
  static Playwright playwright;
  static Browser browser;

  @BeforeAll
  static void start() {
    Chromium.assumeInstalled();
    PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    server = TestServer.start(Map.of("SAMSKAP_MAX_NOTE_CHARS", "300"));
    playwright = Chromium.playwright();
    browser = Chromium.launch(playwright);
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (playwright != null) playwright.close();
    if (server != null) server.close();
  }

  @Test
  void J7_the_counters_and_the_checks_use_the_note_limit_of_the_join_reply() {
    BrowserContext context = Chromium.context(browser, "nb-NO");
    try {
      Page page = Chromium.page(context, "A");
      page.navigate(server.baseUrl() + "/");
      page.evaluate("localStorage.setItem('samskap.name', 'Kari')");

      page.navigate(server.createBoard("Grenser").getJsonObject("links").getString("facilitator"));
      assertThat(page.locator("#conn-status")).hasAttribute("data-state", "online");
      assertThat(page.locator("#note-count")).hasText("0 av 300 tegn");
      page.locator("#note-text").fill("x".repeat(301));
      assertThat(page.locator("#note-count")).hasText("301 av 300 tegn – 1 for mange");
      page.locator("#add-form button[type=submit]").click();
      assertThat(page.locator("#note-error")).hasText("Teksten er for lang (høyst 300 tegn).");

      JsonObject matrix = new JsonObject(server.post("/api/boards",
          new JsonObject().put("kind", "matrix").put("title", "Grenser").encode()).body());
      page.navigate(matrix.getJsonObject("links").getString("facilitator"));
      assertThat(page.locator("#conn-status")).hasAttribute("data-state", "online");
      assertThat(page.locator("#item-count")).hasText("0 av 300 tegn");
    } finally {
      context.close();
    }
  }
}
