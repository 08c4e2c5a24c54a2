package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;
import org.samskap.testing.Pilots;

/**
 * One path in a real browser: an accepted idea on the matrix → "Make pilot" → a gain → test and
 * control measurements → the indicator chart shows baseline, target, test and control lines,
 * with the reading; axe-core finds no WCAG 2.1 AA violations.
 */
class PilotBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  @Test
  void an_accepted_idea_becomes_a_pilot_with_a_gain_and_a_chart_of_test_and_control() {
    Pilots.Accepted a = Pilots.acceptedItem(web.server(), "Nattlys i gangen");
    try (BrowserContext ctx = Chromium.context(web.browser(), "en-GB")) {
      Page page = Chromium.page(ctx, "facilitator");
      page.navigate(web.server().baseUrl() + "/b/" + a.matrix().id() + "#t=" + a.matrix().facilitator());
      page.locator("#join-name").fill("Frida");
      page.locator("#join-form button[type=submit]").click();
      assertThat(page.locator("#board")).isVisible();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a pilot candidate of “Nattlys i gangen”")).click();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make pilot candidate").setExact(true)).click();
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

  @Test
  void PL8_the_editor_replaces_the_viewer_and_its_own_link_from_the_page_and_the_old_tokens_are_refused() {
    JsonObject made = Pilots.convert(web.server(), Pilots.acceptedItem(web.server(), "Nøkkelboks ved døra"));
    String id = made.getString("id");
    String editor = made.getJsonObject("tokens").getString("editor");
    String viewer = made.getJsonObject("tokens").getString("viewer");
    try (BrowserContext ctx = Chromium.context(web.browser(), "nb-NO")) {
      Page page = Chromium.page(ctx, "editor");
      page.navigate(web.server().baseUrl() + made.getJsonObject("links").getString("editor"));
      assertThat(page.locator(".pilot-share")).isVisible();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bytt ut Lenke for å lese: den gamle lenken slutter å virke")).click();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bytt ut lenken")).click();
      assertThat(page.locator("#status")).hasText("Lenke for å lese er byttet ut. Den gamle lenken virker ikke lenger.");
      Locator viewerLink = page.getByLabel("Lenke for å lese", new Page.GetByLabelOptions().setExact(true));
      assertThat(viewerLink).hasValue(java.util.regex.Pattern.compile(".*/p/" + id + "#t=.+"));
      String newViewer = viewerLink.inputValue().replaceFirst(".*#t=", "");
      assertEquals(403, web.server().call("GET", "/api/pilots/" + id, viewer, null).statusCode(), "the old viewer link is refused");
      assertEquals("viewer", Pilots.get(web.server(), id, newViewer).getString("role"));

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bytt ut Redigeringslenke: den gamle lenken slutter å virke")).click();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bytt ut lenken")).click();
      assertThat(page.locator("#status")).hasText("Redigeringslenke er byttet ut. Den gamle lenken virker ikke lenger.");
      assertEquals(403, web.server().call("GET", "/api/pilots/" + id, editor, null).statusCode(), "the old editor link is refused");
      assertEquals("viewer", Pilots.get(web.server(), id, newViewer).getString("role"), "the viewer link keeps working");
      String newEditor = page.getByLabel("Redigeringslenke", new Page.GetByLabelOptions().setExact(true)).inputValue().replaceFirst(".*#t=", "");
      assertEquals("editor", Pilots.get(web.server(), id, newEditor).getString("role"));
      page.reload(); // the page carries on with its new token
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bytt ut Redigeringslenke: den gamle lenken slutter å virke"))).isVisible();
      assertThat(page.locator("#alert")).isEmpty();
    }
  }

  @Test
  void PL3_a_gain_is_edited_with_the_keyboard_and_another_deleted_after_a_confirmation() {
    JsonObject made = Pilots.convert(web.server(), Pilots.acceptedItem(web.server(), "Sensor på døra"));
    String id = made.getString("id");
    String editor = made.getJsonObject("tokens").getString("editor");
    String gains = "/api/pilots/" + id + "/gains";
    JsonObject night = Pilots.gain("time", "2025-01-01", "2025-12-31").put("indicator", "Nattevaktstimer");
    JsonObject temps = Pilots.gain("cost", "2025-01-01", "2025-12-31").put("indicator", "Kroner til vikarer");
    assertEquals(200, web.server().call("POST", gains, editor, new JsonObject().put("rev", 1).put("gain", night)).statusCode());
    assertEquals(200, web.server().call("POST", gains, editor, new JsonObject().put("rev", 2).put("gain", temps)).statusCode());
    String nightId = Pilots.get(web.server(), id, editor).getJsonArray("gains").getJsonObject(0).getString("id");
    String link = made.getJsonObject("links").getString("editor");
    try (BrowserContext ctx = Chromium.context(web.browser(), "nb-NO")) {
      Page page = Chromium.page(ctx, "editor");
      page.navigate(link.startsWith("/") ? web.server().baseUrl() + link : link);
      assertThat(page.locator(".pilot-gain")).hasCount(2);

      // Edit with the keyboard: the form fills in, a bad date is refused naming the field and keeps focus there.
      Locator edit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Endre gevinsten «Nattevaktstimer»"));
      edit.focus();
      page.keyboard().press("Enter");
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Endre gevinsten «Nattevaktstimer»"))).isVisible();
      assertThat(page.getByLabel("Type", new Page.GetByLabelOptions().setExact(true))).isFocused();
      Locator indicator = page.getByLabel("Indikator", new Page.GetByLabelOptions().setExact(true)).first();
      assertThat(indicator).hasValue("Nattevaktstimer");
      page.getByLabel("Måldato").fill("2024-06-01");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre endringene")).click();
      assertThat(page.locator("#alert")).containsText("targetDate");
      assertThat(page.locator("#alert")).hasAttribute("role", "alert");
      assertThat(page.getByLabel("Måldato")).isFocused();
      page.getByLabel("Måldato").fill("2025-12-31");
      indicator.fill("Nattevakt (timer)");
      page.getByLabel("Forventet per år (timer eller kr)").fill("650");
      indicator.press("Enter");
      assertThat(page.locator("#status")).hasText("Lagret.");
      assertThat(page.locator(".pilot-gain").first()).containsText("Nattevakt (timer)");
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Endre gevinsten «Nattevakt (timer)»"))).isFocused();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ny gevinst"))).isVisible();
      JsonObject stored = Pilots.get(web.server(), id, editor).getJsonArray("gains").getJsonObject(0);
      assertEquals(nightId, stored.getString("id"), "the edit changed the gain, not added one");
      assertEquals("Nattevakt (timer)", stored.getString("indicator"));
      assertEquals(650.0, stored.getDouble("expectedPerYear"));

      // Cancel leaves the form for a new gain again.
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Endre gevinsten «Kroner til vikarer»")).click();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avbryt endringen")).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ny gevinst"))).isVisible();
      assertThat(indicator).hasValue("");

      // Delete asks first; "no" keeps the gain, "yes" deletes it on the server.
      Locator delete = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Slett gevinsten «Kroner til vikarer»"));
      delete.click();
      assertThat(page.locator("#confirm-dialog")).isVisible();
      assertThat(page.locator("#confirm-message")).hasText("Slette gevinsten «Kroner til vikarer»? Målingene av den vises ikke lenger.");
      List<Rule> inDialog = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze().getViolations();
      assertEquals(0, inDialog.size(), inDialog.stream().map(Rule::getId).collect(Collectors.joining(", ")));
      page.locator("#confirm-no").click();
      assertThat(delete).isFocused();
      assertEquals(2, Pilots.get(web.server(), id, editor).getJsonArray("gains").size());
      delete.click();
      page.locator("#confirm-yes").click();
      assertThat(page.locator("#status")).hasText("Gevinsten «Kroner til vikarer» er slettet.");
      assertThat(page.locator(".pilot-gain")).hasCount(1);
      JsonObject after = Pilots.get(web.server(), id, editor);
      assertEquals(1, after.getJsonArray("gains").size());
      assertEquals(nightId, after.getJsonArray("gains").getJsonObject(0).getString("id"));
      assertEquals(5, after.getLong("rev"));

      List<Rule> violations = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze().getViolations();
      assertEquals("", violations.stream().map(r -> r.getId() + ": " + r.getHelp() + " " + r.getNodes().stream()
          .map(n -> n.getTarget() + " " + n.getFailureSummary()).collect(Collectors.joining("; "))).collect(Collectors.joining("\n")));

      // Another language reloads the page (its forms are built in one language): input not
      // yet saved comes back, and the keyboard focus returns to the language button.
      indicator.fill("Ikkje lagra enno");
      String indicatorId = indicator.getAttribute("id");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).focus();
      page.keyboard().press("Enter");
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gains").setExact(true))).isVisible();
      assertThat(page.locator("#" + indicatorId)).hasValue("Ikkje lagra enno");
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English"))).isFocused();
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English"))).hasAttribute("aria-pressed", "true");
    }
  }
}
