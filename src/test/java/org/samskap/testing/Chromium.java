package org.samskap.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.Assumptions;

/**
 * Launches the system's Chromium (Debian's {@code /usr/bin/chromium}) headless through Playwright,
 * which never downloads a browser of its own here.
 */
public final class Chromium {
  public static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
  public static final List<String> ARGS = List.of(
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync");

  private Chromium() {}

  /** Skips the calling test class with a clear message when Chromium is not installed. */
  public static void assumeInstalled() {
    Assumptions.assumeTrue(Files.isExecutable(EXECUTABLE),
        "Chromium not found at /usr/bin/chromium: install it with apt-get install -y chromium");
  }

  public static Playwright playwright() {
    return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  public static Browser launch(Playwright playwright) {
    return playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(EXECUTABLE)
        .setHeadless(true)
        .setArgs(ARGS));
  }

  /** A fresh browser profile (own storage, like another person's device) in the given language. */
  public static BrowserContext context(Browser browser, String locale) {
    return browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1280, 900));
  }

  /** Opens a page that echoes its console errors and failed requests to the test log. */
  public static Page page(BrowserContext context, String name) {
    Page page = context.newPage();
    page.onConsoleMessage(m -> {
      if ("error".equals(m.type()) || "warning".equals(m.type())) {
        System.out.println("[" + name + " console " + m.type() + "] " + m.text());
      }
    });
    page.onPageError(e -> System.out.println("[" + name + " page error] " + e));
    page.onRequestFailed(r -> System.out.println("[" + name + " request failed] " + r.url() + " " + r.failure()));
    return page;
  }
}
