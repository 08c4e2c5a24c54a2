package org.samskap.auth;

/**
 * A signed-in person's session as stored (docs/API.md S3): keyed by the SHA-256 of the session
 * id, never the id itself. {@code idToken} is the provider's ID token, kept only to hint the
 * provider's end-session endpoint at sign-out.
 */
public record StaffSession(String idHash, Principal principal, long createdAt, long lastSeenAt, String idToken) {
  public StaffSession {
    if (idHash == null || idHash.isEmpty()) throw new IllegalArgumentException("idHash must not be empty");
    if (principal == null || !principal.isStaff()) throw new IllegalArgumentException("a session is for staff only");
  }

  public StaffSession seenAt(long at) {
    return new StaffSession(idHash, principal, createdAt, at, idToken);
  }
}
