package org.samskap.auth;

/**
 * A sign-in under way, between {@code /auth/login} and {@code /auth/callback} (docs/API.md S1,
 * S2). Keyed by the SHA-256 of {@code state}; {@code browserHash} is the SHA-256 of the value
 * of the browser-binding cookie set at login, {@code nonceHash} that of the nonce. The PKCE
 * verifier is kept as is: the code exchange needs it, and the attempt is taken (deleted) once.
 */
public record SignInAttempt(String stateHash, String browserHash, String nonceHash, String verifier, String returnTo,
    long createdAt) {
}
