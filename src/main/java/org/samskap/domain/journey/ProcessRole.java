package org.samskap.domain.journey;

import java.util.Objects;

/** A role in the journey's HUKI matrix (a row), e.g. "Saksbehandler" or "Hjemmesykepleier". */
public record ProcessRole(String id, String name) {
  public ProcessRole {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }

  ProcessRole withName(String n) {
    return new ProcessRole(id, n);
  }
}
