package org.samskap.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a browser test needs, as a JUnit 5 extension on a static field:
 * <pre>{@code @RegisterExtension static final BrowserFixture web = new BrowserFixture();}</pre>
 * For the class: a real server ({@link #server()}) and Debian's Chromium ({@link #browser()}),
 * the class skipped with a message when Chromium is missing. For each test: fresh browser
 * profiles, one in Bokmål ({@link #contextA()}) and one in English ({@link #contextB()}), and
 * any other made with {@link #context(String)}, all closed after the test.
 */
public final class BrowserFixture implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {
  /** Where {@link #screenshot} saves. */
  public static final Path SCREENSHOTS = Paths.get("target", "browser-screenshots");

  private final Map<String, String> settings;
  private final List<BrowserContext> contexts = new ArrayList<>();
  private TestServer server;
  private Playwright playwright;
  private Browser browser;
  private BrowserContext contextA;
  private BrowserContext contextB;

  /** A server with the default settings. */
  public BrowserFixture() {
    this(Map.of());
  }

  /** A server with extra settings, e.g. {@code Map.of("SAMSKAP_MAX_NOTE_CHARS", "300")}. */
  public BrowserFixture(Map<String, String> settings) {
    this.settings = Map.copyOf(settings);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Chromium.assumeInstalled();
    PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    server = TestServer.start(settings);
    playwright = Chromium.playwright();
    browser = Chromium.launch(playwright);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    for (BrowserContext c : contexts) c.close();
    contexts.clear();
    contextA = null;
    contextB = null;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (browser != null) browser.close();
    if (playwright != null) playwright.close();
    if (server != null) server.close();
    browser = null;
    playwright = null;
    server = null;
  }

  public TestServer server() {
    return server;
  }

  public Browser browser() {
    return browser;
  }

  /** This test's first profile, in Bokmål (nb-NO). */
  public BrowserContext contextA() {
    if (contextA == null) contextA = context("nb-NO");
    return contextA;
  }

  /** This test's second profile, in English (en-GB): another person on another device. */
  public BrowserContext contextB() {
    if (contextB == null) contextB = context("en-GB");
    return contextB;
  }

  /** A further fresh profile in {@code locale}, closed after the test. */
  public BrowserContext context(String locale) {
    BrowserContext c = Chromium.context(browser, locale);
    contexts.add(c);
    return c;
  }

  /** A page in {@code context} that echoes its console errors to the test log under {@code name}. */
  public static Page page(BrowserContext context, String name) {
    return Chromium.page(context, name);
  }

  /** Saves a full-page screenshot as target/browser-screenshots/{@code name}, for a person to look at. */
  public static void screenshot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
  }

  /** Opens a board link, joins with {@code name} and waits until the board is shown and online. */
  public static void join(Page page, String link, String name) {
    page.navigate(link);
    page.locator("#join-name").fill(name);
    page.locator("#join-form button[type=submit]").click();
    assertThat(page.locator("#board")).isVisible();
    assertThat(page.locator("#conn-status")).hasAttribute("data-state", "online");
  }
}
