package org.samskap.http;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.auth.Principal;
import org.samskap.auth.Staff;
import org.samskap.boards.AuditLog;
import org.samskap.util.LogSafe;

/**
 * Rule D12: as {@link AuditTrail} does for boards, writes one audit entry with the project's id for
 * every sensitive project call that succeeded (2xx): {@code create} and {@code import} (role
 * {@code creator}), {@code export}, {@code link.rotate}, {@code delete} and {@code keep} (role
 * {@code owner}), and the membership changes {@code member.invite}, {@code member.invite.withdraw},
 * {@code member.link}, {@code member.role}, {@code member.remove} and {@code member.join} (PM1-PM5);
 * the retention job writes its own ({@code ProjectRetention}). The role is the one
 * {@link ProjectGate} granted (PM2) where it ran, and the signed-in person's subject is kept (S10).
 * A route that makes a new project names it with {@link #PROJECT_ID}. Never content: the id,
 * action, role, user, address, time.
 */
final class ProjectAuditTrail {
  private static final Logger LOG = LoggerFactory.getLogger(ProjectAuditTrail.class);
  /** The routing-context key under which a route that created a project puts its id. */
  static final String PROJECT_ID = "samskap.audit.projectId";

  private record Rule(HttpMethod method, Pattern path, String action, String role) {}

  private static final String ID = "([A-Za-z0-9_-]{8,64})";
  private static final List<Rule> RULES = List.of(
      new Rule(HttpMethod.POST, Pattern.compile("/api/projects"), "create", "creator"),
      new Rule(HttpMethod.POST, Pattern.compile("/api/projects/import"), "import", "creator"),
      new Rule(HttpMethod.GET, Pattern.compile("/api/projects/" + ID + "/export\\.zip"), "export", "owner"),
      new Rule(HttpMethod.POST, Pattern.compile("/api/projects/" + ID + "/owner-link"), "link.rotate", "owner"),
      new Rule(HttpMethod.DELETE, Pattern.compile("/api/projects/" + ID), "delete", "owner"),
      new Rule(HttpMethod.POST, Pattern.compile("/api/projects/" + ID + "/retention/keep"), "keep", "owner"),
      new Rule(HttpMethod.POST, Pattern.compile("/api/projects/" + ID + "/invites"), "member.invite", "owner"),
      new Rule(HttpMethod.DELETE, Pattern.compile("/api/projects/" + ID + "/invites/[^/]+"), "member.invite.withdraw", "owner"),
      new Rule(HttpMethod.POST, Pattern.compile("/api/projects/" + ID + "/join-links"), "member.link", "owner"),
      new Rule(HttpMethod.PATCH, Pattern.compile("/api/projects/" + ID + "/members/[^/]+"), "member.role", "owner"),
      new Rule(HttpMethod.DELETE, Pattern.compile("/api/projects/" + ID + "/members/[^/]+"), "member.remove", "owner"),
      new Rule(HttpMethod.POST, Pattern.compile("/api/projects/" + ID + "/join"), "member.join", "member"),
      new Rule(HttpMethod.POST, Pattern.compile("/api/projects/" + ID + "/accept"), "member.join", "member"));

  private final AuditLog log;
  private final ClientAddress clients;
  private final LongSupplier clock;
  private final Staff staff;

  ProjectAuditTrail(AuditLog log, ClientAddress clients, LongSupplier clock, Staff staff) {
    this.log = log;
    this.clients = clients;
    this.clock = clock;
    this.staff = staff == null ? Staff.open() : staff;
  }

  void mount(Router router) {
    router.route("/api/projects*").handler(this::watch);
  }

  private void watch(RoutingContext rc) {
    String path = rc.normalizedPath();
    HttpMethod method = rc.request().method();
    for (Rule r : RULES) {
      if (r.method() != method) continue;
      Matcher m = r.path().matcher(path);
      if (!m.matches()) continue;
      String fromPath = m.groupCount() >= 1 ? m.group(1) : null;
      String address = clients.of(rc);
      rc.addEndHandler(done -> {
        int status = rc.response().getStatusCode();
        if (status < 200 || status >= 300) return;
        String projectId = fromPath != null ? fromPath : rc.get(PROJECT_ID);
        if (projectId == null) return;
        long at = clock.getAsLong();
        String granted = rc.get(ProjectGate.ROLE); // the role the one access path granted (PM2), else the rule's
        String role = granted != null ? granted : r.role();
        // S10: the signed-in person of the request, if any (a forged or ended session: none)
        staff.of(rc).otherwise(Principal.ANONYMOUS).compose(who -> log.add(new AuditLog.Entry(null, r.action(), role, null, address, at,
                projectId, who.isStaff() ? who.subject() : null)))
            .onFailure(e -> LOG.warn("audit: entry {} of project {} not written: {}", r.action(), projectId, LogSafe.describe(e)));
      });
      break;
    }
    rc.next();
  }
}
