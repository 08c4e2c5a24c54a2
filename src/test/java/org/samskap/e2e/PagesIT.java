package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.samskap.testing.TestServer;

/**
 * The web app's pages share one head (web/parts/head.html), which the server puts in place of a
 * page's {@code <!--#head-->}: every page, under its own URL, starts with the charset, the
 * viewport and the app's stylesheet, and keeps its own title and the security headers.
 */
class PagesIT {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void every_page_has_the_shared_head_once_then_its_own_title() {
    String ideas = new JsonObject(server.post("/api/boards", new JsonObject().put("title", "Sider").encode()).body()).getString("id");
    String matrix = new JsonObject(server.post("/api/boards",
        new JsonObject().put("kind", "matrix").put("title", "Sider").encode()).body()).getString("id");
    for (String path : List.of("/", "/index.html", "/board.html", "/matrix.html", "/journey.html", "/pilot.html", "/vote.html",
        "/b/" + ideas, "/b/" + matrix, "/v/some-poll", "/b/unknown-board")) {
      HttpResponse<String> r = server.get(path);
      assertEquals(200, r.statusCode(), path);
      String html = r.body();
      String head = html.substring(html.indexOf("<head>") + 6, html.indexOf("</head>")).strip();
      assertTrue(head.startsWith("<meta charset=\"utf-8\">"), path + " starts its head with the charset: " + head);
      assertEquals(1, count(html, "<meta charset="), path);
      assertEquals(1, count(html, "name=\"viewport\""), path);
      assertEquals(1, count(html, "href=\"/css/app.css\""), path);
      assertEquals(1, count(html, "<title"), path);
      assertFalse(html.contains("<!--#head-->"), path + " has its head filled in");
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
      assertTrue(r.headers().firstValue("Content-Security-Policy").isPresent(), path + " keeps the CSP");
    }
    assertTrue(server.get("/matrix.html").body().contains("/css/matrix.css"), "a page keeps its own stylesheets");
    assertEquals(404, server.get("/no-such-page.html").statusCode());
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
    return n;
  }
}
