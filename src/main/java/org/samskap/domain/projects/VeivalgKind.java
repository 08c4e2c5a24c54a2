package org.samskap.domain.projects;

import java.util.Optional;

/**
 * The four ways out of a phase or a round (PJ3): go on to the next phase, take another round of
 * developing, testing and evaluating (phases 3 and 4, the roundabout), go back to an earlier
 * phase, or halt, which in the method means going back to phase 2 to rethink.
 */
public enum VeivalgKind {
  NEXT("next"), ROUND("round"), BACK("back"), HALT("halt");

  private final String wire;

  VeivalgKind(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Optional<VeivalgKind> fromWire(String s) {
    for (VeivalgKind k : values()) if (k.wire.equals(s)) return Optional.of(k);
    return Optional.empty();
  }
}
