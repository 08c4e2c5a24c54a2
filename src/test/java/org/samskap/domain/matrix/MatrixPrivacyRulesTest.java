package org.samskap.domain.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Reason;
import org.samskap.domain.Role;

/** docs/PROTOCOL.md [M11]: an aggregate stays hidden until enough members scored, unless the facilitator reveals it. */
class MatrixPrivacyRulesTest {
  private final AtomicInteger counter = new AtomicInteger();
  private final MatrixRules rules = new MatrixRules(MatrixLimits.withMaxTextChars(2000));
  private final MatrixBoard board = new MatrixBoard("Prioritering");
  private final Actor facilitator = new Actor(Role.FACILITATOR, "mfac", "Frida", () -> "i" + counter.incrementAndGet());

  private Actor member(String id) {
    return new Actor(Role.PARTICIPANT, id, id, () -> "i" + counter.incrementAndGet());
  }

  private MatrixEvent accept(MatrixOp op, Actor actor) {
    Decision<MatrixEvent> d = rules.decide(board, op, actor, 1L);
    MatrixEvent e = ((Decision.Accepted<MatrixEvent>) assertInstanceOf(Decision.Accepted.class, d, d::toString)).event();
    board.apply(e);
    return e;
  }

  private MatrixEvent.ItemScored score(String itemId, String memberId, double x, double y) {
    return (MatrixEvent.ItemScored) accept(new MatrixOp.ScoreItem(itemId, x, y), member(memberId));
  }

  private String item() {
    return ((MatrixEvent.ItemCreated) accept(new MatrixOp.CreateItem("Nattlys"), facilitator)).item().id();
  }

  @Test
  void M11_the_default_threshold_is_three_scorers() {
    assertEquals(3, MatrixRules.DEFAULT_REVEAL_AT);
    assertEquals(3, rules.revealAt());
    assertFalse(MatrixRules.shows(2, 3, false));
    assertTrue(MatrixRules.shows(3, 3, false));
    assertTrue(MatrixRules.shows(1, 3, true));
  }

  @Test
  void M11_a_score_event_holds_the_aggregate_only_from_the_third_scorer_on() {
    String id = item();
    MatrixEvent.ItemScored one = score(id, "m1", 5, 5);
    assertEquals(1, one.count());
    assertNull(one.aggregate(), "one score would be the score itself");
    MatrixEvent.ItemScored two = score(id, "m2", 1, 3);
    assertEquals(2, two.count());
    assertNull(two.aggregate());
    MatrixEvent.ItemScored again = score(id, "m2", 2, 3);
    assertEquals(2, again.count(), "scoring again replaces: still two scorers, still hidden");
    assertNull(again.aggregate());
    MatrixEvent.ItemScored three = score(id, "m3", 3, 1);
    assertEquals(new Aggregate(3, new Spread(3, 2, 5), new Spread(3, 1, 5)), three.aggregate());
  }

  @Test
  void M11_after_a_reveal_every_score_event_holds_the_aggregate_and_hiding_again_hides_it() {
    String id = item();
    accept(new MatrixOp.RevealScores(true), facilitator);
    assertTrue(board.revealed());
    assertEquals(new Aggregate(1, new Spread(4, 4, 4), new Spread(2, 2, 2)), score(id, "m1", 4, 2).aggregate());
    accept(new MatrixOp.RevealScores(false), facilitator);
    assertFalse(board.revealed());
    assertNull(score(id, "m2", 2, 2).aggregate());
  }

  @Test
  void M1_M11_only_the_facilitator_reveals() {
    Decision<MatrixEvent> d = rules.decide(board, new MatrixOp.RevealScores(true), member("m1"), 1L);
    Decision.Rejected<?> r = assertInstanceOf(Decision.Rejected.class, d);
    assertEquals(Reason.FORBIDDEN, r.rejection().reason());
    assertEquals("Only a facilitator may do scores.reveal.", r.rejection().message());
    assertFalse(board.revealed());
  }

  @Test
  void M11_the_threshold_must_be_at_least_one_and_the_event_checks_its_count() {
    assertEquals("revealAt must be at least 1, was 0", assertThrows(IllegalArgumentException.class,
        () -> new MatrixRules(MatrixLimits.withMaxTextChars(10), 0)).getMessage());
    assertEquals("aggregate counts 1 scores but count is 2", assertThrows(IllegalArgumentException.class,
        () -> new MatrixEvent.ItemScored("i", "m", new Point(1, 1), 2, Aggregate.of(java.util.List.of(new Point(1, 1))))).getMessage());
  }
}
