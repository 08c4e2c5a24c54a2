package org.samskap.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.domain.Reason;
import org.samskap.domain.Rejection;

/** Rules O1 and O4 as pure decisions: when a board refuses busy, and what readiness reports. */
class LoadSheddingTest {
  final AtomicLong clock = new AtomicLong(1_000_000_000L);
  final AtomicLong backlog = new AtomicLong();
  final long deadline = TimeUnit.MILLISECONDS.toNanos(8000);
  final LoadShedding shedding = new LoadShedding(100, 300, deadline, backlog::get, clock::get);

  @Test
  @DisplayName("O1: under every limit a new op is taken and nothing is counted")
  void O1_under_the_limits_nothing_is_refused() {
    assertNull(shedding.refusal(99, -1));
    assertNull(shedding.refusal(0, deadline / 2));
    assertNull(shedding.refusal(0, deadline));
    backlog.set(299);
    assertNull(shedding.refusal(50, 0));
    assertEquals(0, shedding.busyCount());
    assertNull(shedding.overload());
  }

  @Test
  @DisplayName("O1: a board with its queue limit of ops waiting refuses busy, naming the count")
  void O1_board_queue_limit() {
    Rejection r = shedding.refusal(100, -1);
    assertEquals(Reason.BUSY, r.reason());
    assertEquals("The board has 100 changes waiting for the database; send again later with the same clientOpId.", r.message());
    assertEquals(LoadShedding.Cause.BOARD_QUEUE, shedding.overload());
  }

  @Test
  @DisplayName("O1: a write in flight for longer than the write deadline makes the board refuse busy")
  void O1_slow_write() {
    assertNull(shedding.refusal(1, deadline), "at the deadline itself the board still takes ops");
    Rejection r = shedding.refusal(1, deadline + 1);
    assertEquals(Reason.BUSY, r.reason());
    assertEquals("The database is slow to confirm this board's changes; send again later with the same clientOpId.", r.message());
    assertEquals(LoadShedding.Cause.SLOW_WRITE, shedding.overload());
  }

  @Test
  @DisplayName("O1, O4: a node write backlog at its limit refuses busy on every board and makes readiness report it")
  void O1_O4_write_queue_limit() {
    backlog.set(300);
    assertEquals(LoadShedding.Cause.WRITE_QUEUE, shedding.overload(), "readiness reports a full write queue even before a refusal");
    Rejection r = shedding.refusal(0, -1);
    assertEquals(Reason.BUSY, r.reason());
    assertEquals("The server has too many changes waiting for the database; send again later with the same clientOpId.", r.message());
    backlog.set(0);
    assertEquals(LoadShedding.Cause.WRITE_QUEUE, shedding.overload(), "held for a moment after the last refusal");
  }

  @Test
  @DisplayName("O4: readiness reports the overload for one second after the last busy refusal, then recovers")
  void O4_overload_is_held_for_a_second_then_clears() {
    shedding.refusal(100, -1);
    shedding.refusal(100, -1);
    assertEquals(2, shedding.busyCount());
    clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(999));
    assertEquals(LoadShedding.Cause.BOARD_QUEUE, shedding.overload());
    clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
    assertNull(shedding.overload());
  }

  @Test
  @DisplayName("O3: late answers are counted; NONE has no limits and no deadline")
  void O3_late_answers_are_counted_and_none_sheds_nothing() {
    shedding.countLate(3);
    assertEquals(3, shedding.lateCount());
    assertTrue(shedding.hasDeadline());
    assertNull(LoadShedding.NONE.refusal(Integer.MAX_VALUE - 1, Long.MAX_VALUE - 1));
    assertTrue(!LoadShedding.NONE.hasDeadline());
  }

  @Test
  @DisplayName("limits and the deadline must be positive, with an exact message")
  void limits_must_be_positive() {
    assertEquals("limits and deadline must be positive",
        assertThrows(IllegalArgumentException.class, () -> new LoadShedding(0, 1, 1, () -> 0, () -> 0)).getMessage());
    assertEquals("limits and deadline must be positive",
        assertThrows(IllegalArgumentException.class, () -> LoadShedding.of(1, 0, 1000, () -> 0)).getMessage());
  }
}
