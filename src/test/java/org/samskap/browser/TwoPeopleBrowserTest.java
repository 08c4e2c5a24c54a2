package org.samskap.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.samskap.testing.TestServer;

/**
 * What a browser test of two people on one board needs: a real server and Debian's Chromium
 * for the class (skipped with a message when Chromium is missing), and for each test two fresh
 * browser profiles, one in Bokmål ({@link #contextA}) and one in English ({@link #contextB}).
 */
abstract class TwoPeopleBrowserTest {
  protected static TestServer server;
  protected static Playwright playwright;
  protected static Browser browser;

  protected BrowserContext contextA;
  protected BrowserContext contextB;

  @BeforeAll
  static void startServerAndBrowser() {
    Chromium.assumeInstalled();
    PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    server = TestServer.start();
    playwright = Chromium.playwright();
    browser = Chromium.launch(playwright);
  }

  @AfterAll
  static void stopServerAndBrowser() {
    if (browser != null) browser.close();
    if (playwright != null) playwright.close();
    if (server != null) server.close();
    browser = null;
    playwright = null;
    server = null;
  }

  @BeforeEach
  void openContexts() {
    contextA = Chromium.context(browser, "nb-NO");
    contextB = Chromium.context(browser, "en-GB");
  }

  @AfterEach
  void closeContexts() {
    if (contextA != null) contextA.close();
    if (contextB != null) contextB.close();
  }
}
