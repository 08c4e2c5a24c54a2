package org.samskap.domain.matrix;

import java.util.Locale;
import java.util.Optional;

/** The two axes of the matrix. By default x is feasibility and y is anticipated gain. */
public enum Axis {
  X(new Names("Gjennomførbarhet", "Gjennomførbarheit", "Feasibility")),
  Y(new Names("Forventet gevinst", "Forventa gevinst", "Anticipated gain"));

  private final Names defaultNames;

  Axis(Names defaultNames) {
    this.defaultNames = defaultNames;
  }

  public Names defaultNames() {
    return defaultNames;
  }

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Axis> fromWire(String s) {
    for (Axis a : values()) {
      if (a.wire().equals(s)) return Optional.of(a);
    }
    return Optional.empty();
  }
}
