package org.samskap.domain.journey;

import java.util.Objects;

/**
 * A lane (row) of a journey. An empty {@code label} means "the standard name of the kind",
 * which clients show in the reader's language.
 */
public record Lane(String id, LaneKind kind, String label) {
  public Lane {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
  }

  Lane withLabel(String l) {
    return new Lane(id, kind, l);
  }
}
