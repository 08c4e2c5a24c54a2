package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.samskap.testing.BrowserFixture.join;
import static org.samskap.testing.BrowserFixture.screenshot;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Axe;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;

/**
 * The prioritisation matrix in a real browser against a real server: made on the home page,
 * edited by the facilitator, scored by two people who see the aggregate move live, decided,
 * placed from the keyboard; axe-core finds no WCAG 2.1 AA violations.
 */
class MatrixBoardBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  private static Locator row(Page page, String text) {
    return page.locator("#items-body tr").filter(new Locator.FilterOptions().setHasText(text));
  }

  private static Locator cell(Page page, String text, int column) {
    return row(page, text).locator("th, td").nth(column);
  }

  @Test
  void a_matrix_made_on_the_home_page_is_scored_decided_and_placed_live_in_two_pages_with_no_axe_violations() {
    Page home = Chromium.page(web.contextA(), "home");
    home.navigate(web.server().baseUrl() + "/");
    home.getByLabel("Type tavle").selectOption("matrix");
    home.getByLabel(Pattern.compile("Navn på tavla")).fill("Prioritering i Ålesund");
    Axe.assertNoViolations(home, "home page with the kind choice");
    home.locator("#create-button").click();
    assertThat(home.locator("#link-participant")).isVisible();
    String facilitatorLink = home.locator("#link-facilitator").inputValue();
    String participantLink = home.locator("#link-participant").inputValue();

    Page a = Chromium.page(web.contextA(), "facilitator");
    join(a, facilitatorLink, "Frida");
    assertThat(a.locator("#board-title")).hasText("Prioritering i Ålesund");
    assertThat(a.locator("#axis-x")).containsText("Gjennomførbarhet");
    assertThat(a.locator("[data-quadrant=quick-wins]")).hasText("Raske gevinster");
    a.locator("#item-text").fill("Nattlys i gangen");
    a.locator("#add-form button[type=submit]").click();
    assertThat(row(a, "Nattlys i gangen")).hasCount(1);

    Page b = Chromium.page(web.contextB(), "participant");
    join(b, participantLink, "Kari");
    assertThat(b.locator("[data-quadrant=quick-wins]")).hasText("Quick wins");
    assertThat(row(b, "Nattlys i gangen")).hasCount(1);
    assertThat(b.locator("#add-form")).isHidden();

    // Kari scores with the form; both pages see one score.
    b.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Score “Nattlys i gangen”")).click();
    assertThat(b.locator("#point-dialog")).isVisible();
    Axe.assertNoViolations(b, "matrix page with the score dialog open");
    b.locator("#point-x").fill("6");
    b.locator("#point-y").fill("5");
    b.locator("#point-y").press("Enter");
    assertThat(b.locator("#point-error")).containsText("whole number from 1 to 5");
    assertThat(b.locator("#point-dialog")).isVisible();
    b.locator("#point-x").fill("4");
    b.locator("#point-y").press("Enter");
    assertThat(b.locator("#point-dialog")).isHidden();
    assertThat(cell(b, "Nattlys i gangen", 5)).hasText("4 / 5");
    assertThat(cell(a, "Nattlys i gangen", 4)).hasText("1");
    // M11: an aggregate of one score is hidden, on the facilitator's page too, until she reveals
    // the scores (from the keyboard); then both pages show it.
    assertThat(cell(a, "Nattlys i gangen", 2)).hasText("Skjult til 3 har gitt poeng");
    assertThat(cell(b, "Nattlys i gangen", 2)).hasText("Hidden until 3 people have scored");
    assertThat(b.locator("#matrix-privacy")).containsText("at least 3 people");
    assertThat(b.locator("#reveal-scores")).isHidden();
    a.locator("#reveal-scores").focus();
    a.keyboard().press("Enter");
    assertThat(a.locator("#reveal-scores")).hasText("Skjul snittet igjen");
    assertThat(cell(a, "Nattlys i gangen", 2)).hasText("4 (4–4)");
    assertThat(cell(b, "Nattlys i gangen", 2)).hasText("4 (4–4)");
    assertThat(b.locator("#matrix-privacy")).containsText("The facilitator has shown");

    // Frida scores from the plot with the keyboard; Kari sees the aggregate move.
    Locator plotItem = a.locator(".matrix-item").filter(new Locator.FilterOptions().setHasText("Nattlys i gangen"));
    plotItem.focus();
    plotItem.press("Enter");
    assertThat(a.locator("#point-x")).isFocused();
    a.keyboard().type("2");
    a.locator("#point-y").fill("3");
    a.locator("#point-y").press("Enter");
    assertThat(cell(b, "Nattlys i gangen", 4)).hasText("2");
    assertThat(cell(b, "Nattlys i gangen", 2)).hasText("3 (2–4)");
    assertThat(cell(b, "Nattlys i gangen", 3)).hasText("4 (3–5)");
    assertThat(b.locator(".matrix-spread")).hasCount(1);
    Axe.assertNoViolations(a, "matrix page (facilitator)");
    Axe.assertNoViolations(b, "matrix page (participant)");

    // Frida accepts the idea with a reason; Kari sees the decision and the log.
    a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beslutt «Nattlys i gangen»")).click();
    assertThat(a.locator("#decide-dialog")).isVisible();
    Axe.assertNoViolations(a, "matrix page with the decide dialog open");
    a.locator("#decide-reason").fill("Billig og trygt");
    a.locator("#decide-form button[type=submit]").click();
    assertThat(cell(b, "Nattlys i gangen", 6)).hasText("accepted: Billig og trygt");
    assertThat(b.locator("#log-list li")).hasCount(1);
    assertThat(b.locator("#log-list li")).containsText("Frida set “Nattlys i gangen” to accepted");

    // Frida switches to placing the ideas herself, places it, then nudges it with an arrow key.
    a.locator("#settings-placement").selectOption("facilitator");
    a.locator("#settings-form button[type=submit]").click();
    assertThat(b.locator("#matrix-mode")).hasText("The facilitator places the ideas.");
    a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plasser «Nattlys i gangen»")).click();
    a.locator("#point-x").fill("5");
    a.locator("#point-y").fill("5");
    a.locator("#point-y").press("Enter");
    Locator bItem = b.locator(".matrix-item").filter(new Locator.FilterOptions().setHasText("Nattlys i gangen"));
    assertThat(bItem).containsText("Feasibility: 5, Anticipated gain: 5.");
    assertThat(bItem).containsText("Field: Quick wins.");
    plotItem.focus();
    plotItem.press("ArrowLeft");
    assertThat(bItem).containsText("Feasibility: 4, Anticipated gain: 5.");
    // A mouse drag to the lower left corner places it there too.
    com.microsoft.playwright.options.BoundingBox item = plotItem.boundingBox();
    com.microsoft.playwright.options.BoundingBox plot = a.locator("#plot").boundingBox();
    a.mouse().move(item.x + item.width / 2, item.y + item.height / 2);
    a.mouse().down();
    a.mouse().move(plot.x + plot.width * 0.3, plot.y + plot.height * 0.7, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
    a.mouse().move(plot.x + plot.width * 0.05, plot.y + plot.height * 0.95, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
    a.mouse().up();
    assertThat(bItem).containsText("Feasibility: 1, Anticipated gain: 1.");
    assertThat(bItem).containsText("Field: Time sinks.");
    assertThat(a.locator("#point-dialog")).isHidden();

    // The axis names in three languages.
    a.locator(".names-details summary").click();
    a.locator("#names-x-nn").fill("Kor lett");
    a.locator("#names-x-en").fill("Ease");
    a.locator("#settings-form button[type=submit]").click();
    assertThat(b.locator("#axis-x")).containsText("Ease");
    assertThat(a.locator("#axis-x")).containsText("Gjennomførbarhet");

    a.setViewportSize(320, 800);
    Axe.assertNoViolations(a, "matrix page at 320 px");
    screenshot(a, "matrix-320.png");
    screenshot(b, "matrix-participant.png");
  }

}
