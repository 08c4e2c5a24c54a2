package org.samskap.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule J3: catch-up from the last events a board holds, or null when some are gone (then a snapshot is sent). */
class RecentEventsTest {

  static RecentEvents holding(int capacity, long from, long to) {
    RecentEvents r = new RecentEvents(capacity);
    for (long v = from; v <= to; v++) r.add(new JsonObject().put("type", "note.move").put("version", v));
    return r;
  }

  static List<Long> versions(JsonArray events) {
    return events.stream().map(e -> ((JsonObject) e).getLong("version")).toList();
  }

  @Test
  @DisplayName("J3: since(N) gives every event after N, in version order")
  void J3_since_gives_the_events_after_n_in_order() {
    RecentEvents r = holding(10, 1, 6);
    assertEquals(List.of(4L, 5L, 6L), versions(r.since(3, 6)));
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), versions(r.since(0, 6)));
    assertEquals(List.of(6L), versions(r.since(5, 6)));
  }

  @Test
  @DisplayName("J3: a client that is up to date (or ahead) gets no events")
  void J3_up_to_date_gets_nothing() {
    RecentEvents r = holding(10, 1, 6);
    assertEquals(0, r.since(6, 6).size());
    assertEquals(0, r.since(9, 6).size());
    assertEquals(0, new RecentEvents(10).since(0, 0).size(), "a new board with no events");
  }

  @Test
  @DisplayName("J3: when the oldest missed event is no longer held, since gives null (the caller sends a snapshot)")
  void J3_too_old_gives_null() {
    RecentEvents r = holding(5, 1, 12); // holds 8..12
    assertNull(r.since(6, 12), "7 is gone");
    assertNotNull(r.since(7, 12), "8 is the oldest held, so 7 is still answerable");
    assertEquals(List.of(8L, 9L, 10L, 11L, 12L), versions(r.since(7, 12)));
  }

  @Test
  @DisplayName("J3: after a load from a snapshot nothing is held, so any gap gives null")
  void J3_nothing_held_gives_null() {
    assertNull(new RecentEvents(10).since(3, 7));
  }

  @Test
  @DisplayName("J3: the buffer keeps only the newest `capacity` events")
  void J3_capacity_bounds_the_buffer() {
    RecentEvents r = holding(1000, 1, 2500);
    assertEquals(1000, r.since(1500, 2500).size());
    assertNull(r.since(1499, 2500));
  }
}
