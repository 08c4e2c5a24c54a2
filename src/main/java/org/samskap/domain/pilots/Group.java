package org.samskap.domain.pilots;

import java.util.Arrays;
import java.util.Optional;

/** Which group a measurement belongs to: the pilot as a whole, the test group or the control group. */
public enum Group {
  ALL("all"),
  TEST("test"),
  CONTROL("control");

  private final String wire;

  Group(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Optional<Group> fromWire(String s) {
    return Arrays.stream(values()).filter(g -> g.wire.equals(s)).findFirst();
  }
}
