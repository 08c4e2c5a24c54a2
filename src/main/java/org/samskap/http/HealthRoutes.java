package org.samskap.http;

import io.vertx.ext.web.Router;

import org.samskap.board.BoardStore;
import org.samskap.board.LoadShedding;

/**
 * Rule H2: liveness is the process; readiness includes the database. Rule O4: readiness also
 * answers 503 {@code overloaded} while the node sheds load, without asking the slow database.
 * Rule H5: and 503 {@code starting} until the start-up steps deferred past listening are done.
 */
final class HealthRoutes {
  private final BoardStore store;
  private final LoadShedding shedding;
  private final java.util.function.BooleanSupplier stopping;
  private final DeferredStart deferred;

  HealthRoutes(BoardStore store, LoadShedding shedding, java.util.function.BooleanSupplier stopping, DeferredStart deferred) {
    this.store = store;
    this.shedding = shedding == null ? LoadShedding.NONE : shedding;
    this.stopping = stopping;
    this.deferred = deferred;
  }

  void mount(Router router) {
    router.get("/health/live").handler(rc -> rc.json(HttpVerticle.status("up")));
    router.get("/health/ready").handler(rc -> {
      if (stopping.getAsBoolean()) { // rule R7: a load balancer stops sending new clients here
        rc.response().setStatusCode(503).putHeader("Content-Type", "application/json")
            .end(HttpVerticle.status("shutting_down").encode());
        return;
      }
      LoadShedding.Cause overload = shedding.overload();
      if (overload != null) {
        rc.response().setStatusCode(503).putHeader("Content-Type", "application/json").putHeader("Retry-After", "1")
            .end(HttpVerticle.status("overloaded").put("reason", overload.code()).encode());
        return;
      }
      if (!deferred.readyOrRetry()) { // rule H5: the steps deferred past listening are not all done yet
        rc.response().setStatusCode(503).putHeader("Content-Type", "application/json").putHeader("Retry-After", "1")
            .end(HttpVerticle.status("starting").encode());
        return;
      }
      ready(rc);
    });
  }

  private void ready(io.vertx.ext.web.RoutingContext rc) {
    store.ping().onComplete(ar -> {
      if (ar.succeeded()) {
        rc.json(HttpVerticle.status("ready"));
      } else {
        rc.response().setStatusCode(503).putHeader("Content-Type", "application/json")
            .end(HttpVerticle.status("database_unavailable").encode());
      }
    });
  }
}
