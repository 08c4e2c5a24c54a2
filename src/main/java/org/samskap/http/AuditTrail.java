package org.samskap.http;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.access.BoardAccess;
import org.samskap.auth.Principal;
import org.samskap.auth.Staff;
import org.samskap.boards.AuditLog;
import org.samskap.domain.Reason;
import org.samskap.util.LogSafe;

/**
 * Rule D6: writes an audit entry for every sensitive REST call that succeeded (2xx): create,
 * import, export (board and history view), notes import, restore, link rotation, delete and
 * "keep" (D5); the retention job writes its own ({@code BoardRetention}). One handler before
 * the routes watches the answer, so no route needs to know of it; a route that makes a new
 * board names it with {@link #BOARD_ID}. {@code GET /api/boards/:id/audit} gives the board's
 * facilitator its entries.
 */
final class AuditTrail {
  private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
  /** The routing-context key under which a route that created a board puts its id. */
  static final String BOARD_ID = "samskap.audit.boardId";
  static final int MAX_ENTRIES = 1000;

  private record Rule(HttpMethod method, Pattern path, String action, String role) {}

  private static final String ID = "([A-Za-z0-9_-]{8,64})";
  private static final List<Rule> RULES = List.of(
      new Rule(HttpMethod.POST, Pattern.compile("/api/boards"), "create", "creator"),
      new Rule(HttpMethod.POST, Pattern.compile("/api/boards/import(\\.csv)?"), "import", "creator"),
      new Rule(HttpMethod.GET, Pattern.compile("/api/boards/" + ID + "/export\\.[a-z]+"), "export", "facilitator"),
      new Rule(HttpMethod.GET, Pattern.compile("/api/boards/" + ID + "/history/[^/]+/export\\.[a-z]+"), "export", "facilitator"),
      new Rule(HttpMethod.POST, Pattern.compile("/api/boards/" + ID + "/import"), "import", "facilitator"),
      new Rule(HttpMethod.POST, Pattern.compile("/api/boards/" + ID + "/history/[^/]+/restore"), "restore", "facilitator"),
      new Rule(HttpMethod.POST, Pattern.compile("/api/boards/" + ID + "/links/participant"), "link.rotate", "facilitator"),
      new Rule(HttpMethod.DELETE, Pattern.compile("/api/boards/" + ID), "delete", "facilitator"),
      new Rule(HttpMethod.POST, Pattern.compile("/api/boards/" + ID + "/retention/keep"), "keep", "facilitator"));

  private final AuditLog log;
  private final ClientAddress clients;
  private final LongSupplier clock;
  private final BoardAccess access;
  private final Staff staff;

  AuditTrail(AuditLog log, ClientAddress clients, LongSupplier clock, BoardAccess access, Staff staff) {
    this.log = log;
    this.clients = clients;
    this.clock = clock;
    this.access = access;
    this.staff = staff;
  }

  void mount(Router router) {
    router.route("/api/*").handler(this::watch);
    router.get("/api/boards/:boardId/audit").handler(this::read);
    router.get("/api/audit").handler(this::readInstallation); // rule S10
  }

  private void watch(RoutingContext rc) {
    String path = rc.normalizedPath();
    HttpMethod method = rc.request().method();
    for (Rule r : RULES) {
      if (r.method() != method) continue;
      Matcher m = r.path().matcher(path);
      if (!m.matches()) continue;
      String fromPath = m.groupCount() >= 1 && m.group(1) != null && !m.group(1).startsWith(".") ? m.group(1) : null;
      String address = clients.of(rc);
      rc.addEndHandler(done -> {
        int status = rc.response().getStatusCode();
        if (status < 200 || status >= 300) return;
        String boardId = fromPath != null ? fromPath : rc.get(BOARD_ID);
        if (boardId == null) return;
        long at = clock.getAsLong();
        // S10: the signed-in user of the request, if any (a forged or ended session: none)
        staff.of(rc).otherwise(Principal.ANONYMOUS).compose(who -> log.add(new AuditLog.Entry(boardId, r.action(),
                r.role(), null, address, at, null, who.isStaff() ? who.subject() : null)))
            .onFailure(e -> LOG.warn("audit: entry {} of board {} not written: {}", r.action(), boardId, LogSafe.describe(e)));
      });
      break;
    }
    rc.next();
  }

  private void read(RoutingContext rc) {
    String boardId = rc.pathParam("boardId");
    FacilitatorAuth.check(rc, access, boardId).onSuccess(ok -> {
      if (!ok) return;
      answer(rc, boardId);
    });
  }

  /**
   * Rule S10: {@code GET /api/audit}, the installation's entries (sign-in, sign-out, refused
   * sign-in), for an administrator only: 403 {@code forbidden} for anyone else, signed in or not.
   */
  private void readInstallation(RoutingContext rc) {
    staff.of(rc).otherwise(Principal.ANONYMOUS).onSuccess(who -> {
      if (!who.isAdmin()) {
        Problems.send(rc, Reason.FORBIDDEN, "Only an administrator reads the installation's audit log.");
        return;
      }
      answer(rc, AuditLog.INSTALLATION);
    });
  }

  private void answer(RoutingContext rc, String boardId) {
    log.ofBoard(boardId, MAX_ENTRIES).onFailure(e -> Problems.fail(rc, e)).onSuccess(entries -> {
      JsonArray out = new JsonArray();
      for (AuditLog.Entry e : entries) {
        out.add(new JsonObject().put("action", e.action()).put("role", e.role()).put("memberId", e.memberId())
            .put("address", e.address()).put("at", e.at()).put("user", e.user()));
      }
      rc.response().putHeader("Cache-Control", "no-store");
      Problems.ok(rc, 200, new JsonObject().put("entries", out));
    });
  }
}
