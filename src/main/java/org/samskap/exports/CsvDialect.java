package org.samskap.exports;

import java.math.BigDecimal;

/**
 * How a board CSV separates cells and writes decimals (docs/EXPORT.md [X18]). Excel set to
 * Norwegian reads {@code ;} between cells and a decimal comma; set to English, {@code ,} and a
 * point. A board CSV asked for with {@code lang=nb} or {@code lang=nn} is {@link #SEMICOLON},
 * with {@code lang=en} or without {@code lang} {@link #COMMA} (RFC 4180 as it always was).
 */
public enum CsvDialect {
  /** RFC 4180: {@code ,} between cells, a decimal point. */
  COMMA(',', '.'),
  /** What Norwegian Excel opens as columns: {@code ;} between cells, a decimal comma. */
  SEMICOLON(';', ',');

  private final char separator;
  private final char decimal;

  CsvDialect(char separator, char decimal) {
    this.separator = separator;
    this.decimal = decimal;
  }

  public char separator() {
    return separator;
  }

  public char decimal() {
    return decimal;
  }

  /** The dialect of a board CSV: {@code lang} is the parameter given, or null when none was given. */
  public static CsvDialect of(ExportLang asked) {
    return asked == ExportLang.NB || asked == ExportLang.NN ? SEMICOLON : COMMA;
  }

  /**
   * A number cell: as Java writes it in {@link #COMMA} (unchanged since [X9]); in
   * {@link #SEMICOLON} fractional numbers are written out in full (never {@code 1.0E7}) with a
   * decimal comma, and nothing groups thousands.
   */
  String number(Number n) {
    if (this == COMMA) return n.toString();
    if ((n instanceof Double || n instanceof Float) && Double.isFinite(n.doubleValue())) {
      return BigDecimal.valueOf(n.doubleValue()).toPlainString().replace('.', decimal);
    }
    return n.toString().replace('.', decimal);
  }
}
