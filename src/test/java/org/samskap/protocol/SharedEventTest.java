package org.samskap.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.impl.codecs.JsonObjectMessageCodec;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Rule E6: a board event is immutable, not copied per consumer, and encoded once, as a plain object encodes. */
class SharedEventTest {
  static JsonObject event() {
    Map<String, Object> pos = new LinkedHashMap<>(Map.of("x", 0.25));
    return new JsonObject().put("type", "note.create").put("noteId", "n1")
        .put("text", "Færre skjema \"no\" \u2603 \uD83D\uDE00 \n\t</script>").put("pos", pos)
        .put("tags", new JsonArray().add("a").add(new JsonObject().put("k", 1L)))
        .put("version", 7L).put("count", 3).put("score", 4.5).put("none", (Object) null).put("redacted", true);
  }

  /** What the bridge (EventBusBridgeImpl) writes for a body: its envelope, encoded as a plain object. */
  static String bridgeFrame(String address, JsonObject body) {
    return new JsonObject().put("type", "rec").put("address", address).put("body", new JsonObject(body.encode())).encode();
  }

  @Test
  void E6_the_encoding_and_the_envelope_are_the_bytes_a_plain_object_gives() {
    JsonObject plain = event();
    SharedEvent shared = SharedEvent.of(plain);
    assertEquals(plain.encode(), shared.encode());
    assertEquals(Buffer.buffer(plain.encode()), shared.toBuffer());
    assertEquals(plain, new JsonObject(shared.toBuffer()));
    String address = "board.b\"1\u00e5.events";
    String expected = new JsonObject().put("type", "rec").put("address", address).put("body", plain).encode();
    assertEquals(expected, shared.envelope(address).toString(StandardCharsets.UTF_8));
    assertEquals(expected, bridgeFrame(address, shared));
    assertEquals(plain.encode(), shared.encode(), "the body is still the same after the envelope was made");
    assertEquals(expected, new JsonObject().put("type", "rec").put("address", address).put("body", shared).encode(),
        "encoded inside another object (a catch-up reply), it reads the same too");
  }

  @Test
  void E6_the_envelope_is_made_once_and_shared() {
    SharedEvent shared = SharedEvent.of(event());
    Buffer a = shared.envelope("board.b1.events");
    Buffer b = shared.envelope("board.b1.events");
    assertNotSame(a, b);
    byte[] first = a.getBytes();
    assertEquals(a, b);
    assertEquals(new String(first, StandardCharsets.UTF_8), bridgeFrame("board.b1.events", event()));
  }

  @Test
  void E6_nobody_can_change_a_published_event() {
    JsonObject original = event();
    SharedEvent shared = SharedEvent.of(original);
    String before = shared.encode();
    original.put("text", "changed");
    original.getJsonObject("pos").put("x", 9);
    original.getJsonArray("tags").add("more");
    assertEquals(before, shared.encode(), "changing the original does not reach the event");
    assertEquals("Færre skjema \"no\" \u2603 \uD83D\uDE00 \n\t</script>", shared.getString("text"));
    assertEquals(0.25, shared.getJsonObject("pos").getDouble("x"));
    assertThrows(UnsupportedOperationException.class, () -> shared.put("text", "x"));
    assertThrows(UnsupportedOperationException.class, () -> shared.remove("text"));
    assertThrows(UnsupportedOperationException.class, () -> shared.getJsonObject("pos").put("x", 1));
    assertThrows(UnsupportedOperationException.class, () -> shared.getJsonArray("tags").add("x"));
    assertThrows(UnsupportedOperationException.class, () -> shared.getJsonArray("tags").getJsonObject(1).put("k", 2));
    assertSame(shared, shared.copy());
    assertSame(shared, SharedEvent.of(shared));
    JsonObject outer = new JsonObject().put("events", new JsonArray().add(shared));
    assertSame(shared, outer.copy().getJsonArray("events").getValue(0), "a reply copied by the event bus keeps the event itself");
  }

  @Test
  void E6_it_equals_a_plain_object_with_the_same_content() {
    SharedEvent shared = SharedEvent.of(event());
    assertTrue(shared.equals(event()));
    assertEquals(shared, SharedEvent.of(event()));
    assertEquals(event().hashCode(), shared.hashCode());
    assertFalse(shared.equals(event().put("extra", 1)));
  }

  @Test
  void E6_local_consumers_get_the_same_instance_and_another_node_a_plain_object() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      List<Object> got = new CopyOnWriteArrayList<>();
      CompletableFuture<Void> both = new CompletableFuture<>();
      for (int i = 0; i < 2; i++) {
        vertx.eventBus().consumer("board.b1.events", m -> {
          got.add(m.body());
          if (got.size() == 2) both.complete(null);
        }).completion().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
      }
      SharedEvent shared = SharedEvent.of(event());
      SharedEvent.publish(vertx, "board.b1.events", shared);
      both.get(5, TimeUnit.SECONDS);
      assertSame(shared, got.get(0), "not copied for the first consumer");
      assertSame(shared, got.get(1), "nor for the second");
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }
    // across nodes the event bus encodes the body with the JSON object codec
    JsonObjectMessageCodec codec = new JsonObjectMessageCodec();
    Buffer wire = Buffer.buffer();
    codec.encodeToWire(wire, SharedEvent.of(event()));
    JsonObject there = codec.decodeFromWire(0, wire);
    assertEquals(JsonObject.class, there.getClass());
    assertEquals(new JsonObject(event().encode()), there);
    List<Object> plainTags = new ArrayList<>(there.getJsonArray("tags").getList());
    assertEquals(2, plainTags.size());
  }
}
