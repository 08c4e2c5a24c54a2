package org.samskap.http;

import io.vertx.ext.web.Router;

import org.samskap.board.BoardStore;

/** Rule H2: liveness is the process; readiness includes the database. */
final class HealthRoutes {
  private final BoardStore store;

  HealthRoutes(BoardStore store) {
    this.store = store;
  }

  void mount(Router router) {
    router.get("/health/live").handler(rc -> rc.json(HttpVerticle.status("up")));
    router.get("/health/ready").handler(rc -> store.ping().onComplete(ar -> {
      if (ar.succeeded()) {
        rc.json(HttpVerticle.status("ready"));
      } else {
        rc.response().setStatusCode(503).putHeader("Content-Type", "application/json")
            .end(HttpVerticle.status("database_unavailable").encode());
      }
    }));
  }
}
