package org.samskap.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonObject;

/** The replies of the last N accepted ops of a board, by client op id (rule R2). */
final class DedupeWindow {
  private final int capacity;
  private final LinkedHashMap<String, JsonObject> replies;

  DedupeWindow(int capacity) {
    this.capacity = capacity;
    this.replies = new LinkedHashMap<>(16, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, JsonObject> eldest) {
        return size() > DedupeWindow.this.capacity;
      }
    };
  }

  JsonObject get(String clientOpId) {
    return replies.get(clientOpId);
  }

  void put(String clientOpId, JsonObject reply) {
    replies.put(clientOpId, reply);
  }

  int size() {
    return replies.size();
  }

  List<Map<String, Object>> export() {
    return exportWith(List.of());
  }

  /**
   * The window as a snapshot stores it, oldest first, as if {@code newer} (entries
   * {@code {"c": clientOpId, "r": reply}} of ops not put yet) had been put: at most
   * {@code capacity} entries, so a snapshot never carries replies the window would forget.
   */
  List<Map<String, Object>> exportWith(List<Map<String, Object>> newer) {
    int skip = Math.max(0, replies.size() + newer.size() - capacity);
    List<Map<String, Object>> out = new ArrayList<>(Math.min(capacity, replies.size() + newer.size()));
    for (Map.Entry<String, JsonObject> e : replies.entrySet()) {
      if (skip > 0) skip--;
      else out.add(Map.of("c", e.getKey(), "r", e.getValue().getMap()));
    }
    for (Map<String, Object> e : newer.subList(Math.min(skip, newer.size()), newer.size())) out.add(e);
    return out;
  }

  @SuppressWarnings("unchecked")
  void restore(List<Map<String, Object>> entries) {
    for (Map<String, Object> e : entries) {
      replies.put((String) e.get("c"), new JsonObject((Map<String, Object>) e.get("r")));
    }
  }
}
