package org.samskap.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import org.samskap.domain.pilots.Pilot;
import org.samskap.domain.pilots.PilotInvalid;
import org.samskap.domain.pilots.PilotStatus;
import org.samskap.pilots.PilotAccess;
import org.samskap.pilots.PilotService;
import org.samskap.util.Plain;
import org.samskap.protocol.pilots.In;
import org.samskap.protocol.pilots.MeasurementCodec;
import org.samskap.protocol.pilots.PilotCodec;
import org.samskap.util.RandomIds;
import org.samskap.util.Plain;

/**
 * The pilot REST API (docs/API.md): read a pilot, change its plan, economics, gains, costs,
 * status, evaluation and decision, and add measurements. It parses each request into a change
 * of the pilot, authorises it (PL0) and hands it to {@link PilotService}, which checks the
 * revision (PL3), stores and publishes (PL5).
 */
final class PilotRoutes {
  private final PilotService service;
  private final PilotAccess access;

  PilotRoutes(PilotService service, PilotAccess access) {
    this.service = service;
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
    router.post("/api/pilots/:id/links/:role/rotate").handler(this::rotate); // rule PL8
    router.delete("/api/pilots/:id/measurements/:mid").handler(this::deleteMeasurement);
  }

  /** Rule PL8: an editor replaces the editor or viewer link; the old token is refused afterwards. */
  private void rotate(RoutingContext rc) {
    String role = rc.pathParam("role");
    if (!PilotAccess.EDITOR.equals(role) && !PilotAccess.VIEWER.equals(role)) {
      Problems.send(rc, org.samskap.domain.Reason.BAD_REQUEST, "The link to rotate is 'editor' or 'viewer'.");
      return;
    }
    PilotAuth.check(rc, access, true).onSuccess(g -> g.ifPresent(granted ->
        access.rotate(granted.stored(), role, FacilitatorAuth.bearer(rc)).onFailure(e -> Problems.fail(rc, e)).onSuccess(r -> {
          if (r.isEmpty()) {
            Problems.send(rc, org.samskap.domain.Reason.CONFLICT, "The link was changed meanwhile; reload and try again.");
            return;
          }
          String id = granted.stored().pilot().id();
          Problems.ok(rc, 201, new JsonObject().put("role", role).put("token", r.get().token())
              .put("link", "/p/" + id + "#t=" + r.get().token()).put("self", r.get().self()));
        })));
  }

  /** Turns a parsed request into a change of the pilot; parsing fails before anything is read or stored. */
  interface Change {
    Function<Pilot, Pilot> parse(In body, long now);
  }

  private void get(RoutingContext rc) {
    PilotAuth.check(rc, access, false).onSuccess(g -> g.ifPresent(granted -> service.view(granted.stored())
        .onSuccess(v -> Problems.ok(rc, 200, PilotView.of(v, granted.role()))).onFailure(e -> Problems.fail(rc, e))));
  }

  private void change(RoutingContext rc, String type, Change change) {
    Function<Pilot, Pilot> apply;
    long rev;
    try {
      In in = body(rc);
      rev = revOf(rc, in);
      apply = change.parse(in, service.now());
    } catch (PilotInvalid e) {
      Problems.send(rc, PilotService.refused(e));
      return;
    }
    PilotAuth.check(rc, access, true).onSuccess(g -> g.ifPresent(granted -> service.change(granted.stored(), type, rev, apply)
        .onSuccess(v -> Problems.ok(rc, 200, PilotView.of(v, granted.role()))).onFailure(e -> Problems.fail(rc, e))));
  }

  private void addMeasurement(RoutingContext rc) {
    In in;
    try {
      in = body(rc);
    } catch (PilotInvalid e) {
      Problems.send(rc, PilotService.refused(e));
      return;
    }
    PilotAuth.check(rc, access, true).onSuccess(g -> g.ifPresent(granted -> service.addMeasurement(granted.stored(), in)
        .onSuccess(a -> Problems.ok(rc, 201, new JsonObject(MeasurementCodec.measurement(a.measurement(), a.gain()))))
        .onFailure(e -> Problems.fail(rc, e))));
  }

  private void deleteMeasurement(RoutingContext rc) {
    PilotAuth.check(rc, access, true).onSuccess(g -> g.ifPresent(granted -> service.deleteMeasurement(granted.stored(), rc.pathParam("mid"))
        .onSuccess(v -> rc.response().setStatusCode(204).end()).onFailure(e -> Problems.fail(rc, e))));
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
}
