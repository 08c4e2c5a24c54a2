package org.samskap.domain;

import java.util.Objects;

/** The outcome of deciding an op against a board: an event to apply, or a rejection. */
public sealed interface Decision<E> {

  record Accepted<E>(E event) implements Decision<E> {
    public Accepted {
      Objects.requireNonNull(event, "event");
    }
  }

  record Rejected<E>(Rejection rejection) implements Decision<E> {
    public Rejected {
      Objects.requireNonNull(rejection, "rejection");
    }
  }

  static <E> Decision<E> accept(E event) {
    return new Accepted<>(event);
  }

  static <E> Decision<E> reject(Reason reason, String message) {
    return new Rejected<>(Rejection.of(reason, message));
  }
}
