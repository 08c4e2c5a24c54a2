package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.e2e.PilotIT;
import org.samskap.testing.TestServer;

/**
 * One path in a real browser: an accepted idea on the matrix → "Make pilot" → a gain → test and
 * control measurements → the indicator chart shows baseline, target, test and control lines,
 * with the reading; axe-core finds no WCAG 2.1 AA violations.
 */
class PilotBrowserIT {
  private static Playwright playwright;
  private static Browser browser;

  @BeforeAll
  static void start() {
    Chromium.assumeInstalled();
    PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    PilotIT.server = TestServer.start();
    playwright = Chromium.playwright();
    browser = Chromium.launch(playwright);
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (playwright != null) playwright.close();
    if (PilotIT.server != null) PilotIT.server.close();
  }

  @Test
  void an_accepted_idea_becomes_a_pilot_with_a_gain_and_a_chart_of_test_and_control() {
    PilotIT.Accepted a = PilotIT.acceptedItem("Nattlys i gangen");
    try (BrowserContext ctx = Chromium.context(browser, "en-GB")) {
      Page page = Chromium.page(ctx, "facilitator");
      page.navigate(PilotIT.server.baseUrl() + "/b/" + a.matrix().id() + "#t=" + a.matrix().facilitator());
      page.locator("#join-name").fill("Frida");
      page.locator("#join-form button[type=submit]").click();
      assertThat(page.locator("#board")).isVisible();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a pilot candidate of “Nattlys i gangen”")).click();
      page.waitForURL("**/p/**");
      assertThat(page.locator("#pilot-title")).hasText("Nattlys i gangen");
      assertThat(page.locator(".pilot-money").first()).containsText("Trygghet");

      page.getByLabel("Indicator", new Page.GetByLabelOptions().setExact(true)).first().fill("Night-shift hours");
      page.getByLabel("Unit").fill("hours");
      page.getByLabel("Baseline", new Page.GetByLabelOptions().setExact(true)).fill("40");
      page.getByLabel("Baseline date").fill("2025-01-01");
      page.getByLabel("Target", new Page.GetByLabelOptions().setExact(true)).fill("30");
      page.getByLabel("Target date").fill("2025-12-31");
      page.getByLabel("Expected per year (hours or NOK)").fill("500");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add gain")).click();
      assertThat(page.locator("#status")).hasText("Saved.");

      double[][] values = {{14, 12, 11, 13, 15}, {17, 16, 18, 15}};
      String[] groups = {"test", "control"};
      int saved = 0;
      for (int g = 0; g < 2; g++) {
        for (double v : values[g]) {
          page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill("2025-04-01");
          page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).fill(String.valueOf(v));
          page.getByLabel("Group", new Page.GetByLabelOptions().setExact(true)).selectOption(groups[g]);
          page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save measurement")).click();
          assertThat(page.locator("details table tbody tr")).hasCount(++saved);
        }
      }
      Locator chart = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Night-shift hours: baseline, target, test group and control group"));
      assertThat(chart).isVisible();
      for (String line : new String[] {"baseline", "target", "test", "control"}) {
        assertThat(chart.locator("[data-line=" + line + "]")).hasCount(1);
      }
      assertThat(page.locator(".pilot-reading")).containsText("The test group is clearly 3.50 hours lower than the control group");
      assertThat(page.locator("details table tbody tr")).hasCount(9);

      List<Rule> violations = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze().getViolations();
      assertEquals("", violations.stream().map(r -> r.getId() + ": " + r.getHelp() + " " + r.getNodes().stream()
          .map(n -> n.getTarget() + " " + n.getFailureSummary()).collect(Collectors.joining("; "))).collect(Collectors.joining("\n")));
    }
  }
}
