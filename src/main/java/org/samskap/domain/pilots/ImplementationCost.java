package org.samskap.domain.pilots;

import java.util.Objects;

/** A cost of implementing the solution (kostnad ved implementering), in kroner: once and every year. */
public record ImplementationCost(String id, String description, double oneOff, double yearly) {
  public ImplementationCost {
    Objects.requireNonNull(id, "id");
    description = Check.required("cost.description", description, Check.MAX_SHORT);
    Check.nonNegative("cost.oneOff", oneOff);
    Check.nonNegative("cost.yearly", yearly);
  }
}
