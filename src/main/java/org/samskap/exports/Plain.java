package org.samskap.exports;

import java.util.List;
import java.util.Map;

/** Readers of the plain maps and lists of a board's content, tolerant of missing fields. */
public final class Plain {
  private Plain() {}

  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> list(Object o) {
    return o instanceof List<?> l ? (List<Map<String, Object>>) (List<?>) l.stream().filter(x -> x instanceof Map).toList() : List.of();
  }

  public static String str(Object o) {
    return o == null ? "" : String.valueOf(o);
  }

  public static Object at(Map<String, Object> m, String... path) {
    Object cur = m;
    for (String p : path) {
      if (!(cur instanceof Map<?, ?> mm)) return null;
      cur = mm.get(p);
    }
    return cur;
  }
}
