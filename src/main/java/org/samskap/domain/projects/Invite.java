package org.samskap.domain.projects;

import java.util.Objects;

/** A pending invitation (PM4) to the person who signs in with {@code email}, to join in {@code role}. */
public record Invite(String email, MemberRole role, String invitedBy, long at) {
  public Invite {
    email = Membership.email(email, true);
    Objects.requireNonNull(role, "role");
    invitedBy = Texts.text("invitedBy", invitedBy, false, Project.MAX_NAME_CHARS);
  }
}
