package org.samskap.domain.matrix;

import java.util.Objects;

/** A name in the three languages the product speaks: Bokmål, Nynorsk and English. */
public record Names(String nb, String nn, String en) {
  public Names {
    Objects.requireNonNull(nb, "nb");
    Objects.requireNonNull(nn, "nn");
    Objects.requireNonNull(en, "en");
  }

  /** These names with the given ones replaced; a null argument keeps the current name. */
  public Names with(String newNb, String newNn, String newEn) {
    return new Names(newNb == null ? nb : newNb, newNn == null ? nn : newNn, newEn == null ? en : newEn);
  }
}
