package org.samskap.domain.pilots;

import java.util.Arrays;
import java.util.Optional;

/** The way forward after a round (veivalg): on to operations, another round, or halt. */
public enum Route {
  OPERATIONS("operations"),
  ANOTHER_ROUND("another_round"),
  HALT("halt");

  private final String wire;

  Route(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Optional<Route> fromWire(String s) {
    return Arrays.stream(values()).filter(v -> v.wire.equals(s)).findFirst();
  }
}
