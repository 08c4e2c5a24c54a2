package org.samskap.http;

import java.util.Set;
import java.util.function.Function;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import org.samskap.boards.AuditLog;
import org.samskap.domain.Reason;
import org.samskap.projects.ProjectAccess;
import org.samskap.projects.ProjectDeletion;
import org.samskap.projects.ProjectRetention;

/**
 * A project's life cycle over REST (docs/API.md, "Deleting a project"): {@code DELETE
 * /api/projects/:id} (rule D10), its retention and "keep" (D11) and its audit entries (D12), each
 * for the project's owner only. Who the token is comes from {@link ProjectAccess#check}, the one
 * check every project route uses; a deleted project answers {@code not_found} (404) here and on
 * every {@code GET} of it. Mounted before {@link ProjectRoutes}.
 */
final class ProjectLifecycleRoutes {
  /** The roles (from {@link ProjectAccess}) that may delete the project (D10): today the owner's only. */
  static final Set<String> DELETE_ROLES = Set.of(ProjectAccess.OWNER);
  /** The roles that may read the retention date and keep the project (D11). */
  static final Set<String> KEEP_ROLES = Set.of(ProjectAccess.OWNER);
  /** The roles that may read the project's audit entries (D12). */
  static final Set<String> AUDIT_ROLES = Set.of(ProjectAccess.OWNER);

  private final ProjectAccess access;
  private final ProjectDeletion deletion;
  private final ProjectRetention retention;
  private final AuditLog audit;

  ProjectLifecycleRoutes(ProjectAccess access, ProjectDeletion deletion, ProjectRetention retention, AuditLog audit) {
    this.access = access;
    this.deletion = deletion;
    this.retention = retention;
    this.audit = audit;
  }

  /**
   * Wires rules D10-D12 into a started verticle: the project deletion on the board deletion, the
   * project retention as a peer of the one daily job, the project audit trail, then these routes.
   */
  static void wire(Router router, io.vertx.core.Vertx vertx, org.samskap.projects.ProjectStore store,
      org.samskap.projects.ProjectWriter writer, ProjectAccess access, org.samskap.projects.ProjectRemains remains,
      org.samskap.boards.BoardDeletion boards, org.samskap.boards.BoardRetention boardRetention,
      org.samskap.boards.RetentionStore retentionStore, org.samskap.pilots.PilotStore pilots, int days,
      java.util.function.LongSupplier clock, AuditLog audit, ClientAddress clients) {
    ProjectDeletion deletion = new ProjectDeletion(vertx, store, writer, remains, boards);
    ProjectRetention retention = new ProjectRetention(store, remains, retentionStore, pilots, deletion, days, clock, audit);
    boardRetention.peers(retention);
    new ProjectAuditTrail(audit, clients, clock).mount(router);
    new ProjectLifecycleRoutes(access, deletion, retention, audit).mount(router);
  }

  void mount(Router router) {
    // D10: every GET of a deleted project is not_found
    router.get("/api/projects/:id").handler(this::notDeleted);
    router.get("/api/projects/:id/*").handler(this::notDeleted);
    router.delete("/api/projects/:id").handler(rc -> withRole(rc, DELETE_ROLES, id -> deletion.delete(id).map((JsonObject) null)));
    router.get("/api/projects/:id/retention").handler(rc -> withRole(rc, KEEP_ROLES, retention::status));
    router.post("/api/projects/:id/retention/keep").handler(BodyHandler.create(false).setBodyLimit(1024))
        .handler(rc -> withRole(rc, KEEP_ROLES, retention::keep));
    router.get("/api/projects/:id/audit").handler(rc -> withRole(rc, AUDIT_ROLES, id -> audit.ofProject(id, AuditTrail.MAX_ENTRIES).map(list -> {
      JsonArray out = new JsonArray();
      for (AuditLog.Entry e : list) { // D12: who did what and when, never content or a token
        out.add(new JsonObject().put("action", e.action()).put("role", e.role()).put("memberId", e.memberId())
            .put("address", e.address()).put("at", e.at()));
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
   * Runs {@code call} when the bearer token opens the project in one of {@code roles} (deny by
   * default: a role added to projects later is refused here until it is named): 401 without a token,
   * 404 {@code not_found} for a deleted project, 403 {@code invalid_token} for a token that opens no
   * such project and 403 {@code forbidden} for one that opens it in another role. A null body
   * answers 204.
   */
  private void withRole(RoutingContext rc, Set<String> roles, Function<String, Future<JsonObject>> call) {
    String token = FacilitatorAuth.bearer(rc);
    String id = rc.pathParam("id");
    if (token == null) {
      Problems.send(rc, Reason.MISSING_TOKEN, "Send the project's owner token as 'Authorization: Bearer <token>'.");
      return;
    }
    access.check(id, token).onFailure(e -> Problems.fail(rc, e)).onSuccess(g -> {
      if (g.isPresent() && roles.contains(g.get().role())) {
        call.apply(id).onFailure(e -> Problems.fail(rc, e)).onSuccess(body -> {
          if (body == null) rc.response().setStatusCode(204).end();
          else Problems.ok(rc, 200, body);
        });
      } else if (g.isPresent()) {
        Problems.send(rc, Reason.FORBIDDEN, "Only the project's owner may do this.");
      } else {
        deletion.deleted(id).onFailure(e -> Problems.fail(rc, e)).onSuccess(gone -> {
          if (gone) Problems.send(rc, Reason.NOT_FOUND, "The project was deleted.");
          else Problems.send(rc, Reason.INVALID_TOKEN, "The token does not open this project.");
        });
      }
    });
  }
}
