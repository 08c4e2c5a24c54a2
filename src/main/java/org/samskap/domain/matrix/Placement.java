package org.samskap.domain.matrix;

import java.util.Optional;

/** Where items stand: where the facilitator put them, or at the median of everyone's scores. */
public enum Placement {
  FACILITATOR("facilitator"),
  SCORES("scores");

  private final String wire;

  Placement(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Optional<Placement> fromWire(String s) {
    for (Placement p : values()) {
      if (p.wire.equals(s)) return Optional.of(p);
    }
    return Optional.empty();
  }
}
