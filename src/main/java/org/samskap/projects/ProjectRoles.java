package org.samskap.projects;

import java.util.Optional;

import io.vertx.core.Future;

import org.samskap.auth.Principal;
import org.samskap.domain.Reason;
import org.samskap.domain.projects.Member;
import org.samskap.domain.projects.MemberRole;
import org.samskap.domain.projects.MemberRole.Action;
import org.samskap.protocol.Refused;

/**
 * The one access path of every project route (docs/API.md PM2): who may do {@link Action} to a
 * project. A request brings either the owner token (PJ8, role {@code owner}) or the session of a
 * signed-in person, whose member role decides ({@link MemberRole#allows}). An administrator who
 * is not a member may read every project and manage its members (role {@code admin}). Refusals:
 * 401 {@code missing_token} (neither), 403 {@code invalid_token} (a token that opens nothing),
 * 403 {@code not_member} (signed in, not a member, or no such project: the two look the same),
 * 403 {@code forbidden_role} (a role below the action). Nothing changes on a refusal.
 */
public final class ProjectRoles {
  /** The role of an administrator who is not a member of the project. */
  public static final String ADMIN = "admin";

  private final ProjectAccess tokens;
  private final ProjectStore store;

  public ProjectRoles(ProjectAccess tokens, ProjectStore store) {
    this.tokens = tokens;
    this.store = store;
  }

  /**
   * Whom a request acts as on a project: the stored project, the role ({@code owner},
   * {@code facilitator}, {@code member}, {@code readonly} or {@code admin}), the bearer token if
   * it came with one (else null) and the person (anonymous with a token).
   */
  public record Grant(ProjectStore.Stored stored, String role, String token, Principal who) {
    public String projectId() {
      return stored.project().id();
    }

    /** The name decisions and ticks record for a signed-in person (PM8); null for a token. */
    public String personName() {
      return who.isStaff() ? (who.name().isEmpty() ? who.email() : who.name()) : null;
    }
  }

  /** Rule PM2: whether {@code role} may do {@code action}. */
  public static boolean allows(String role, Action action) {
    if (ADMIN.equals(role)) return action == Action.READ || action == Action.MEMBERS;
    return MemberRole.fromWire(role).map(r -> r.allows(action)).orElse(false);
  }

  /**
   * Rule PM2: the grant for {@code action}, or a failed future with a {@link Refused}. With a
   * bearer token the token alone decides (the session is not looked at); without one, the person.
   */
  public Future<Grant> authorise(String projectId, String bearer, Principal who, Action action) {
    Future<Grant> granted;
    if (bearer != null) {
      granted = tokens.check(projectId, bearer).compose(g -> g.isPresent()
          ? Future.succeededFuture(new Grant(g.get().stored(), g.get().role(), bearer, Principal.ANONYMOUS))
          : Future.failedFuture(new Refused(Reason.INVALID_TOKEN, "The token does not open this project.")));
    } else if (who == null || !who.isStaff()) {
      return Future.failedFuture(new Refused(Reason.MISSING_TOKEN,
          "Send the project's owner token as 'Authorization: Bearer <token>', or sign in as a member."));
    } else {
      granted = store.find(projectId).compose(found -> {
        Optional<String> role = found.flatMap(s -> s.project().membership().member(who.subject())).map(Member::role).map(MemberRole::wire);
        if (role.isEmpty() && found.isPresent() && who.isAdmin()) role = Optional.of(ADMIN);
        return role.isEmpty()
            ? Future.<Grant>failedFuture(new Refused(Reason.NOT_MEMBER, "You are not a member of this project."))
            : Future.succeededFuture(new Grant(found.get(), role.get(), null, who));
      });
    }
    return granted.compose(g -> allows(g.role(), action) ? Future.succeededFuture(g)
        : Future.failedFuture(new Refused(Reason.FORBIDDEN_ROLE, "Your role in this project (" + g.role() + ") does not allow this.")));
  }
}
