package org.samskap.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import io.vertx.core.json.JsonArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;

/**
 * The unit tests of the web client's pure modules (src/test/js/*.test.js: the session gate, the
 * outbox, the state reducers of the idea board, the matrix and the journey, limits, strings), run
 * in the Chromium of the browser tests, so {@code ./mvnw verify} needs nothing but the JDK and
 * Chromium. The test page and its files are answered by this test (Playwright routes
 * {@code /__jsunit/}) and never by the server: src/test/js is not part of web/, so production
 * does not serve them. The modules under test come from the real server at {@code /js/}.
 */
class JsUnitBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  private static final Path DIR = Paths.get("src", "test", "js");

  @Test
  void every_js_unit_test_passes() throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.list(DIR)) {
      files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".test.js")).sorted().toList();
    }
    assertTrue(files.size() >= 7, "the test files are found: " + files);

    Page page = Chromium.page(web.contextA(), "jsunit");
    page.route(web.server().baseUrl() + "/__jsunit/**", route -> serve(route, files));
    page.navigate(web.server().baseUrl() + "/__jsunit/index.html");
    page.waitForFunction("() => window.jsUnit && window.jsUnit.done", null, new Page.WaitForFunctionOptions().setTimeout(30_000));

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> results = (List<Map<String, Object>>) page.evaluate("() => window.jsUnit.results");
    List<String> failed = results.stream().filter(r -> !Boolean.TRUE.equals(r.get("ok")))
        .map(r -> r.get("file") + ": " + r.get("name") + "\n    " + r.get("error")).collect(Collectors.toList());
    System.out.println("js unit tests: " + (results.size() - failed.size()) + " of " + results.size() + " passed in " + files.size() + " files");
    assertEquals("", String.join("\n", failed), failed.size() + " of " + results.size() + " JS unit tests failed");
    for (String f : files) {
      assertTrue(results.stream().anyMatch(r -> f.equals(r.get("file"))), f + " ran at least one test");
    }
    assertTrue(results.size() >= 30, "all the tests ran (" + results.size() + ")");
  }

  /** Answers /__jsunit/<name> from src/test/js, and tests.json with the list of test files. */
  private static void serve(Route route, List<String> files) {
    String name = route.request().url().replaceFirst("^.*/__jsunit/", "").replaceFirst("[?#].*$", "");
    try {
      if (name.equals("tests.json")) {
        route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("application/json")
            .setBody(new JsonArray(files).encode()));
        return;
      }
      Path file = DIR.resolve(name).normalize();
      if (!file.startsWith(DIR) || !Files.isRegularFile(file)) {
        route.fulfill(new Route.FulfillOptions().setStatus(404).setBody("not found"));
        return;
      }
      String type = name.endsWith(".html") ? "text/html; charset=utf-8" : "text/javascript; charset=utf-8";
      route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType(type).setBody(Files.readString(file)));
    } catch (IOException e) {
      route.fulfill(new Route.FulfillOptions().setStatus(500).setBody(e.toString()));
    }
  }
}
