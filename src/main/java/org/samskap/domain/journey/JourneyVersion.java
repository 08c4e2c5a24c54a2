package org.samskap.domain.journey;

import java.util.Optional;

/** The two versions of a service journey (tjenestereise): as it is now, and as it should become. */
public enum JourneyVersion {
  /** Nåværende tjenestereise. */
  CURRENT("current"),
  /** Fremtidig tjenestereise. */
  FUTURE("future");

  private final String wire;

  JourneyVersion(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Optional<JourneyVersion> fromWire(String s) {
    for (JourneyVersion v : values()) {
      if (v.wire.equals(s)) return Optional.of(v);
    }
    return Optional.empty();
  }
}
