package org.samskap.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import org.samskap.domain.pilot.Pilot;
import org.samskap.domain.pilot.PilotInvalid;
import org.samskap.domain.pilot.PilotStatus;
import org.samskap.pilots.PilotAccess;
import org.samskap.pilots.PilotAddresses;
import org.samskap.pilots.PilotStore;
import org.samskap.protocol.pilot.In;
import org.samskap.protocol.pilot.MeasurementCodec;
import org.samskap.protocol.pilot.PilotCodec;
import org.samskap.util.RandomIds;
import org.samskap.util.Plain;

/**
 * The pilot REST API (docs/API.md): read a pilot, change its plan, economics, gains, costs,
 * status, evaluation and decision with an optimistic revision check, and add measurements.
 * Every change is published on {@code pilot.<id>.events} once it is durable.
 */
final class PilotRoutes {
  static final int MAX_MEASUREMENTS_SHOWN = 5000;

  private final Vertx vertx;
  private final PilotStore store;
  private final PilotAccess access;

  PilotRoutes(Vertx vertx, PilotStore store, PilotAccess access) {
    this.vertx = vertx;
    this.store = store;
    this.access = access;
  }

  void mount(Router router) {
    router.route("/api/pilots*").handler(BodyHandler.create(false).setBodyLimit(BoardRoutes.MAX_BODY_BYTES));
    router.get("/api/pilots/:id").handler(this::get);
    router.put("/api/pilots/:id/plan").handler(rc -> change(rc, "plan.set",
        (in, now) -> p -> p.withPlan(PilotCodec.plan(in.object("plan")), now)));
    router.put("/api/pilots/:id/economics").handler(rc -> change(rc, "economics.set",
        (in, now) -> p -> p.withEconomics(PilotCodec.economics(in.object("economics")), now)));
    router.put("/api/pilots/:id/title").handler(rc -> change(rc, "title.set",
        (in, now) -> p -> p.retitled(in.string("title"), now)));
    router.post("/api/pilots/:id/gains").handler(rc -> change(rc, "gain.add", (in, now) -> {
      var gain = PilotCodec.gain(in.object("gain"), RandomIds.of(9));
      return p -> p.withGain(gain, now);
    }));
    router.put("/api/pilots/:id/gains/:gainId").handler(rc -> change(rc, "gain.edit", (in, now) -> {
      var gain = PilotCodec.gain(in.object("gain"), rc.pathParam("gainId"));
      return p -> {
        p.gain(gain.id());
        return p.withGain(gain, now);
      };
    }));
    router.delete("/api/pilots/:id/gains/:gainId").handler(rc -> change(rc, "gain.delete",
        (in, now) -> p -> p.withoutGain(rc.pathParam("gainId"), now)));
    router.post("/api/pilots/:id/costs").handler(rc -> change(rc, "cost.add", (in, now) -> {
      var cost = PilotCodec.cost(in.object("cost"), RandomIds.of(9));
      return p -> p.withCost(cost, now);
    }));
    router.delete("/api/pilots/:id/costs/:costId").handler(rc -> change(rc, "cost.delete",
        (in, now) -> p -> p.withoutCost(rc.pathParam("costId"), now)));
    router.post("/api/pilots/:id/status").handler(rc -> change(rc, "status.set", (in, now) -> {
      String to = in.requiredString("status");
      PilotStatus next = PilotStatus.fromWire(to).orElseThrow(() -> PilotInvalid.field("status",
          "Field 'status' must be \"planned\", \"running\" or \"evaluating\"."));
      return p -> p.advance(next, now);
    }));
    router.post("/api/pilots/:id/evaluation").handler(rc -> change(rc, "evaluation.set", (in, now) -> {
      In ev = in.object("evaluation");
      List<Pilot.GainUpdate> updates = new ArrayList<>();
      for (Object o : in.list("gainUpdates")) {
        In u = new In(asMap(o, "gainUpdates[]"), "gainUpdates[]");
        updates.add(new Pilot.GainUpdate(u.requiredString("gainId"), u.optionalNumber("expectedPerYear"), u.optionalWhole("qualityScore")));
      }
      return p -> p.evaluate(PilotCodec.evaluation(ev, now, p.round()), updates, now);
    }));
    router.post("/api/pilots/:id/decision").handler(rc -> change(rc, "decision.set",
        (in, now) -> p -> p.decide(PilotCodec.decision(in, now, p.round()), now)));
    router.post("/api/pilots/:id/measurements").handler(this::addMeasurement);
    router.delete("/api/pilots/:id/measurements/:mid").handler(this::deleteMeasurement);
  }

  /** Turns a parsed request into a change of the pilot; parsing fails before anything is read or stored. */
  interface Change {
    Function<Pilot, Pilot> parse(In body, long now);
  }

  private void get(RoutingContext rc) {
    authorize(rc, false).onSuccess(g -> g.ifPresent(granted -> view(granted.stored(), granted.role())
        .onSuccess(v -> ok(rc, 200, v)).onFailure(e -> unavailable(rc))));
  }

  private void change(RoutingContext rc, String type, Change change) {
    long now = System.currentTimeMillis();
    Function<Pilot, Pilot> apply;
    long rev;
    try {
      In in = body(rc);
      rev = revOf(rc, in);
      apply = change.parse(in, now);
    } catch (PilotInvalid e) {
      refuse(rc, e);
      return;
    }
    authorize(rc, true).onSuccess(g -> g.ifPresent(granted -> {
      PilotStore.Stored s = granted.stored();
      if (s.rev() != rev) {
        conflict(rc, s.rev());
        return;
      }
      Pilot next;
      try {
        next = apply.apply(s.pilot());
      } catch (PilotInvalid e) {
        refuse(rc, e);
        return;
      }
      store.update(next, rev).onFailure(e -> unavailable(rc)).onSuccess(written -> {
        if (!written) {
          store.find(s.pilot().id()).onComplete(ar -> conflict(rc, ar.succeeded() && ar.result().isPresent() ? ar.result().get().rev() : -1));
          return;
        }
        PilotStore.Stored after = new PilotStore.Stored(rev + 1, next, s.tokenHashes());
        publish(next.id(), new JsonObject().put("type", type).put("rev", rev + 1));
        view(after, granted.role()).onSuccess(v -> ok(rc, 200, v)).onFailure(e -> unavailable(rc));
      });
    }));
  }

  private void addMeasurement(RoutingContext rc) {
    In in;
    try {
      in = body(rc);
    } catch (PilotInvalid e) {
      refuse(rc, e);
      return;
    }
    authorize(rc, true).onSuccess(g -> g.ifPresent(granted -> {
      Pilot p = granted.stored().pilot();
      org.samskap.domain.pilot.Measurement m;
      try {
        m = MeasurementCodec.parse(in, RandomIds.of(12), p.id(), p.round(), System.currentTimeMillis());
        p.gain(m.gainId());
      } catch (PilotInvalid e) {
        refuse(rc, e);
        return;
      }
      store.addMeasurement(m).onFailure(e -> unavailable(rc)).onSuccess(v -> {
        Map<String, Object> out = MeasurementCodec.measurement(m, p.gain(m.gainId()));
        publish(p.id(), new JsonObject().put("type", "measurement.add").put("rev", granted.stored().rev())
            .put("measurement", new JsonObject(out)));
        ok(rc, 201, new JsonObject(out));
      });
    }));
  }

  private void deleteMeasurement(RoutingContext rc) {
    authorize(rc, true).onSuccess(g -> g.ifPresent(granted -> store.deleteMeasurement(granted.stored().pilot().id(), rc.pathParam("mid"))
        .onFailure(e -> unavailable(rc)).onSuccess(found -> {
          if (!found) {
            Problems.send(rc, 404, "not_found", "There is no measurement " + rc.pathParam("mid") + " in this pilot.");
            return;
          }
          publish(granted.stored().pilot().id(), new JsonObject().put("type", "measurement.delete")
              .put("rev", granted.stored().rev()).put("measurementId", rc.pathParam("mid")));
          rc.response().setStatusCode(204).end();
        })));
  }

  private Future<JsonObject> view(PilotStore.Stored s, String role) {
    return store.measurements(s.pilot().id(), null, MAX_MEASUREMENTS_SHOWN).map(ms -> PilotView.of(s, role, ms));
  }

  /** Completes with the grant, or with empty after answering 401/403/503 itself. */
  private Future<Optional<PilotAccess.Granted>> authorize(RoutingContext rc, boolean edit) {
    String auth = rc.request().getHeader("Authorization");
    String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip() : "";
    if (token.isEmpty()) {
      Problems.send(rc, 401, "missing_token", "Send a pilot token as 'Authorization: Bearer <token>'.");
      return Future.succeededFuture(Optional.empty());
    }
    return access.check(rc.pathParam("id"), token).recover(e -> {
      unavailable(rc);
      return Future.succeededFuture(null);
    }).map(g -> {
      if (g == null) return Optional.<PilotAccess.Granted>empty();
      if (g.isEmpty()) {
        Problems.send(rc, 403, "invalid_token", "The token does not open this pilot.");
      } else if (edit && !g.get().editor()) {
        Problems.send(rc, 403, "forbidden", "This token may only view the pilot.");
        return Optional.<PilotAccess.Granted>empty();
      }
      return g;
    });
  }

  private void publish(String pilotId, JsonObject event) {
    vertx.eventBus().publish(PilotAddresses.events(pilotId), event.put("pilotId", pilotId));
  }

  static In body(RoutingContext rc) {
    JsonObject body;
    try {
      body = rc.body().isEmpty() ? new JsonObject() : rc.body().asJsonObject();
    } catch (DecodeException | ClassCastException e) {
      body = null;
    }
    if (body == null) throw PilotInvalid.field("", "The body must be a JSON object.");
    return new In(Plain.map(body), "");
  }

  private static long revOf(RoutingContext rc, In in) {
    String q = rc.queryParams().get("rev");
    if (q != null) {
      try {
        return Long.parseLong(q);
      } catch (NumberFormatException e) {
        throw PilotInvalid.field("rev", "Query 'rev' must be the pilot's revision number.");
      }
    }
    if (!in.has("rev")) throw PilotInvalid.field("rev", "Field 'rev' must be the revision of the pilot you changed (from GET).");
    return in.wholeLong("rev");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o, String path) {
    if (!(o instanceof Map<?, ?> m)) throw PilotInvalid.field(path, "Field '" + path + "' must be an object.");
    return (Map<String, Object>) m;
  }

  private static void conflict(RoutingContext rc, long current) {
    rc.response().setStatusCode(409).putHeader("Content-Type", "application/json; charset=utf-8")
        .end(new JsonObject().put("error", "conflict").put("rev", current)
            .put("message", "Someone else changed this pilot first (it is now at revision " + current
                + "). Nothing was saved: reload it and make your change again.").encode());
  }

  static void refuse(RoutingContext rc, PilotInvalid e) {
    int status = switch (e.code()) {
      case "not_found" -> 404;
      case "bad_transition", "too_many" -> 409;
      default -> 400;
    };
    rc.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
        .end(new JsonObject().put("error", e.code()).put("field", e.field()).put("message", e.getMessage()).encode());
  }

  private static void unavailable(RoutingContext rc) {
    if (!rc.response().ended()) Problems.send(rc, 503, "unavailable", "The database is unavailable; try again.");
  }

  static void ok(RoutingContext rc, int status, JsonObject body) {
    rc.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-store").end(body.encode());
  }
}
