package org.samskap.domain;

import java.util.Locale;
import java.util.Optional;

/** The roles a board token can grant. */
public enum Role {
  FACILITATOR,
  PARTICIPANT,
  /** Reads a board and follows it live; every op is refused (rule A13). */
  OBSERVER;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> fromWire(String s) {
    if (s == null) return Optional.empty();
    for (Role r : values()) {
      if (r.wire().equals(s)) return Optional.of(r);
    }
    return Optional.empty();
  }
}
