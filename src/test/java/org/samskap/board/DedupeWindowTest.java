package org.samskap.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule R2: the replies of the last N accepted ops, by clientOpId, kept across restarts via the snapshot. */
class DedupeWindowTest {

  static JsonObject reply(long version) {
    return new JsonObject().put("ok", true).put("version", version);
  }

  static List<String> ids(DedupeWindow w) {
    return w.export().stream().map(e -> (String) e.get("c")).toList();
  }

  @Test
  @DisplayName("R2: a remembered clientOpId gives back the very reply it got; an unknown one gives nothing")
  void R2_remembers_replies() {
    DedupeWindow w = new DedupeWindow(16);
    JsonObject first = reply(1).put("noteId", "n1");
    w.put("op-1", first);
    assertEquals(first, w.get("op-1"));
    assertNull(w.get("op-2"));
    assertEquals(1, w.size());
  }

  @Test
  @DisplayName("R2: the window holds the last N accepted ops; the oldest is forgotten first")
  void R2_the_window_forgets_the_oldest() {
    DedupeWindow w = new DedupeWindow(3);
    for (int i = 1; i <= 5; i++) w.put("op-" + i, reply(i));
    assertEquals(3, w.size());
    assertNull(w.get("op-1"));
    assertNull(w.get("op-2"));
    assertEquals(reply(3), w.get("op-3"));
    assertEquals(reply(5), w.get("op-5"));
    assertEquals(List.of("op-3", "op-4", "op-5"), ids(w));
  }

  @Test
  @DisplayName("R2: looking an op up does not keep it longer (the window is by acceptance order, not use)")
  void R2_lookups_do_not_refresh() {
    DedupeWindow w = new DedupeWindow(2);
    w.put("a", reply(1));
    w.put("b", reply(2));
    w.get("a");
    w.put("c", reply(3));
    assertNull(w.get("a"));
    assertEquals(reply(2), w.get("b"));
  }

  @Test
  @DisplayName("R2 across a restart: export then restore gives the same window, in the same order")
  void R2_export_restore_round_trip() {
    DedupeWindow w = new DedupeWindow(16);
    for (int i = 1; i <= 5; i++) w.put("op-" + i, reply(i).put("clusterId", "c" + i));
    List<Map<String, Object>> exported = w.export();
    DedupeWindow restored = new DedupeWindow(16);
    restored.restore(exported);
    assertEquals(ids(w), ids(restored));
    for (int i = 1; i <= 5; i++) assertEquals(w.get("op-" + i), restored.get("op-" + i));
    assertEquals(exported, restored.export());
  }

  @Test
  @DisplayName("R2: restoring more entries than the window holds keeps the newest")
  void R2_restore_trims_to_capacity() {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (int i = 1; i <= 10; i++) entries.add(Map.of("c", "op-" + i, "r", reply(i).getMap()));
    DedupeWindow w = new DedupeWindow(4);
    w.restore(entries);
    assertEquals(List.of("op-7", "op-8", "op-9", "op-10"), ids(w));
    assertEquals(10L, w.get("op-10").getLong("version"));
  }

  @Test
  @DisplayName("R2: a snapshot's window with the replies of the batch being written holds at most N entries, the newest")
  void R2_export_with_newer_keeps_the_newest_n() {
    DedupeWindow w = new DedupeWindow(4);
    for (int i = 1; i <= 4; i++) w.put("op-" + i, reply(i));
    List<Map<String, Object>> newer = List.of(Map.of("c", "op-5", "r", reply(5).getMap()), Map.of("c", "op-6", "r", reply(6).getMap()));
    List<Map<String, Object>> out = w.exportWith(newer);
    assertEquals(List.of("op-3", "op-4", "op-5", "op-6"), out.stream().map(e -> (String) e.get("c")).toList());
    assertEquals(reply(6).getMap(), out.get(3).get("r"));
    assertEquals(4, w.size(), "exporting does not change the window");
  }

  @Test
  @DisplayName("R2: a batch larger than the window alone fills the exported window with its newest entries")
  void R2_export_with_a_batch_larger_than_the_window() {
    DedupeWindow w = new DedupeWindow(2);
    w.put("op-1", reply(1));
    List<Map<String, Object>> newer = new ArrayList<>();
    for (int i = 2; i <= 5; i++) newer.add(Map.of("c", "op-" + i, "r", reply(i).getMap()));
    assertEquals(List.of("op-4", "op-5"), w.exportWith(newer).stream().map(e -> (String) e.get("c")).toList());
  }
}
