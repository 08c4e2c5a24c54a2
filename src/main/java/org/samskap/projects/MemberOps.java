package org.samskap.projects;

import io.vertx.core.json.JsonObject;

import org.samskap.domain.projects.Invite;
import org.samskap.domain.projects.JoinLink;
import org.samskap.domain.projects.MemberRole;
import org.samskap.domain.projects.Membership;
import org.samskap.domain.projects.Project;
import org.samskap.domain.projects.ProjectInvalid;

/**
 * The membership changes a project's writer takes (PM3-PM5), beside {@link ProjectOps}: each is
 * decided by the pure rules of {@link Membership} and written with the project, so it is durable
 * before the answer, or refused with a {@link ProjectInvalid} that changes nothing.
 */
final class MemberOps {
  static final String ROLE = "member.role";
  static final String REMOVE = "member.remove";
  static final String INVITE = "invite";
  static final String INVITE_DROP = "invite.drop";
  static final String ACCEPT = "invite.accept";
  static final String LINK = "link.make";
  static final String JOIN = "link.join";

  private MemberOps() {}

  /** The project after the membership change {@code op}; an unknown type is {@code bad_request}. */
  static Project apply(Project p, JsonObject op, String type, long now) {
    Membership m = p.membership();
    Membership next = switch (type) {
      case ROLE -> m.withRole(text(op, "subject"), role(op));
      case REMOVE -> m.without(text(op, "subject"));
      case INVITE -> m.invite(new Invite(text(op, "email"), role(op), text(op, "by"), now));
      case INVITE_DROP -> m.withoutInvite(text(op, "email"));
      case ACCEPT -> m.accept(text(op, "subject"), text(op, "name"), text(op, "email"), now);
      case LINK -> m.withLink(new JoinLink(text(op, "linkId"), text(op, "hash"), role(op), now, now + op.getLong("hours", 0L) * 3_600_000L,
          0L, ""), now);
      case JOIN -> m.join(text(op, "hash"), text(op, "subject"), text(op, "name"), text(op, "email"), now);
      default -> throw new ProjectInvalid("bad_request", "type", "Unknown project change '" + type + "'.");
    };
    return p.withMembership(next, now);
  }

  private static MemberRole role(JsonObject op) {
    return MemberRole.fromWire(text(op, "role")).orElseThrow(() -> new ProjectInvalid("bad_request", "role",
        "Field 'role' must be \"owner\", \"facilitator\", \"member\" or \"readonly\"."));
  }

  private static String text(JsonObject op, String field) {
    return op.getValue(field) instanceof String s ? s : null;
  }
}
