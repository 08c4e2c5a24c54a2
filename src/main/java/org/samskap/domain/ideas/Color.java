package org.samskap.domain.ideas;

import java.util.Locale;
import java.util.Optional;

/** Sticky-note colours. The UI maps each to a light pastel with dark text. */
public enum Color {
  YELLOW, PINK, BLUE, GREEN, ORANGE, PURPLE;

  public static final Color DEFAULT = YELLOW;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Color> fromWire(String s) {
    if (s == null) return Optional.empty();
    for (Color c : values()) {
      if (c.wire().equals(s)) return Optional.of(c);
    }
    return Optional.empty();
  }
}
