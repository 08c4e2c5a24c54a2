package org.samskap.board;

import java.util.ArrayDeque;
import java.util.Iterator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The last N published events of a board, for catch-up (rule J3). */
final class RecentEvents {
  private final int capacity;
  private final ArrayDeque<JsonObject> events = new ArrayDeque<>();

  RecentEvents(int capacity) {
    this.capacity = capacity;
  }

  /** Rule D8b: forgets every event held (after an erasure, a catch-up gets a snapshot). */
  void clear() {
    events.clear();
  }

  void add(JsonObject wireEvent) {
    events.addLast(wireEvent);
    if (events.size() > capacity) events.removeFirst();
  }

  /** True when an event after {@code version} was published redacted (its full form needs a snapshot). */
  boolean redactedSince(long version) {
    Iterator<JsonObject> it = events.descendingIterator();
    while (it.hasNext()) {
      JsonObject e = it.next();
      if (e.getLong("version") <= version) return false;
      if (e.getBoolean("redacted", false)) return true;
    }
    return false;
  }

  /** Every event after {@code version}, or null when some of them are no longer held. */
  JsonArray since(long version, long current) {
    JsonArray out = new JsonArray();
    if (version >= current) return out;
    JsonObject oldest = events.peekFirst();
    if (oldest == null || oldest.getLong("version") > version + 1) return null;
    Iterator<JsonObject> it = events.descendingIterator();
    ArrayDeque<JsonObject> picked = new ArrayDeque<>();
    while (it.hasNext()) {
      JsonObject e = it.next();
      if (e.getLong("version") <= version) break;
      picked.addFirst(e);
    }
    picked.forEach(out::add);
    return out;
  }
}
