package org.samskap.projects;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import org.samskap.auth.Principal;
import org.samskap.domain.Reason;
import org.samskap.domain.projects.Member;
import org.samskap.domain.projects.MemberRole;
import org.samskap.domain.projects.Project;
import org.samskap.protocol.Refused;
import org.samskap.util.RandomIds;
import org.samskap.util.Tokens;

/**
 * The membership use cases after the caller is authorised (docs/API.md PM1-PM9). Every change
 * goes through the project's one writer (PJ9) as a {@link MemberOps} change, so it is durable
 * before the answer; the reads are the member list, a person's projects and data, and the
 * administrator's list of every project.
 */
public final class MemberService {
  /** How long a join link lives unless asked otherwise (PM5), and the longest it may. */
  public static final int DEFAULT_LINK_HOURS = 72;
  public static final int MAX_LINK_HOURS = 720;

  private final ProjectStore store;
  private final ProjectWriter writer;
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MemberService.class);
  private BoardLinks links;

  public MemberService(ProjectStore store, ProjectWriter writer) {
    this.store = store;
    this.writer = writer;
  }

  /** A one-time join link just made: its token (shown only now), id and end. */
  public record Link(String id, String token, long expiresAt) {}

  /** Rule PM4. */
  public Future<Long> invite(String projectId, String email, String role, String by) {
    return writer.send(projectId, new JsonObject().put("type", MemberOps.INVITE).put("email", email).put("role", role)
        .put("by", by == null ? "" : by));
  }

  /** Rule PM4. */
  public Future<Long> dropInvite(String projectId, String email) {
    return writer.send(projectId, new JsonObject().put("type", MemberOps.INVITE_DROP).put("email", email));
  }

  /** Rule PM10: the member board links that a role change or a removal takes away (none when not set). */
  public MemberService boardLinks(BoardLinks links) {
    this.links = links;
    return this;
  }

  /** Rules PM3, PM10: the member's board links go with their old role. */
  public Future<Long> setRole(String projectId, String subject, String role) {
    return revoking(projectId, subject,
        () -> writer.send(projectId, new JsonObject().put("type", MemberOps.ROLE).put("subject", subject).put("role", role)));
  }

  /** Rules PM3, PM10: the member's board links go with them. */
  public Future<Long> remove(String projectId, String subject) {
    return revoking(projectId, subject, () -> writer.send(projectId, new JsonObject().put("type", MemberOps.REMOVE).put("subject", subject)));
  }

  /**
   * Rule PM10: takes the person's board tokens away before the change (if that fails, nothing
   * changed and the caller gets 503) and again after it (a link minted in between).
   */
  private Future<Long> revoking(String projectId, String subject, java.util.function.Supplier<Future<Long>> change) {
    if (links == null || subject == null) return change.get();
    return revokeOn(projectId, subject)
        .recover(e -> Future.failedFuture(new Refused(Reason.UNAVAILABLE, "The board links could not be taken away; nothing changed. Try again.")))
        .compose(v -> change.get())
        .compose(rev -> revokeOn(projectId, subject).otherwise(e -> {
          LOG.warn("project {}: a member's board links were not taken away after a change", projectId);
          return null;
        }).map(rev));
  }

  private Future<Void> revokeOn(String projectId, String subject) {
    return store.find(projectId).compose(found -> found.isEmpty() ? Future.<Void>succeededFuture()
        : links.revoke(found.get().project().boards(), subject));
  }

  /** Rule PM5: a new link whose token only this answer holds; the project keeps its hash. */
  public Future<Link> makeLink(String projectId, String role, Object hours) {
    int h = hours == null ? DEFAULT_LINK_HOURS : hours instanceof Integer i ? i : -1;
    if (h < 1 || h > MAX_LINK_HOURS) {
      return Future.failedFuture(new Refused(Reason.BAD_REQUEST, "Field 'hours' must be a whole number from 1 to " + MAX_LINK_HOURS + ".",
          Map.of("field", "hours")));
    }
    String token = Tokens.newToken();
    String id = RandomIds.of(9);
    return writer.send(projectId, new JsonObject().put("type", MemberOps.LINK).put("linkId", id).put("hash", Tokens.hash(token))
        .put("role", role).put("hours", h)).compose(rev -> store.find(projectId)).map(found -> new Link(id, token,
            found.flatMap(s -> s.project().membership().links().stream().filter(l -> l.id().equals(id)).findFirst())
                .map(l -> l.expiresAt()).orElse(0L)));
  }

  /** Rule PM5: the signed-in person joins by a link's token. */
  public Future<Long> join(String projectId, String token, Principal who) {
    if (token == null || token.isEmpty()) {
      return Future.failedFuture(new Refused(Reason.BAD_REQUEST, "Field 'token' must be the join link's token.", Map.of("field", "token")));
    }
    return writer.send(projectId, person(new JsonObject().put("type", MemberOps.JOIN).put("hash", Tokens.hash(token)), who));
  }

  /** Rule PM4: the signed-in person takes the invite made for their email. */
  public Future<Long> accept(String projectId, Principal who) {
    return writer.send(projectId, person(new JsonObject().put("type", MemberOps.ACCEPT), who));
  }

  private static JsonObject person(JsonObject op, Principal who) {
    Member m = Member.signedIn(who.subject(), who.name(), who.email(), MemberRole.READONLY, 0L);
    return op.put("subject", m.subject()).put("name", m.name()).put("email", who.email());
  }

  /** Rule PM3: the members; invites and links (never their hashes) only for who may manage them. */
  public static JsonObject members(Project p, boolean manage, long now) {
    JsonArray members = new JsonArray();
    p.membership().members().forEach(m -> members.add(new JsonObject(MembershipCodec.member(m))));
    JsonObject out = new JsonObject().put("members", members);
    if (!manage) return out;
    JsonArray invites = new JsonArray();
    p.membership().invites().forEach(i -> invites.add(new JsonObject().put("email", i.email()).put("role", i.role().wire())
        .put("invitedBy", i.invitedBy()).put("at", i.at())));
    JsonArray links = new JsonArray();
    p.membership().links().forEach(l -> links.add(new JsonObject().put("id", l.id()).put("role", l.role().wire())
        .put("createdAt", l.createdAt()).put("expiresAt", l.expiresAt())
        .put("state", l.used() ? "used" : l.expiresAt() <= now ? "expired" : "open")));
    return out.put("invites", invites).put("links", links);
  }

  /** Rule PM6: the signed-in person's projects (newest activity first) and the invites waiting for their email. */
  public Future<JsonObject> mine(Principal who) {
    return Future.all(store.ofMember(who.subject()), invitedAs(who)).map(all -> {
      List<ProjectStore.Stored> mine = all.resultAt(0);
      List<ProjectStore.Stored> invited = all.resultAt(1);
      JsonArray projects = new JsonArray();
      mine.stream().sorted(Comparator.comparingLong((ProjectStore.Stored s) -> s.project().updatedAt()).reversed())
          .forEach(s -> projects.add(line(s.project()).put("role", s.project().membership().member(who.subject()).orElseThrow().role().wire())));
      return new JsonObject().put("projects", projects).put("invites", invitesFor(who, invited));
    });
  }

  private Future<List<ProjectStore.Stored>> invitedAs(Principal who) {
    return who.email().isEmpty() ? Future.succeededFuture(List.of()) : store.invitedAs(who.email().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Rule PM9 (issue 19, "my data"): what the projects hold about the signed-in person: their
   * memberships, the invites for their email and the decisions they recorded while signed in.
   */
  public Future<JsonObject> myData(Principal who) {
    return Future.all(store.ofMember(who.subject()), invitedAs(who)).map(all -> {
      List<ProjectStore.Stored> mine = all.resultAt(0);
      JsonArray memberships = new JsonArray();
      JsonArray decisions = new JsonArray();
      for (ProjectStore.Stored s : mine) {
        Project p = s.project();
        Member m = p.membership().member(who.subject()).orElseThrow();
        memberships.add(new JsonObject(MembershipCodec.member(m)).put("projectId", p.id()).put("title", p.title()));
        p.decisions().stream().filter(d -> d.bySubject().equals(who.subject())).forEach(d -> decisions.add(
            new JsonObject(ProjectCodec.decision(d)).put("projectId", p.id()).put("title", p.title())));
      }
      return new JsonObject().put("subject", who.subject()).put("name", who.name()).put("email", who.email())
          .put("memberships", memberships).put("invites", invitesFor(who, all.resultAt(1))).put("decisions", decisions);
    });
  }

  /** The invites waiting for the person's email (PM4; one per project, a new one replaces the old). */
  private static JsonArray invitesFor(Principal who, List<ProjectStore.Stored> invited) {
    JsonArray out = new JsonArray();
    String email = who.email().toLowerCase(java.util.Locale.ROOT);
    invited.forEach(s -> s.project().membership().invites().stream().filter(i -> i.email().equals(email))
        .forEach(i -> out.add(new JsonObject().put("projectId", s.project().id()).put("title", s.project().title())
            .put("role", i.role().wire()).put("invitedBy", i.invitedBy()).put("at", i.at()))));
    return out;
  }

  /** Rule PM7: every project of the installation, for an administrator. */
  public Future<JsonArray> all() {
    return store.all().map(list -> {
      JsonArray out = new JsonArray();
      list.stream().sorted(Comparator.comparingLong((ProjectStore.Stored s) -> s.project().updatedAt()).reversed()).forEach(s -> {
        Project p = s.project();
        JsonArray owners = new JsonArray();
        p.membership().members().stream().filter(m -> m.role() == MemberRole.OWNER).forEach(m -> owners.add(m.name()));
        out.add(line(p).put("members", p.membership().members().size()).put("owners", owners));
      });
      return out;
    });
  }

  private static JsonObject line(Project p) {
    return new JsonObject().put("id", p.id()).put("title", p.title()).put("phase", p.phase()).put("updatedAt", p.updatedAt());
  }
}
