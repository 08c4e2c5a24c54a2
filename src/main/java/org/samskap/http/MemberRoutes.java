package org.samskap.http;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.samskap.auth.Principal;
import org.samskap.auth.SignInRefused;
import org.samskap.domain.Reason;
import org.samskap.domain.projects.MemberRole.Action;
import org.samskap.projects.MemberService;
import org.samskap.projects.ProjectRoles;

/**
 * Project members, invites and join links, a person's data and the administrator's list
 * (docs/API.md PM1-PM9). Each project route goes through the one access path
 * ({@link ProjectGate}, PM2); joining and accepting need a signed-in person instead of a role.
 * Mounted after the project routes, whose body handler covers {@code /api/projects*}.
 */
final class MemberRoutes {
  private final MemberService service;
  private final ProjectGate gate;
  private final String publicUrl;
  private final java.util.function.LongSupplier clock;
  private org.samskap.projects.BoardLinks links;

  MemberRoutes(MemberService service, ProjectGate gate, String publicUrl, java.util.function.LongSupplier clock) {
    this.service = service;
    this.gate = gate;
    this.publicUrl = publicUrl;
    this.clock = clock;
  }

  /** Rule PM10: mounts the member board-link route. */
  MemberRoutes links(org.samskap.projects.BoardLinks links) {
    this.links = links;
    return this;
  }

  void mount(Router router) {
    router.get("/api/projects/:id/members").handler(rc -> gate.authorised(rc, Action.READ, g -> Problems.ok(rc, 200,
        MemberService.members(g.stored().project(), ProjectRoles.allows(g.role(), Action.MEMBERS), clock.getAsLong())
            .put("rev", g.stored().rev()).put("role", g.role()))));
    router.post("/api/projects/:id/invites").handler(rc -> body(rc, b -> gate.authorised(rc, Action.MEMBERS, g ->
        answer(rc, 201, service.invite(g.projectId(), text(b, "email"), text(b, "role"), g.personName())))));
    router.delete("/api/projects/:id/invites/:email").handler(rc -> gate.authorised(rc, Action.MEMBERS, g ->
        answer(rc, 200, service.dropInvite(g.projectId(), rc.pathParam("email")))));
    router.patch("/api/projects/:id/members/:subject").handler(rc -> body(rc, b -> gate.authorised(rc, Action.MEMBERS, g ->
        answer(rc, 200, service.setRole(g.projectId(), rc.pathParam("subject"), text(b, "role"))))));
    // PM3: an owner removes anyone (not the last owner); a member may leave, which needs only READ.
    router.delete("/api/projects/:id/members/:subject").handler(rc -> gate.who(rc).onFailure(e -> ProjectGate.refuse(rc, e))
        .onSuccess(p -> gate.authorised(rc, p.isStaff() && p.subject().equals(rc.pathParam("subject")) ? Action.READ : Action.MEMBERS,
            g -> answer(rc, 200, service.remove(g.projectId(), rc.pathParam("subject"))))));
    router.post("/api/projects/:id/join-links").handler(rc -> body(rc, b -> gate.authorised(rc, Action.MEMBERS, g ->
        service.makeLink(g.projectId(), text(b, "role"), b.getValue("hours")).onFailure(e -> Problems.fail(rc, e))
            .onSuccess(l -> Problems.ok(rc, 201, new JsonObject().put("id", l.id()).put("token", l.token()).put("expiresAt", l.expiresAt())
                .put("link", BoardRoutes.base(rc, publicUrl) + "/pr/" + g.projectId() + "#j=" + l.token()))))));
    if (links != null) { // PM10: a member's own link to a board of the project
      router.post("/api/projects/:id/boards/:boardId/link").handler(rc -> gate.authorised(rc, Action.READ, g ->
          links.mint(g, rc.pathParam("boardId")).onFailure(e -> Problems.fail(rc, e)).onSuccess(m -> Problems.ok(rc, 201,
              new JsonObject().put("boardId", rc.pathParam("boardId")).put("role", m.role().wire()).put("token", m.token())
                  .put("link", BoardRoutes.base(rc, publicUrl) + "/b/" + rc.pathParam("boardId") + "#t=" + m.token())))));
    }
    router.post("/api/projects/:id/join").handler(rc -> body(rc, b -> signedIn(rc, p ->
        answer(rc, 200, service.join(rc.pathParam("id"), text(b, "token"), p)))));
    router.post("/api/projects/:id/accept").handler(rc -> signedIn(rc, p -> answer(rc, 200, service.accept(rc.pathParam("id"), p))));
    router.get("/api/me/data").handler(rc -> signedIn(rc, p -> service.myData(p).onFailure(e -> Problems.fail(rc, e))
        .onSuccess(j -> Problems.ok(rc, 200, j))));
    router.get("/api/admin/projects").handler(rc -> signedIn(rc, p -> {
      if (!p.isAdmin()) {
        Problems.send(rc, Reason.ADMIN_ONLY, "Only an administrator sees every project.");
        return;
      }
      service.all().onFailure(e -> Problems.fail(rc, e)).onSuccess(a -> Problems.ok(rc, 200, new JsonObject().put("projects", a)));
    }));
  }

  /** Calls {@code then} with the signed-in person; else 401 {@code sign_in_required} (or the S7 refusal). */
  private void signedIn(RoutingContext rc, java.util.function.Consumer<Principal> then) {
    gate.who(rc).onFailure(e -> ProjectGate.refuse(rc, e)).onSuccess(p -> {
      if (p.isStaff()) then.accept(p);
      else ProjectGate.refuse(rc, new SignInRefused("sign_in_required", 401, "Sign in as staff to do this."));
    });
  }

  private static void answer(RoutingContext rc, int status, io.vertx.core.Future<Long> change) {
    change.onFailure(e -> Problems.fail(rc, e)).onSuccess(rev -> Problems.ok(rc, status, new JsonObject().put("rev", rev)));
  }

  private static void body(RoutingContext rc, java.util.function.Consumer<JsonObject> then) {
    JsonObject b;
    try {
      b = rc.body().asJsonObject();
    } catch (DecodeException | ClassCastException e) {
      b = null;
    }
    if (b == null) Problems.send(rc, Reason.BAD_REQUEST, "The body must be a JSON object.");
    else then.accept(b);
  }

  private static String text(JsonObject body, String field) {
    return body.getValue(field) instanceof String s ? s : null;
  }
}
