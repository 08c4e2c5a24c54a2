package org.samskap.http;

import java.util.function.Consumer;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import org.samskap.auth.Principal;
import org.samskap.auth.SignInRefused;
import org.samskap.auth.Staff;
import org.samskap.domain.projects.MemberRole.Action;
import org.samskap.projects.ProjectRoles;

/**
 * The HTTP side of the one project access path (docs/API.md PM2): reads the bearer token or,
 * without one, the session ({@link Staff#of}, which applies the CSRF rule S7), asks
 * {@link ProjectRoles#authorise} and either calls {@code then} with the grant or answers the
 * refusal. Every project route, and any new one (e.g. deleting a project), goes through
 * {@link #authorised}.
 */
public final class ProjectGate {
  /** The routing-context key under which the granted role is kept for the audit trail (D12). */
  static final String ROLE = "samskap.project.role";
  private final ProjectRoles roles;
  private final Staff staff;

  public ProjectGate(ProjectRoles roles, Staff staff) {
    this.roles = roles;
    this.staff = staff == null ? Staff.open() : staff;
  }

  /** The person of a request: anonymous, or the session's (a failed S7 check fails the future). */
  Future<Principal> who(RoutingContext rc) {
    return staff.of(rc);
  }

  /** Rule PM2: calls {@code then} when the request may do {@code action} to project {@code :id}; else answers the refusal. */
  public void authorised(RoutingContext rc, Action action, Consumer<ProjectRoles.Grant> then) {
    String bearer = FacilitatorAuth.bearer(rc);
    Future<Principal> who = bearer != null ? Future.succeededFuture(Principal.ANONYMOUS) : staff.of(rc);
    who.compose(p -> roles.authorise(rc.pathParam("id"), bearer, p, action))
        .onSuccess(g -> {
          rc.put(ROLE, g.role());
          then.accept(g);
        })
        .onFailure(e -> refuse(rc, e));
  }

  /** Answers a refusal: a project rule's, or the sign-in rule's (S7), or 503. */
  static void refuse(RoutingContext rc, Throwable e) {
    if (e instanceof SignInRefused r) {
      if (rc.response().ended()) return;
      rc.response().setStatusCode(r.status()).putHeader("Content-Type", "application/json; charset=utf-8")
          .putHeader("Cache-Control", "no-store").end(new JsonObject().put("error", r.code()).put("message", r.getMessage()).encode());
      return;
    }
    Problems.fail(rc, e);
  }
}
