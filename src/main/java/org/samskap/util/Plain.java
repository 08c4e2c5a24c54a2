package org.samskap.util;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The one converter from Vert.x JSON to plain maps and lists (what the pure domain, the stores
 * and the exports read), and tolerant readers of such plain content.
 */
public final class Plain {
  private Plain() {}

  /**
   * The plain form of a JSON value, all the way down: a {@link JsonObject} or map becomes a
   * {@link LinkedHashMap} (keys as strings, order kept), a {@link JsonArray} or list an
   * {@link ArrayList}; anything else (string, number, boolean, null) is returned as it is.
   */
  public static Object of(Object v) {
    if (v instanceof JsonObject o) return of(o.getMap());
    if (v instanceof JsonArray a) return of(a.getList());
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), of(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object x : l) out.add(of(x));
      return out;
    }
    return v;
  }

  /**
   * A map to read: a {@link JsonObject} converted all the way down ({@link #of}), a map that is
   * plain already as it is, anything else (a missing field) an empty map.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object o) {
    if (o instanceof JsonObject j) return (Map<String, Object>) of(j);
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** The maps in a plain list, skipping anything else; an empty list when {@code o} is not a list. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> list(Object o) {
    return o instanceof List<?> l ? (List<Map<String, Object>>) (List<?>) l.stream().filter(x -> x instanceof Map).toList() : List.of();
  }

  /** A value as text, "" for null. */
  public static String str(Object o) {
    return o == null ? "" : String.valueOf(o);
  }

  /** The value at a path of keys through nested maps, or null where the path breaks off. */
  public static Object at(Map<String, Object> m, String... path) {
    Object cur = m;
    for (String p : path) {
      if (!(cur instanceof Map<?, ?> mm)) return null;
      cur = mm.get(p);
    }
    return cur;
  }
}
