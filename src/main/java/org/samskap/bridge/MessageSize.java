package org.samskap.bridge;

import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * An upper bound of a decoded message's size as compact JSON in UTF-8, without encoding it
 * (rule T5): the bridge encodes a send to measure it only when the bound is above the limit.
 * A character takes at most six bytes (a {@code \}{@code uXXXX} escape; UTF-8 needs at most
 * three per char), so the bound is never below the real size.
 */
final class MessageSize {
  /** The longest number Jackson writes for an int, long or double (e.g. {@code -1.7976931348623157E308}). */
  private static final int NUMBER = 24;

  private MessageSize() {}

  /** At least the encoded size of {@code value}; -1 when it holds a value this does not bound. */
  static long atMost(Object value) {
    if (value == null) return 4;
    if (value instanceof String s) return 2 + 6L * s.length();
    if (value instanceof Boolean) return 5;
    if (value instanceof Integer || value instanceof Long || value instanceof Double || value instanceof Float
        || value instanceof Short || value instanceof Byte) return NUMBER;
    if (value instanceof JsonObject o) return object(o.getMap());
    if (value instanceof Map<?, ?> m) return object(m);
    if (value instanceof JsonArray a) return array(a.getList());
    if (value instanceof List<?> l) return array(l);
    return -1; // BigInteger, BigDecimal and other rare values: measured by encoding
  }

  private static long object(Map<?, ?> map) {
    long n = 2 + map.size(); // braces, and a colon per entry (the commas are counted below)
    for (Map.Entry<?, ?> e : map.entrySet()) {
      long v = atMost(e.getValue());
      if (v < 0 || !(e.getKey() instanceof String k)) return -1;
      n += 1 + 2 + 6L * k.length() + v;
    }
    return n;
  }

  private static long array(List<?> list) {
    long n = 2;
    for (Object o : list) {
      long v = atMost(o);
      if (v < 0) return -1;
      n += 1 + v;
    }
    return n;
  }
}
