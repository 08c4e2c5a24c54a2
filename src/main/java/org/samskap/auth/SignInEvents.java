package org.samskap.auth;

/**
 * A hook for the audit log (docs/API.md S8): told of each sign-in, sign-out and refused
 * sign-in. It gets the principal and a reason code, never a token or code. Called on the event
 * loop; it must not block.
 */
public interface SignInEvents {
  SignInEvents NONE = new SignInEvents() {};

  default void signedIn(Principal who, long at) {}

  default void signedOut(Principal who, long at) {}

  default void refused(String code, long at) {}

  /** As {@link #signedIn(Principal, long)}, with the client address of the request (S10); null if unknown. */
  default void signedIn(Principal who, long at, String address) {
    signedIn(who, at);
  }

  /** As {@link #signedOut(Principal, long)}, with the client address of the request (S10). */
  default void signedOut(Principal who, long at, String address) {
    signedOut(who, at);
  }

  /** As {@link #refused(String, long)}, with the client address of the request (S10). */
  default void refused(String code, long at, String address) {
    refused(code, at);
  }
}
