package org.samskap.auth;

import java.util.Objects;

/**
 * Who a request is (docs/API.md S5): a signed-in staff member, an administrator, or anonymous.
 * Anonymous covers everyone who works by board link, and everyone when sign-in is off.
 *
 * @param kind what the person may do as a person (board links add their own rights)
 * @param subject the provider's {@code sub}, stable per person; empty when anonymous
 * @param name the name to show; empty when unknown
 * @param email the email; empty when unknown
 */
public record Principal(Kind kind, String subject, String name, String email) {
  public enum Kind {
    ANONYMOUS("anonymous"), STAFF("staff"), ADMIN("admin");

    private final String wire;

    Kind(String wire) {
      this.wire = wire;
    }

    public String wire() {
      return wire;
    }
  }

  public static final Principal ANONYMOUS = new Principal(Kind.ANONYMOUS, "", "", "");

  public Principal {
    Objects.requireNonNull(kind, "kind");
    subject = subject == null ? "" : subject;
    name = name == null ? "" : name;
    email = email == null ? "" : email;
    if (kind != Kind.ANONYMOUS && subject.isEmpty()) throw new IllegalArgumentException("a signed-in principal needs a subject");
  }

  /** Staff or administrator: may create boards (and, later, projects). */
  public boolean isStaff() {
    return kind != Kind.ANONYMOUS;
  }

  /** Rule S9: the name others see of a signed-in person: the provider's name, else the email; empty if neither is known. */
  public String displayName() {
    return name.isEmpty() ? email : name;
  }

  public boolean isAdmin() {
    return kind == Kind.ADMIN;
  }
}
