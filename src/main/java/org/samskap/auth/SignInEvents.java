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
}
