package org.samskap.exports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of a human-readable export (docs/EXPORT.md, query parameter {@code lang}):
 * Bokmål (the default), Nynorsk or English. Norwegian numbers use a decimal comma, English a point;
 * both group thousands with a space.
 */
public enum ExportLang {
  NB, NN, EN;

  /** The codes the {@code lang} parameter takes, in this order. */
  public static final List<String> CODES = List.of("nb", "nn", "en");

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The language of a code; absent for anything but nb, nn and en. */
  public static Optional<ExportLang> of(String code) {
    if (code == null) return Optional.empty();
    for (ExportLang l : values()) if (l.code().equals(code)) return Optional.of(l);
    return Optional.empty();
  }

  /** One of three texts, in this language. */
  public String pick(String nb, String nn, String en) {
    return switch (this) {
      case NB -> nb;
      case NN -> nn;
      case EN -> en;
    };
  }

  /** A number for prose: whole numbers without decimals, others with two; thousands grouped with a space. */
  public String num(double v) {
    String s = v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%,.2f", v);
    s = s.replace(',', ' ');
    return this == EN ? s : s.replace('.', ',');
  }
}
