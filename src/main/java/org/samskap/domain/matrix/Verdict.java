package org.samskap.domain.matrix;

import java.util.Optional;

/** The outcome of deciding an item. Accepted items become pilot candidates. */
public enum Verdict {
  ACCEPTED("accepted"),
  PARKED("parked"),
  REJECTED("rejected");

  private final String wire;

  Verdict(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Optional<Verdict> fromWire(String s) {
    for (Verdict v : values()) {
      if (v.wire.equals(s)) return Optional.of(v);
    }
    return Optional.empty();
  }
}
