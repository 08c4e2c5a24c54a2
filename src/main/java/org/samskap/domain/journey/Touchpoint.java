package org.samskap.domain.journey;

import java.util.Optional;

/** The type of a touchpoint (kontaktpunkt): digitalt, fysisk or mellommenneskelig. */
public enum Touchpoint {
  DIGITAL("digital"),
  PHYSICAL("physical"),
  INTERPERSONAL("interpersonal");

  private final String wire;

  Touchpoint(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Optional<Touchpoint> fromWire(String s) {
    for (Touchpoint t : values()) {
      if (t.wire.equals(s)) return Optional.of(t);
    }
    return Optional.empty();
  }
}
