package org.samskap.domain.projects;

import java.util.Objects;

/** A project member (PM1): the provider's subject, the name and email the provider gave, the role, since when. */
public record Member(String subject, String name, String email, MemberRole role, long since) {
  public Member {
    subject = Texts.text("subject", subject, true, 255);
    name = Texts.text("name", name, false, Project.MAX_NAME_CHARS);
    email = Membership.email(email, false);
    Objects.requireNonNull(role, "role");
  }

  /**
   * The member a provider's claims make (PM1): a name past the limit is cut, an email that is not
   * one is left out, so a sign-in never fails on what the provider sends.
   */
  public static Member signedIn(String subject, String name, String email, MemberRole role, long now) {
    String n = name == null ? "" : name.strip();
    if (n.codePointCount(0, n.length()) > Project.MAX_NAME_CHARS) n = n.substring(0, n.offsetByCodePoints(0, Project.MAX_NAME_CHARS));
    String e;
    try {
      e = Membership.email(email, false);
    } catch (ProjectInvalid x) {
      e = "";
    }
    return new Member(subject, n, e, role, now);
  }

  Member as(MemberRole r) {
    return new Member(subject, name, email, r, since);
  }
}
