package org.samskap.domain.pilots;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared checks of the pilot records; each failure names its field. */
final class Check {
  /** Longest free text of a plan or evaluation field. */
  static final int MAX_TEXT = 4000;
  /** Longest short text: a title, indicator, unit, owner name. */
  static final int MAX_SHORT = 200;

  private Check() {}

  /** Null becomes "", surrounding blanks are stripped, and the text is at most {@code max} characters. */
  static String text(String field, String value, int max) {
    String v = value == null ? "" : value.strip();
    if (v.codePointCount(0, v.length()) > max) {
      throw PilotInvalid.field(field, "Field '" + field + "' may have at most " + max + " characters.");
    }
    return v;
  }

  static String required(String field, String value, int max) {
    String v = text(field, value, max);
    if (v.isEmpty()) throw PilotInvalid.field(field, "Field '" + field + "' must not be empty.");
    return v;
  }

  static double finite(String field, double value) {
    if (!Double.isFinite(value) || Math.abs(value) > 1e15) {
      throw PilotInvalid.field(field, "Field '" + field + "' must be a finite number.");
    }
    return value;
  }

  static double nonNegative(String field, double value) {
    finite(field, value);
    if (value < 0) throw PilotInvalid.field(field, "Field '" + field + "' must not be negative, was " + value + ".");
    return value;
  }

  static <T> List<T> list(List<T> value) {
    return value == null ? List.of() : List.copyOf(value);
  }

  /** An unmodifiable copy that keeps null values (copied provenance may hold them). */
  static Map<String, Object> map(Map<String, Object> value) {
    return value == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(value));
  }
}
