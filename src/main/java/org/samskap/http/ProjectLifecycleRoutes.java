package org.samskap.http;

import java.util.function.Function;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import org.samskap.boards.AuditLog;
import org.samskap.domain.Reason;
import org.samskap.domain.projects.MemberRole.Action;
import org.samskap.projects.ProjectDeletion;
import org.samskap.projects.ProjectRetention;

/**
 * A project's life cycle over REST (docs/API.md, "Deleting a project"): {@code DELETE
 * /api/projects/:id} (rule D10), its retention and "keep" (D11) and its audit entries (D12), each
 * through {@link ProjectGate}, the one access path every project route uses (PM2); a deleted project answers {@code not_found} (404) here and on
 * every {@code GET} of it. Mounted before {@link ProjectRoutes}.
 */
final class ProjectLifecycleRoutes {
  /** Rule D10: deleting the project is the owner's (PM2 action DELETE). */
  static final Action DELETE = Action.DELETE;
  /** Rule D11: the owner and facilitators read the retention date and keep the project. */
  static final Action KEEP = Action.EDIT;
  /** Rule D12: the owner and facilitators read the project's audit entries. */
  static final Action AUDIT = Action.EDIT;

  private final ProjectGate gate;
  private final ProjectDeletion deletion;
  private final ProjectRetention retention;
  private final AuditLog audit;

  ProjectLifecycleRoutes(ProjectGate gate, ProjectDeletion deletion, ProjectRetention retention, AuditLog audit) {
    this.gate = gate;
    this.deletion = deletion;
    this.retention = retention;
    this.audit = audit;
  }

  /**
   * Wires rules D10-D12 into a started verticle: the project deletion on the board deletion, the
   * project retention as a peer of the one daily job, the project audit trail, then these routes.
   */
  static void wire(Router router, io.vertx.core.Vertx vertx, org.samskap.projects.ProjectStore store,
      org.samskap.projects.ProjectWriter writer, ProjectGate gate, org.samskap.projects.ProjectRemains remains,
      org.samskap.boards.BoardDeletion boards, org.samskap.boards.BoardRetention boardRetention,
      org.samskap.boards.RetentionStore retentionStore, org.samskap.pilots.PilotStore pilots, int days,
      java.util.function.LongSupplier clock, AuditLog audit, ClientAddress clients, org.samskap.auth.Staff staff) {
    ProjectDeletion deletion = new ProjectDeletion(vertx, store, writer, remains, boards);
    ProjectRetention retention = new ProjectRetention(store, remains, retentionStore, pilots, deletion, days, clock, audit);
    boardRetention.peers(retention);
    new ProjectAuditTrail(audit, clients, clock, staff).mount(router);
    new ProjectLifecycleRoutes(gate, deletion, retention, audit).mount(router);
  }

  void mount(Router router) {
    // D10: every GET of a deleted project is not_found
    router.get("/api/projects/:id").handler(this::notDeleted);
    router.get("/api/projects/:id/*").handler(this::notDeleted);
    router.delete("/api/projects/:id").handler(rc -> withRole(rc, DELETE, id -> deletion.delete(id).map((JsonObject) null)));
    router.get("/api/projects/:id/retention").handler(rc -> withRole(rc, KEEP, retention::status));
    router.post("/api/projects/:id/retention/keep").handler(BodyHandler.create(false).setBodyLimit(1024))
        .handler(rc -> withRole(rc, KEEP, retention::keep));
    router.get("/api/projects/:id/audit").handler(rc -> withRole(rc, AUDIT, id -> audit.ofProject(id, AuditTrail.MAX_ENTRIES).map(list -> {
      JsonArray out = new JsonArray();
      for (AuditLog.Entry e : list) { // D12: who did what and when, never content or a token
        out.add(new JsonObject().put("action", e.action()).put("role", e.role()).put("memberId", e.memberId())
            .put("user", e.user()).put("address", e.address()).put("at", e.at()));
      }
      return new JsonObject().put("entries", out);
    })));
  }

  private void notDeleted(RoutingContext rc) {
    rc.request().pause(); // the project routes' body handler comes later and resumes it
    deletion.deleted(rc.pathParam("id")).onComplete(ar -> {
      if (ar.succeeded() && ar.result()) Problems.send(rc, Reason.NOT_FOUND, "The project was deleted.");
      else rc.next();
    });
  }

  /**
   * Runs {@code call} when the request may do {@code action} to the project, through the one
   * project access path ({@link ProjectGate}, PM2: the owner token, or a member's session and
   * role; deny by default). A deleted project answers 404 {@code not_found} to a request that is
   * refused; every other refusal is the gate's (401 without credentials, 403 {@code invalid_token},
   * {@code not_member} or {@code forbidden_role}). A null body answers 204.
   */
  private void withRole(RoutingContext rc, Action action, Function<String, Future<JsonObject>> call) {
    String id = rc.pathParam("id");
    boolean paused = !rc.request().isEnded(); // a body not read yet waits for the gate's later handlers
    if (paused) rc.request().pause();
    deletion.deleted(id).onComplete(x -> { if (paused) rc.request().resume(); })
        .onFailure(e -> Problems.fail(rc, e)).onSuccess(gone -> {
      if (gone) {
        Problems.send(rc, Reason.NOT_FOUND, "The project was deleted.");
        return;
      }
      gate.authorised(rc, action, g -> call.apply(id).onFailure(e -> Problems.fail(rc, e)).onSuccess(body -> {
        if (body == null) rc.response().setStatusCode(204).end();
        else Problems.ok(rc, 200, body);
      }));
    });
  }
}
