package org.samskap.domain.ideas;

import java.util.Objects;

/** A named group of notes. */
public record Cluster(String id, String label, double x, double y) {
  public Cluster {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
  }

  Cluster withLabel(String l) {
    return new Cluster(id, l, x, y);
  }
}
