package org.samskap.domain.projects;

import java.util.Objects;

/**
 * A one-time join link (PM5): only the SHA-256 hash of its token is kept. It grants {@code role}
 * (never owner) to the first signed-in person who uses it before {@code expiresAt}; then it is
 * spent ({@code usedAt} > 0) and refuses everyone after.
 */
public record JoinLink(String id, String hash, MemberRole role, long createdAt, long expiresAt, long usedAt, String usedBy) {
  public JoinLink {
    id = Texts.text("id", id, true, 64);
    hash = Texts.text("hash", hash, true, 128);
    Objects.requireNonNull(role, "role");
    if (role == MemberRole.OWNER) throw ProjectInvalid.field("role", "A join link cannot make an owner; invite by email instead.");
    if (expiresAt <= createdAt) throw ProjectInvalid.field("hours", "A join link must expire after it is made.");
    usedBy = usedBy == null ? "" : usedBy;
  }

  public boolean used() {
    return usedAt > 0;
  }
}
