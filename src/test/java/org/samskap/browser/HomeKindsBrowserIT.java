package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Axe;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;

/**
 * The home page offers the kinds the server has (docs/API.md, K1): the select appears once
 * {@code GET /api/kinds} has answered, with each kind's name in the page language, keeps its
 * label and works from the keyboard; if the call fails the page says so in its language.
 */
class HomeKindsBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  private static final Map<String, List<String>> NAMES = Map.of(
      "Bokmål", List.of("Idétavle", "Prioriteringsmatrise", "Tjenestereise"),
      "Nynorsk", List.of("Idétavle", "Prioriteringsmatrise", "Tenestereise"),
      "English", List.of("Idea board", "Prioritisation matrix", "Service journey"));
  private static final Map<String, String> LABELS = Map.of("Bokmål", "Type tavle", "Nynorsk", "Type tavle", "English", "Kind of board");

  @Test
  void k1_all_three_kinds_are_offered_in_nb_nn_and_en_and_chosen_from_the_keyboard() {
    Page page = Chromium.page(web.contextA(), "home");
    page.navigate(web.server().baseUrl() + "/");
    for (String lang : List.of("Nynorsk", "English", "Bokmål")) {
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(lang)).click();
      Locator select = page.getByLabel(LABELS.get(lang), new Page.GetByLabelOptions().setExact(true));
      assertThat(select).isVisible();
      assertThat(select.locator("option")).hasText(NAMES.get(lang).toArray(String[]::new));
      assertEquals(List.of("ideas", "matrix", "journey"),
          select.locator("option").evaluateAll("os => os.map((o) => o.value)"));
    }
    // Keyboard: focus the select, move down twice, create a journey.
    Locator select = page.locator("#board-kind");
    select.focus();
    page.keyboard().press("ArrowDown");
    page.keyboard().press("ArrowDown");
    assertThat(select).hasValue("journey");
    page.getByLabel(Pattern.compile("Navn på tavla")).fill("Reise med tastatur");
    page.keyboard().press("Enter");
    assertThat(page.locator("#link-facilitator")).isVisible();
    page.locator("#open-board").click();
    page.waitForURL(Pattern.compile(".*/b/.*"));
    assertThat(page.locator("script[src='/js/journey/journey-page.js']")).hasCount(1); // the journey's own page
  }

  @Test
  void k1_while_the_kinds_load_no_raw_key_shows_and_a_failed_call_is_said_in_the_page_language() {
    Page page = Chromium.page(web.contextA(), "home");
    page.route("**/api/kinds", Route::abort);
    page.navigate(web.server().baseUrl() + "/");
    assertThat(page.locator("#create-error")).hasText(Pattern.compile("Kunne ikke hente tavletypene"));
    assertThat(page.locator("#board-kind")).isHidden();
    assertThat(page.locator("#create-button")).isDisabled();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nynorsk")).click();
    assertThat(page.locator("#create-error")).hasText(Pattern.compile("Kunne ikkje hente tavletypane"));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
    assertThat(page.locator("#create-error")).hasText(Pattern.compile("Could not get the kinds of board"));
    assertEquals(false, page.locator("main").innerText().matches("(?s).*\\bhome\\.[a-z.]+.*"), "no raw key on the page");
    Axe.assertNoViolations(page, "home page whose kinds failed to load");
  }
}
