package org.samskap.protocol;

import java.util.Map;
import java.util.regex.Pattern;

import org.samskap.domain.Reason;
import org.samskap.domain.Rejection;

/** Reads typed fields out of an untrusted JSON object, failing with a message that names the field. */
final class Fields {
  static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final Map<String, Object> map;

  Fields(Map<String, Object> map) {
    this.map = map;
  }

  /** Thrown by the readers; carries a ready rejection. */
  static final class Invalid extends RuntimeException {
    final Rejection rejection;

    Invalid(Reason reason, String message) {
      super(message, null, false, false);
      this.rejection = Rejection.of(reason, message);
    }
  }

  static Invalid invalid(String message) {
    return new Invalid(Reason.BAD_REQUEST, message);
  }

  Map<String, Object> map() {
    return map;
  }

  String string(String name) {
    Object v = map.get(name);
    if (!(v instanceof String s)) throw invalid("Field '" + name + "' must be a string.");
    return s;
  }

  String optionalString(String name) {
    Object v = map.get(name);
    if (v == null) return null;
    if (!(v instanceof String s)) throw invalid("Field '" + name + "' must be a string or absent.");
    return s;
  }

  String id(String name) {
    String s = string(name);
    if (!ID.matcher(s).matches()) throw invalid("Field '" + name + "' is not a valid id.");
    return s;
  }

  /** An id, or null when the field is absent or JSON null. */
  String optionalId(String name) {
    if (map.get(name) == null) return null;
    return id(name);
  }

  double number(String name) {
    Object v = map.get(name);
    if (!(v instanceof Number n)) throw invalid("Field '" + name + "' must be a number.");
    return n.doubleValue();
  }

  double optionalNumber(String name, double fallback) {
    return map.get(name) == null ? fallback : number(name);
  }

  long wholeNumber(String name) {
    Object v = map.get(name);
    if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
      throw invalid("Field '" + name + "' must be a whole number.");
    }
    return n.longValue();
  }
}
