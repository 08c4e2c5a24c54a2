package org.samskap.domain;

import java.util.Objects;

/** Why an op was refused: a reason code for programs and a sentence for people. */
public record Rejection(Reason reason, String message) {
  public Rejection {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  public static Rejection of(Reason reason, String message) {
    return new Rejection(reason, message);
  }
}
