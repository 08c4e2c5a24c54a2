package org.samskap.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class PlainTest {

  @Test
  void json_becomes_plain_maps_and_lists_all_the_way_down_with_nulls_and_order_kept() {
    JsonObject json = new JsonObject().put("b", 1).put("a", new JsonObject().put("x", new JsonArray().add(new JsonObject().put("y", 2.5))
        .add("z").addNull())).putNull("c").put("d", new JsonObject(Map.of("inner", new JsonArray().add(true))));
    Object plain = Plain.of(json);
    Map<?, ?> m = assertInstanceOf(LinkedHashMap.class, plain);
    assertEquals(List.of("b", "a", "c", "d"), new ArrayList<>(m.keySet()));
    Map<?, ?> a = assertInstanceOf(LinkedHashMap.class, m.get("a"));
    List<?> x = assertInstanceOf(ArrayList.class, a.get("x"));
    assertInstanceOf(LinkedHashMap.class, x.get(0));
    assertEquals(2.5, ((Map<?, ?>) x.get(0)).get("y"));
    assertEquals("z", x.get(1));
    assertNull(x.get(2));
    assertTrue(m.containsKey("c"));
    assertNull(m.get("c"));
    Map<?, ?> d = assertInstanceOf(LinkedHashMap.class, m.get("d"));
    assertInstanceOf(ArrayList.class, d.get("inner"));
    @SuppressWarnings("unchecked")
    JsonObject back = new JsonObject((Map<String, Object>) plain);
    assertEquals(json, back, "the same content");
  }

  @Test
  void plain_maps_holding_json_are_converted_too_and_scalars_stay_as_they_are() {
    Map<String, Object> mixed = new LinkedHashMap<>();
    mixed.put("j", new JsonObject().put("k", "v"));
    Map<?, ?> out = (Map<?, ?>) Plain.of(mixed);
    assertInstanceOf(LinkedHashMap.class, out.get("j"));
    assertEquals("v", ((Map<?, ?>) out.get("j")).get("k"));
    assertEquals(7L, Plain.of(7L));
    assertNull(Plain.of(null));
  }

  @Test
  void the_readers_tolerate_missing_and_wrong_fields() {
    Map<String, Object> content = Map.of("matrix", Map.of("axes", Map.of("x", Map.of("names", Map.of("nb", "Gevinst")))),
        "notes", List.of(Map.of("text", "A"), "not a note", Map.of("text", "B")));
    assertEquals("Gevinst", Plain.at(content, "matrix", "axes", "x", "names", "nb"));
    assertNull(Plain.at(content, "matrix", "nope", "x"));
    assertEquals(2, Plain.list(content.get("notes")).size());
    assertEquals(List.of(), Plain.list(content.get("clusters")));
    assertEquals(Map.of(), Plain.map(content.get("missing")));
    assertEquals(Map.of("k", "v"), Plain.map(new JsonObject().put("k", "v")));
    assertEquals("", Plain.str(null));
    assertEquals("3", Plain.str(3));
  }
}
