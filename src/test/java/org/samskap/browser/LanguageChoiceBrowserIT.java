package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Axe;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;

/**
 * Bokmål, Nynorsk and English on every page (Målloven): each page has the same labelled group
 * of three language buttons, the choice sets {@code <html lang>} and is remembered, and every
 * string table has a Nynorsk and an English string for each Bokmål one.
 */
class LanguageChoiceBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  /** The feature folders of web/js; each holds its strings in strings.js (addStrings({nb, nn, en})). */
  private static final List<String> FOLDERS = stringFolders();

  /**
   * Every feature folder of web/js that has a strings.js, found on disk, so a new board kind's
   * folder is checked without an edit here; the nine folders of today must be among them.
   */
  private static List<String> stringFolders() {
    try (java.util.stream.Stream<java.nio.file.Path> dirs = java.nio.file.Files.list(java.nio.file.Path.of("web", "js"))) {
      List<String> found = dirs.filter(d -> java.nio.file.Files.isRegularFile(d.resolve("strings.js")))
          .map(d -> d.getFileName().toString()).sorted().toList();
      List<String> known = List.of("core", "ideas", "home", "session", "vote", "exports", "matrix", "journey", "pilot");
      if (!found.containsAll(known)) throw new IllegalStateException("web/js folders with strings.js: " + found + ", expected at least " + known);
      return found;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
  /** String tables beside a folder's strings.js (a part of the page that loads its own strings). */
  private static final List<String> EXTRA_MODULES = List.of("project/lifecycle-strings.js");

  /** The modules that hold string tables, imported in the page by the completeness check. */
  private static final List<String> STRING_MODULES = java.util.stream.Stream.concat(
      FOLDERS.stream().map(f -> f + "/strings.js"), EXTRA_MODULES.stream()).toList();

  /**
   * Runs in the page: imports every folder's strings and, for each folder's table, lists the nb
   * keys that have no nn or en string, the nn or en keys that are not in nb, and the keys whose
   * {placeholders} differ from nb's; and lists the keys that two folders both define (one
   * namespace: the second would never be shown).
   */
  private static final String COMPLETENESS = """
      async (modules) => {
        const tables = {};
        for (const m of modules) tables[m] = (await import('/js/' + m)).STRINGS;
        const placeholders = (s) => [...s.matchAll(/\\{(\\w+)\\}/g)].map((m) => m[1]).sort().join(',');
        const report = {};
        const owner = {};
        const twice = [];
        for (const [name, t] of Object.entries(tables)) {
          const nb = Object.keys(t.nb);
          report[name + '.nb'] = nb.length;
          for (const k of nb) {
            if (owner[k]) twice.push(k + ' (' + owner[k] + ', ' + name + ')');
            owner[k] = name;
          }
          for (const l of ['nn', 'en']) {
            const other = t[l] || {};
            const problems = [
              ...nb.filter((k) => !(k in other)).map((k) => 'missing ' + k),
              ...Object.keys(other).filter((k) => !(k in t.nb)).map((k) => 'not in nb: ' + k),
              ...nb.filter((k) => k in other && placeholders(t.nb[k]) !== placeholders(other[k]))
                .map((k) => 'placeholders differ: ' + k),
              ...nb.filter((k) => k in other && !String(other[k]).trim()).map((k) => 'empty: ' + k),
            ];
            report[name + '.' + l] = problems.join('; ');
          }
        }
        report.twice = twice.join('; ');
        return report;
      }""";

  @Test
  void every_bokmal_string_has_a_nynorsk_and_an_english_string_with_the_same_placeholders() {
    Page page = Chromium.page(web.contextA(), "A");
    page.navigate(web.server().baseUrl() + "/");
    @SuppressWarnings("unchecked")
    Map<String, Object> report = (Map<String, Object>) page.evaluate(COMPLETENESS, STRING_MODULES);
    assertEquals("", report.get("twice"), "keys that two folders define");
    for (String table : STRING_MODULES) {
      int count = ((Number) report.get(table + ".nb")).intValue();
      assertTrue(count > 10, table + " has its Bokmål strings (" + count + ")"); // privacy/ has 15
      assertEquals("", report.get(table + ".nn"), "Nynorsk table of " + table);
      assertEquals("", report.get(table + ".en"), "English table of " + table);
      System.out.println("strings: " + table + " has " + count + " keys in nb, nn and en");
    }
  }

  @Test
  void every_module_with_a_string_table_is_in_the_completeness_check() throws IOException {
    Path js = Paths.get("web", "js");
    Set<String> withTables;
    try (Stream<Path> files = Files.walk(js)) {
      withTables = files.filter(p -> p.toString().endsWith(".js")).filter(LanguageChoiceBrowserIT::holdsStrings)
          .map(p -> js.relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(new TreeSet<>(STRING_MODULES), withTables,
        "a new string module must be added to the completeness check (and get nn and en tables)");
  }

  /** A module that registers strings: a line that starts with an addStrings({ call. */
  private static final Pattern STRINGS_CALL = Pattern.compile("(?m)^(?:export const \\w+ = )?addStrings\\(\\{");

  private static boolean holdsStrings(Path p) {
    try {
      String s = Files.readString(p);
      return STRINGS_CALL.matcher(s).find() || s.contains("STRINGS = {") || s.contains("_NN = {") || s.contains("NN = {");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void a_key_missing_in_nynorsk_shows_the_bokmal_string_never_the_raw_key() {
    Page page = Chromium.page(web.contextA(), "A");
    page.navigate(web.server().baseUrl() + "/");
    Object shown = page.evaluate("""
        async () => {
          const i18n = await import('/js/core/i18n.js');
          i18n.addStrings({ nb: { 'test.onlyNb': 'Bare på bokmål, {n}' }, en: { 'test.onlyNb': 'English, {n}' } });
          i18n.setLang('nn');
          return [i18n.lang(), i18n.t('test.onlyNb', { n: 2 }), i18n.t('cancel')];
        }""");
    assertEquals(List.of("nn", "Bare på bokmål, 2", "Avbryt"), shown);
  }

  @Test
  void nynorsk_chosen_on_the_board_page_sets_the_language_survives_a_reload_and_passes_axe() {
    JsonObject board = web.server().createBoard("Kvardagsmeistring");
    Page page = Chromium.page(web.contextA(), "A");
    page.navigate(board.getJsonObject("links").getString("facilitator"));
    page.locator("#join-name").fill("Kari");
    page.locator("#join-form button[type=submit]").click();
    assertThat(page.locator("#conn-status")).hasAttribute("data-state", "online");

    Locator group = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Språk"));
    Locator nynorsk = group.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Nynorsk"));
    Locator bokmal = group.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bokmål"));
    assertThat(group.getByRole(AriaRole.BUTTON)).hasCount(3);
    assertThat(bokmal).hasAttribute("aria-pressed", "true");
    assertThat(nynorsk).hasAttribute("aria-pressed", "false");
    assertThat(nynorsk).hasAttribute("lang", "nn");

    // Chosen with the keyboard: focus the button, press Space.
    nynorsk.focus();
    page.keyboard().press("Space");
    assertThat(page.locator("html")).hasAttribute("lang", "nn");
    assertThat(nynorsk).hasAttribute("aria-pressed", "true");
    assertThat(bokmal).hasAttribute("aria-pressed", "false");
    assertThat(page.locator("#conn-status")).hasText("Tilkopla");
    assertThat(page.locator("#cluster-none")).hasText("Ingen grupper enno.");
    assertThat(page.locator("#keyboard-help")).containsText("Piltastane flyttar lappen 10 punkt");
    Axe.assertNoViolations(page, "board page in Nynorsk");

    page.reload();
    assertThat(page.locator("#conn-status")).hasAttribute("data-state", "online");
    assertThat(page.locator("html")).hasAttribute("lang", "nn");
    assertThat(page.locator("#conn-status")).hasText("Tilkopla");
    assertThat(nynorsk).hasAttribute("aria-pressed", "true");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
    assertThat(page.locator("html")).hasAttribute("lang", "en");
    assertThat(page.locator("#lang-switch")).hasAttribute("aria-label", "Language");
    assertThat(page.locator("#conn-status")).hasText("Connected");
  }

  @Test
  void the_remembered_nynorsk_choice_holds_on_the_front_page_the_matrix_and_the_journey() {
    Page page = Chromium.page(web.contextA(), "A");
    page.navigate(web.server().baseUrl() + "/");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nynorsk")).click();
    assertThat(page.locator("html")).hasAttribute("lang", "nn");
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag tavla"))).isVisible();
    Axe.assertNoViolations(page, "front page in Nynorsk");
    page.evaluate("localStorage.setItem('samskap.name', 'Kari')");

    for (String[] kind : new String[][] {{"matrix", "Idéar"}, {"journey", "Noverande tenestereise"}}) {
      JsonObject created = new JsonObject(web.server().post("/api/boards",
          new JsonObject().put("kind", kind[0]).put("title", "Tavle " + kind[0]).encode()).body());
      page.navigate(created.getJsonObject("links").getString("facilitator"));
      assertThat(page.locator("#conn-status")).hasAttribute("data-state", "online");
      assertThat(page.locator("html")).hasAttribute("lang", "nn");
      assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nynorsk")))
          .hasAttribute("aria-pressed", "true");
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(kind[1]).setExact(true))).isVisible();
      assertThat(page.locator("#conn-status")).hasText("Tilkopla");
    }
  }
}
