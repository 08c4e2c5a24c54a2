package org.samskap.domain.matrix;

import java.util.Optional;

/**
 * How values on both axes are given. Both scales run from 1 to 5, so switching scale never
 * puts an existing value off the matrix: {@link #STEPS} takes the whole numbers 1-5,
 * {@link #CONTINUOUS} any number between 1 and 5.
 */
public enum Scale {
  STEPS("1-5"),
  CONTINUOUS("continuous");

  public static final double MIN = 1;
  public static final double MAX = 5;
  public static final double MIDDLE = 3;

  private final String wire;

  Scale(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Optional<Scale> fromWire(String s) {
    for (Scale v : values()) {
      if (v.wire.equals(s)) return Optional.of(v);
    }
    return Optional.empty();
  }

  /** Whether a value is on this scale. */
  public boolean accepts(double v) {
    if (!Double.isFinite(v) || v < MIN || v > MAX) return false;
    return this == CONTINUOUS || v == Math.rint(v);
  }

  /** A sentence saying which values are allowed, for rejection messages. */
  public String describe() {
    return this == STEPS ? "a whole number from 1 to 5" : "a number from 1 to 5";
  }
}
