package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
 * Issue 16, "Done when", as a new user would go: start a project on the home page, make an idea
 * board in phase 3 from the project page, work on it with a second person, tick checklist items,
 * record a decision (seen live on a second tab), close the tab, find the project again on the home
 * page; axe-core finds no WCAG 2.1 AA violation on the project page in nb, nn and en.
 */
class ProjectBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  @Test
  void a_new_user_runs_a_project_through_a_phase_and_finds_it_again_on_the_home_page() {
    Page home = Chromium.page(web.contextA(), "owner");
    home.navigate(web.server().baseUrl() + "/");
    // Starting a project is the first thing the home page offers.
    assertThat(home.locator("main h2").first()).hasText("Start et innovasjonsprosjekt");
    home.getByLabel("Prosjektets navn").fill("Trygg heime om natta");
    home.getByLabel("Problemet dere vil løse").fill("Mange fall om natta");
    home.getByLabel("Mål", new Page.GetByLabelOptions().setExact(true)).fill("Halvere falla innen ett år");
    home.getByLabel("Kommune/enhet").fill("Helse og omsorg");
    home.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start prosjektet")).click();
    home.waitForURL("**/pr/**");
    Page project = home;
    assertThat(project.locator("h1")).hasText("Trygg heime om natta");
    assertThat(project.locator(".phase--current")).containsText("Forankring");
    project.getByLabel("Ditt navn (vises ved avkryssinger og veivalg)").fill("Kari");

    // An idea board (with its matrix) in phase 3 from the phase's template, made from the project page, keyboard only.
    project.locator("#track button[data-phase='3']").focus();
    project.keyboard().press("Enter");
    assertThat(project.locator("#phase-h2")).hasText("Fase 3: Tjenesteutvikling");
    project.getByLabel("Mal", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Idéutvikling og prioritering (idétavle + matrise)"));
    assertThat(project.getByLabel("Type tavle")).isHidden();
    project.getByLabel("Navn på tavla").fill("Trygg natt");
    project.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag tavla")).click();
    assertThat(project.locator("#board-made-text")).hasText("2 tavler er laget i fase 3.");
    String participantLink = project.getByLabel("Lenke for deltakere til «Trygg natt – idéer» (del denne)").inputValue();
    Locator boardLink = project.locator("#boards a", new Page.LocatorOptions().setHasText("Trygg natt – idéer"));
    assertThat(boardLink).isVisible();
    assertThat(project.locator("#boards")).containsText("Trygg natt – prioritering (Prioriteringsmatrise)");

    // PJ20: the idea board saved as a template of this project is offered in phase 3.
    project.getByLabel("Navn på malen").fill("Vår idémal");
    project.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre som mal")).click();
    assertThat(project.locator("#status")).hasText("Malen «Vår idémal» er lagret. Den tilbys når du lager en tavle i denne fasen.");
    assertThat(project.locator("#board-template option", new Page.LocatorOptions().setHasText("Vår idémal (lagret i prosjektet)"))).hasCount(1);
    // PJ19: phase 4's guide explains the step and links to the project's matrix.
    project.locator("#track button[data-phase='4']").click();
    project.getByLabel("Mal", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Pilot fra en akseptert idé (veiledning)"));
    assertThat(project.locator("#template-guide-text")).containsText("Lag pilot");
    assertThat(project.locator("#template-guide-links a")).hasText("Åpne matrisen «Trygg natt – prioritering» og lag piloten der");
    assertThat(project.locator("#board-create")).isHidden();
    project.locator("#track button[data-phase='3']").click();

    // A second tab on the project, to see the decision arrive live.
    Page watcher = Chromium.page(web.contextA(), "watcher");
    watcher.navigate(web.server().baseUrl() + "/pr/" + project.url().replaceAll(".*/pr/", "").replaceAll("#.*", ""));
    assertThat(watcher.locator("h1")).hasText("Trygg heime om natta");

    // The facilitator opens the board from the project; a second person joins with the participant link.
    Page board = Chromium.page(web.contextA(), "facilitator");
    board.navigate(boardLink.getAttribute("href")); // the name given on the project page is this browser's name on boards too
    assertThat(board.locator("#board")).isVisible();
    assertThat(board.locator("#conn-status")).hasAttribute("data-state", "online");
    Page second = Chromium.page(web.contextB(), "second");
    BrowserFixture.join(second, participantLink, "Ola");
    second.locator("#note-text").fill("Sensor som tenner lyset når beboeren står opp");
    second.locator("#add-form button[type=submit]").click();
    assertThat(board.locator(".note").filter(new Locator.FilterOptions().setHasText("Sensor som tenner lyset"))).isVisible();
    // PJ18: the facilitator's board header links back to the project; a participant sees no such link.
    String projectPath = "/pr/" + project.url().replaceAll(".*/pr/", "").replaceAll("#.*", "");
    Locator back = board.locator("header #project-link");
    assertThat(back).hasText("Til prosjektet (fase 3)");
    assertThat(back).hasAttribute("href", projectPath);
    assertThat(second.locator("#project-link")).hasCount(0);
    second.close();
    back.click();
    board.waitForURL("**" + projectPath);
    assertThat(board.locator("h1")).hasText("Trygg heime om natta");
    board.close();

    // Checklist: two items of phase 3 ticked, one with a note.
    project.getByLabel("Notat til «Gjennomført idéutvikling?»").fill("Verksted med brukere og ansatte");
    project.getByLabel("Gjennomført idéutvikling?", new Page.GetByLabelOptions().setExact(true)).check();
    assertThat(project.locator("#checklist li").first()).containsText("Kari krysset av");
    project.getByLabel("Testet løsningsforslag?", new Page.GetByLabelOptions().setExact(true)).check();
    assertThat(project.locator("#track button[data-phase='3']")).containsText("2 av 6 punkter");

    // A decision: from phase 1 on to phase 2; the other tab shows it without a reload.
    project.getByLabel("Videre til neste fase").check();
    project.getByLabel("Anbefaling").fill("Problemet og målet er forankret i ledergruppa");
    project.getByLabel("Lenker til dokumentasjon (én per linje)").fill("/b/eksempel");
    project.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer veivalget")).click();
    assertThat(project.locator("#status")).hasText("Veivalget er registrert. Prosjektet er nå i fase 2.");
    assertThat(project.locator(".phase--current")).containsText("Innsikt");
    assertThat(project.locator(".phase--done")).containsText("Forankring");
    assertThat(watcher.locator("#decisions")).containsText("Problemet og målet er forankret i ledergruppa");
    assertThat(watcher.locator(".phase--current")).containsText("Innsikt");

    com.microsoft.playwright.Download download = project.waitForDownload(() -> project.getByRole(AriaRole.BUTTON,
        new Page.GetByRoleOptions().setName("Last ned prosjektet (zip)")).click());
    org.junit.jupiter.api.Assertions.assertEquals("samskap-project.zip", download.suggestedFilename());

    Axe.assertNoViolations(project, "project page (nb)");
    project.locator(".lang-choice[data-lang='nn']").click();
    assertThat(project.locator("#phase-h2")).hasText(Pattern.compile("Fase 2: Innsikt"));
    assertThat(project.locator("#decisions-h2")).hasText("Vegval");
    Axe.assertNoViolations(project, "project page (nn)");
    project.locator(".lang-choice[data-lang='en']").click();
    assertThat(project.locator("#decisions-h2")).hasText("Decisions (veivalg)");
    Axe.assertNoViolations(project, "project page (en)");
    project.locator(".lang-choice[data-lang='nb']").click();

    // Close the tabs; the home page lists the project, and search finds it by title.
    project.close();
    watcher.close();
    Page again = Chromium.page(web.contextA(), "again");
    again.navigate(web.server().baseUrl() + "/");
    Locator listed = again.locator("#projects-list a", new Page.LocatorOptions().setHasText("Trygg heime om natta"));
    assertThat(listed).isVisible();
    assertThat(again.locator("#projects-list")).containsText("Fase 2: Innsikt");
    again.getByLabel("Søk etter tittel").fill("finnes ikke");
    assertThat(again.locator("#projects-list")).hasText("Ingen prosjekter passer søket.");
    again.getByLabel("Søk etter tittel").fill("trygg");
    listed.click();
    again.waitForURL("**/pr/**");
    assertThat(again.locator("#decisions")).containsText("Problemet og målet er forankret i ledergruppa");
    assertThat(again.locator("#checklist")).isVisible();
  }
}
