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
    List<Map<String, Object>> out = new ArrayList<>(replies.size());
    replies.forEach((id, reply) -> out.add(Map.of("c", id, "r", reply.getMap())));
    return out;
  }

  @SuppressWarnings("unchecked")
  void restore(List<Map<String, Object>> entries) {
    for (Map<String, Object> e : entries) {
      replies.put((String) e.get("c"), new JsonObject((Map<String, Object>) e.get("r")));
    }
  }
}
