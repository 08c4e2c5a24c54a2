package org.samskap.auth;

import java.util.Objects;

/**
 * A sign-in or a request refused, with a short code (docs/API.md, "Sign-in refusals") and a
 * sentence for people. It never carries a token, code or name.
 */
public final class SignInRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String code;
  private final int status;

  public SignInRefused(String code, int status, String message) {
    super(Objects.requireNonNull(message, "message"), null, false, false);
    this.code = Objects.requireNonNull(code, "code");
    this.status = status;
  }

  /** A refused sign-in (HTTP 403 where it is answered as JSON). */
  public static SignInRefused of(String code, String message) {
    return new SignInRefused(code, 403, message);
  }

  public String code() {
    return code;
  }

  public int status() {
    return status;
  }
}
