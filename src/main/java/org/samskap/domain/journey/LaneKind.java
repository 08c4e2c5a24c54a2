package org.samskap.domain.journey;

import java.util.List;
import java.util.Optional;

/**
 * What a lane (row) of a service journey holds. The default lanes follow the method
 * (Veikart for tjenesteinnovasjon): user actions, touchpoints (kontaktpunkter), actors,
 * work processes (arbeidsprosesser), technology / professional systems (fagsystemer), pain
 * points, gains and opportunities, and the emotion curve. {@link #CUSTOM} is a lane the
 * team names itself.
 */
public enum LaneKind {
  ACTIONS("actions"),
  TOUCHPOINTS("touchpoints"),
  ACTORS("actors"),
  PROCESSES("processes"),
  TECHNOLOGY("technology"),
  PAINS("pains"),
  GAINS("gains"),
  EMOTION("emotion"),
  CUSTOM("custom");

  /** The lanes a new journey starts with, top to bottom. */
  public static final List<LaneKind> DEFAULTS =
      List.of(ACTIONS, TOUCHPOINTS, ACTORS, PROCESSES, TECHNOLOGY, PAINS, GAINS, EMOTION);

  private final String wire;

  LaneKind(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  /** The emotion lane shows one value per stage and holds no cards. */
  public boolean holdsCards() {
    return this != EMOTION;
  }

  public static Optional<LaneKind> fromWire(String s) {
    for (LaneKind k : values()) {
      if (k.wire.equals(s)) return Optional.of(k);
    }
    return Optional.empty();
  }
}
