package org.samskap.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rules E1 and R2: the published event and the reply are rebuilt from what was stored. */
class StoredEventTest {

  static Map<String, Object> body(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  @Test
  @DisplayName("E1: the wire event is the stored fields plus version, clientOpId and by")
  void E1_wire_event() {
    StoredEvent e = new StoredEvent(7, "op-7", "sess-1", 1234L, body("type", "note.move", "noteId", "n1", "x", 1.0, "y", 2.0));
    assertEquals(new JsonObject().put("type", "note.move").put("noteId", "n1").put("x", 1.0).put("y", 2.0)
        .put("version", 7L).put("clientOpId", "op-7").put("by", "sess-1"), e.toWire());
    assertEquals("note.move", e.type());
    assertFalse(e.toWire().containsKey("at"), "the write time is not published");
  }

  @Test
  @DisplayName("R2: the rebuilt reply has the version, and the fields the board kind repeats (e.g. a created id)")
  void R2_reply_is_rebuilt_from_the_event() {
    assertEquals(new JsonObject().put("ok", true).put("version", 3L).put("noteId", "n9"),
        new StoredEvent(3, "c", "s", 0, body("type", "note.create", "noteId", "n9", "text", "t")).reply(Map.of("noteId", "n9")));
    assertEquals(new JsonObject().put("ok", true).put("version", 5L),
        new StoredEvent(5, "c", "s", 0, body("type", "note.delete", "noteId", "n9")).reply(Map.of()));
  }

  @Test
  @DisplayName("the body is copied (a later change to the caller's map does not leak in) and read-only")
  void body_is_a_read_only_copy() {
    Map<String, Object> m = body("type", "note.delete", "noteId", "n1");
    StoredEvent e = new StoredEvent(1, "c", "s", 0, m);
    m.put("noteId", "n2");
    assertEquals("n1", e.body().get("noteId"));
    assertThrows(UnsupportedOperationException.class, () -> e.body().put("x", 1));
    assertThrows(NullPointerException.class, () -> new StoredEvent(1, null, "s", 0, m));
  }
}
