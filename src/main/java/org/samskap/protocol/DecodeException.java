package org.samskap.protocol;

import org.samskap.domain.Rejection;

/** An incoming message could not be read; carries the rejection to send back. */
public final class DecodeException extends RuntimeException {
  private final transient Rejection rejection;

  public DecodeException(Rejection rejection) {
    super(rejection.message(), null, false, false);
    this.rejection = rejection;
  }

  public Rejection rejection() {
    return rejection;
  }
}
