package org.samskap.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Vert.x JSON to plain maps and lists, all the way down, for the pure readers. */
public final class Plain {
  private Plain() {}

  public static Map<String, Object> map(JsonObject o) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : o) out.put(e.getKey(), value(e.getValue()));
    return out;
  }

  public static Object value(Object v) {
    if (v instanceof JsonObject o) return map(o);
    if (v instanceof Map<?, ?> m) return map(new JsonObject(castMap(m)));
    if (v instanceof JsonArray a) return list(a);
    if (v instanceof List<?> l) return list(new JsonArray(new ArrayList<>(l)));
    return v;
  }

  private static List<Object> list(JsonArray a) {
    List<Object> out = new ArrayList<>();
    for (Object o : a) out.add(value(o));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Map<?, ?> m) {
    return (Map<String, Object>) m;
  }
}
