package org.samskap.http;

import java.util.function.BiConsumer;

import io.vertx.core.Future;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import org.samskap.domain.Reason;
import org.samskap.domain.projects.MemberRole.Action;
import org.samskap.projects.ProjectAccess;
import org.samskap.projects.ProjectRoles;
import org.samskap.projects.ProjectService;

/**
 * The project REST API (docs/API.md, "Projects"): create a project (its owner link shown once),
 * read it, show the owner link again, rotate it, tick a checklist item, record a decision and make
 * a board in a phase. A route parses, authorises the bearer token (PJ8) and calls one use case.
 */
final class ProjectRoutes {
  private final org.samskap.access.BoardAccess boards;
  /** The largest project archive taken (PJ15). */
  static final int MAX_ARCHIVE_BYTES = 20 * 1024 * 1024;
  private final ProjectService service;
  private org.samskap.boards.BoardExport exports;
  private final ProjectAccess access;
  private final String publicUrl;
  private ProjectGate gate;

  ProjectRoutes(ProjectService service, ProjectAccess access, org.samskap.access.BoardAccess boards, String publicUrl) {
    this.boards = boards;
    this.service = service;
    this.access = access;
    this.publicUrl = publicUrl;
  }

  void mount(Router router) {
    // PJ14, PJ15: before the 16 KiB body handler of the other project routes.
    router.post("/api/projects/import").handler(BodyHandler.create(false).setBodyLimit(MAX_ARCHIVE_BYTES)).handler(rc ->
        service.importArchive(rc.vertx(), rc.body().buffer() == null ? new byte[0] : rc.body().buffer().getBytes())
            .onSuccess(i -> {
              var c = i.created();
              rc.put(ProjectAuditTrail.PROJECT_ID, c.project().id()); // rule D12
              io.vertx.core.json.JsonArray boards = new io.vertx.core.json.JsonArray();
              i.boards().forEach(b -> boards.add(BoardRoutes.createdBody(rc, publicUrl, b)));
              io.vertx.core.json.JsonArray pilots = new io.vertx.core.json.JsonArray();
              i.pilots().forEach(p -> pilots.add(PilotConvertRoute.created(p)));
              Problems.ok(rc, 201, new JsonObject().put("id", c.project().id()).put("title", c.project().title())
                  .put("token", c.ownerToken()).put("link", link(rc, c.project().id(), c.ownerToken())).put("boards", boards)
                  .put("pilots", pilots));
            })
            .onFailure(e -> Problems.fail(rc, e)));
    router.get("/api/projects/:id/export.zip").handler(rc -> ExportLangParam.read(rc).ifPresent(lang -> authorised(rc, Action.EDIT, (g, token) ->
        service.exportArchive(rc.vertx(), g.stored().project().id(), exports, lang).onSuccess(bytes -> rc.response()
            .putHeader("Content-Type", "application/zip").putHeader("Cache-Control", "no-store")
            .putHeader("Content-Disposition", "attachment; filename=\"samskap-project.zip\"").end(io.vertx.core.buffer.Buffer.buffer(bytes)))
            .onFailure(e -> Problems.fail(rc, e)))));
    router.route("/api/projects*").handler(BodyHandler.create(false).setBodyLimit(BoardRoutes.MAX_BODY_BYTES));
    router.post("/api/projects").handler(this::create);
    router.get("/api/boards/:id/project").handler(this::placement);
    router.get("/api/projects/:id").handler(rc -> authorised(rc, Action.READ, (g, token) ->
        service.view(g.stored().project().id()).onSuccess(v -> Problems.ok(rc, 200, v.put("role", g.role())))
            .onFailure(e -> Problems.fail(rc, e))));
    router.get("/api/projects/:id/owner-link").handler(rc -> authorised(rc, Action.OWNER_LINK, (g, token) ->
        { if (token == null) Problems.send(rc, Reason.BAD_REQUEST, "Signed in, you hold no owner link to show; make a new one.");
          else Problems.ok(rc, 200, new JsonObject().put("link", link(rc, g.stored().project().id(), token))); }));
    router.post("/api/projects/:id/owner-link").handler(rc -> authorised(rc, Action.OWNER_LINK, (g, token) -> {
      String id = g.stored().project().id();
      service.rotateOwner(id).onSuccess(t -> Problems.ok(rc, 201, new JsonObject().put("token", t).put("link", link(rc, id, t))))
          .onFailure(e -> Problems.fail(rc, e));
    }));
    router.post("/api/projects/:id/ticks").handler(rc -> withBody(rc, body -> authorised(rc, Action.TICK, (g, token) ->
        service.tick(g.stored().project().id(), signed(body, g)).onSuccess(rev -> Problems.ok(rc, 200, new JsonObject().put("rev", rev)))
            .onFailure(e -> Problems.fail(rc, e)))));
    router.post("/api/projects/:id/decisions").handler(rc -> withBody(rc, body -> authorised(rc, Action.EDIT, (g, token) ->
        service.decide(g.stored().project().id(), signed(body, g)).onSuccess(rev -> Problems.ok(rc, 201, new JsonObject().put("rev", rev)))
            .onFailure(e -> Problems.fail(rc, e)))));
    router.post("/api/projects/:id/templates").handler(rc -> withBody(rc, body -> authorised(rc, Action.EDIT, (g, token) -> // rule PJ20
        service.saveTemplate(g.stored().project().id(), text(body, "boardId"), text(body, "name"))
            .onSuccess(rev -> Problems.ok(rc, 201, new JsonObject().put("rev", rev))).onFailure(e -> Problems.fail(rc, e)))));
    router.get("/api/project-templates").handler(rc -> Problems.ok(rc, 200, org.samskap.projects.Templates.json()));
    router.post("/api/projects/:id/boards").handler(rc -> withBody(rc, body -> authorised(rc, Action.EDIT, (g, token) -> {
      if (body.getValue("template") != null) { // rule PJ13
        service.addFromTemplate(g.stored().project().id(), text(body, "template"), text(body, "title"), text(body, "lang"))
            .onSuccess(list -> {
              io.vertx.core.json.JsonArray out = new io.vertx.core.json.JsonArray();
              for (ProjectService.BoardAdded a : list) out.add(BoardRoutes.createdBody(rc, publicUrl, a.board()));
              Problems.ok(rc, 201, new JsonObject().put("boards", out));
            }).onFailure(e -> Problems.fail(rc, e));
        return;
      }
      String kind = body.getValue("kind") instanceof String k ? k : null;
      String title = body.getValue("title") instanceof String t ? t : null;
      service.addBoard(g.stored().project().id(), kind, title, body.getValue("phase"))
          .onSuccess(a -> BoardRoutes.created(rc, publicUrl, a.board())).onFailure(e -> Problems.fail(rc, e));
    })));
  }

  /** {@code GET /api/boards/:id/project} (facilitator): the project and phase the board is in. */
  private void placement(RoutingContext rc) {
    String boardId = rc.pathParam("id");
    FacilitatorAuth.check(rc, boards, boardId).onSuccess(ok -> {
      // PJ18: whether the board's facilitator token also opens the project (a project the start-up placement made, PJ8)
      if (ok) service.placementOf(boardId).compose(b -> access.check(b.projectId(), FacilitatorAuth.bearer(rc))
          .map(g -> new JsonObject().put("projectId", b.projectId()).put("phase", b.phase()).put("boardTokenOpens", g.isPresent())))
          .onSuccess(j -> Problems.ok(rc, 200, j)).onFailure(e -> Problems.fail(rc, e));
    });
  }

  /** The access path of every project route (PM2); without one, owner tokens only, as before sign-in existed. */
  ProjectRoutes gate(ProjectGate gate) {
    this.gate = gate;
    return this;
  }

  ProjectRoutes exports(org.samskap.boards.BoardExport exports) {
    this.exports = exports;
    return this;
  }

  private void create(RoutingContext rc) {
    withBody(rc, body -> gate.who(rc).compose(p -> service.create(text(body, "title"), text(body, "problem"), text(body, "goal"),
        text(body, "owner"), text(body, "unit"), p.isStaff() ? org.samskap.domain.projects.Member.signedIn(p.subject(), p.name(), p.email(),
            org.samskap.domain.projects.MemberRole.OWNER, 0L) : null)).onSuccess(c -> Problems.ok(rc.put(ProjectAuditTrail.PROJECT_ID, c.project().id()), 201, new JsonObject().put("id", c.project().id())
            .put("title", c.project().title()).put("token", c.ownerToken()).put("link", link(rc, c.project().id(), c.ownerToken()))))
        .onFailure(e -> Problems.fail(rc, e)));
  }

  private String link(RoutingContext rc, String id, String token) {
    return BoardRoutes.base(rc, publicUrl) + "/pr/" + id + "#t=" + token;
  }

  /**
   * Rules PJ8, PM2: the one access path ({@link ProjectGate}): the owner token or a member's
   * session, and the role must allow {@code action}. The token is null when a session opened it.
   */
  private void authorised(RoutingContext rc, Action action, BiConsumer<ProjectRoles.Grant, String> then) {
    gate.authorised(rc, action, g -> then.accept(g, g.token()));
  }

  /** Rule PM8: a tick or decision by a signed-in member records their name and subject, not what the body says. */
  private static JsonObject signed(JsonObject body, ProjectRoles.Grant g) {
    if (g.personName() == null) return body;
    return body.copy().put("by", g.personName()).put("bySubject", g.who().subject());
  }

  private static void withBody(RoutingContext rc, java.util.function.Consumer<JsonObject> then) {
    JsonObject body;
    try {
      body = rc.body().asJsonObject();
    } catch (DecodeException | ClassCastException e) {
      body = null;
    }
    if (body == null) {
      Problems.send(rc, Reason.BAD_REQUEST, "The body must be a JSON object.");
      return;
    }
    then.accept(body);
  }

  private static String text(JsonObject body, String field) {
    return body.getValue(field) instanceof String s ? s : null;
  }

}
