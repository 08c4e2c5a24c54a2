package org.samskap.domain.journey;

import java.util.Optional;

/**
 * A cell of the role and responsibility matrix HUKI (the Norwegian RACI): Hovedansvarlig
 * (accountable, exactly one per process step), Utførende (does the work), Konsulteres
 * (consulted), Informeres (informed).
 */
public enum Huki {
  H("Hovedansvarlig"),
  U("Utførende"),
  K("Konsulteres"),
  I("Informeres");

  private final String norwegian;

  Huki(String norwegian) {
    this.norwegian = norwegian;
  }

  /** The Norwegian word the letter stands for. */
  public String norwegian() {
    return norwegian;
  }

  public String wire() {
    return name();
  }

  public static Optional<Huki> fromWire(String s) {
    for (Huki h : values()) {
      if (h.name().equals(s)) return Optional.of(h);
    }
    return Optional.empty();
  }
}
