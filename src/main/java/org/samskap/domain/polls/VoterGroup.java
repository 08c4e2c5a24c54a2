package org.samskap.domain.polls;

import java.util.Locale;
import java.util.Optional;

/** The group a voter says they belong to (rule P4). Nothing else about the voter is kept. */
public enum VoterGroup {
  SERVICE_USER, RELATIVE, EMPLOYEE, OTHER;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<VoterGroup> fromWire(Object s) {
    for (VoterGroup g : values()) {
      if (g.wire().equals(s)) return Optional.of(g);
    }
    return Optional.empty();
  }
}
