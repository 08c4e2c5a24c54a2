package org.samskap.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Rule T9: a snapshot whose content is encoded once reads as the same JSON as one built whole. */
class SharedSnapshotTest {
  final JsonObject head = new JsonObject().put("board", new JsonObject().put("id", "b1").put("kind", "ideas").put("title", "Tavle"))
      .put("presence", new JsonArray().add(new JsonObject().put("name", "Kari")));

  Map<String, Object> content() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("notes", List.of(Map.of("id", "n1", "text", "Færre skjema \"no\" \u2603")));
    c.put("clusters", List.of());
    return c;
  }

  @Test
  void T9_the_shared_snapshot_reads_as_head_and_content_together() {
    SharedSnapshot s = SharedSnapshot.of(head, SharedSnapshot.encodeContent(content()));
    JsonObject whole = head.copy();
    whole.getMap().putAll(new JsonObject(content()).getMap());
    assertEquals(new JsonObject(whole.encode()), s.toJsonObject());
  }

  @Test
  void T9_an_empty_content_gives_just_the_head() {
    SharedSnapshot s = SharedSnapshot.of(head, SharedSnapshot.encodeContent(Map.of()));
    assertEquals(head, s.toJsonObject());
  }

  @Test
  void T9_a_reply_holding_it_encodes_and_copies_without_copying_the_content() {
    Buffer content = SharedSnapshot.encodeContent(content());
    SharedSnapshot s = SharedSnapshot.of(head, content);
    JsonObject reply = Replies.ok(7).put("snapshot", s);
    assertSame(s, reply.copy().getValue("snapshot"), "the event bus copy keeps the same snapshot");
    JsonObject decoded = new JsonObject(reply.encode());
    assertEquals(7, decoded.getInteger("version"));
    assertEquals(s.toJsonObject(), decoded.getJsonObject("snapshot"));
    assertEquals(decoded, new JsonObject(reply.toBuffer()));
    assertSame(content, SharedSnapshot.of(head, content).content());
    assertTrue(((BufferInternal) content).getByteBuf().isDirect(), "shared content is direct, so Netty writes it as it is");
  }

  @Test
  void T9_a_snapshot_needs_a_head() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SharedSnapshot.of(new JsonObject(), SharedSnapshot.encodeContent(content())));
    assertEquals("head must have at least one field", e.getMessage());
  }
}
