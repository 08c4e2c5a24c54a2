package org.samskap.http;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves the web app's HTML pages (web/*.html) with the head every page shares written once, in
 * web/parts/head.html: a page's {@code <!--#head-->} is replaced by it. Everything else under
 * web/ is served as it is by the static handler. There is no build step: the files are read as
 * they are deployed (no cache, as the static handler).
 */
final class Pages implements Handler<RoutingContext> {
  static final String MARK = "<!--#head-->";
  private static final String ROOT = "webroot";

  private final Vertx vertx;

  Pages(Vertx vertx) {
    this.vertx = vertx;
  }

  /** Mounts the handler for / and every /<name>.html (before the static handler). */
  void mount(Router router) {
    router.get("/").handler(this);
    router.getWithRegex("/[A-Za-z0-9_-]+\\.html").handler(this);
  }

  @Override
  public void handle(RoutingContext rc) {
    String path = rc.normalizedPath();
    String file = ROOT + ("/".equals(path) ? "/index.html" : path);
    vertx.fileSystem().readFile(file).onComplete(page -> {
      if (page.failed()) {
        rc.next(); // not a page of ours: the static handler answers (404)
        return;
      }
      String html = page.result().toString("UTF-8");
      if (!html.contains(MARK)) {
        send(rc, html);
        return;
      }
      vertx.fileSystem().readFile(ROOT + "/parts/head.html").onComplete(head -> {
        if (head.failed()) {
          rc.fail(500, head.cause());
          return;
        }
        send(rc, html.replace(MARK, head.result().toString("UTF-8").strip()));
      });
    });
  }

  private static void send(RoutingContext rc, String html) {
    rc.response()
        .putHeader("Content-Type", "text/html;charset=UTF-8")
        .putHeader("Cache-Control", "no-cache")
        .end(html);
  }
}
