package org.samskap.domain.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.concurrent.atomic.AtomicInteger;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Reason;
import org.samskap.domain.Rejection;
import org.samskap.domain.Role;

/** A journey board with deterministic ids, and helpers that decide and apply ops like the board's writer. */
final class Fixture {
  static final JourneyVersion CUR = JourneyVersion.CURRENT;
  static final JourneyVersion FUT = JourneyVersion.FUTURE;

  final JourneyBoard board = new JourneyBoard("Tildeling av hjemmetjenester");
  final JourneyRules rules = new JourneyRules(JourneyLimits.DEFAULTS);
  private final AtomicInteger next = new AtomicInteger();
  final Actor facilitator = new Actor(Role.FACILITATOR, "m1", "Kari", () -> "id" + next.incrementAndGet());
  final Actor participant = new Actor(Role.PARTICIPANT, "m2", "Ola", () -> "id" + next.incrementAndGet());

  /** Decides and applies an op as a participant; fails the test if it is refused. */
  JourneyEvent ok(JourneyOp op) {
    return ok(op, participant);
  }

  JourneyEvent ok(JourneyOp op, Actor actor) {
    Decision<JourneyEvent> d = rules.decide(board, op, actor);
    if (d instanceof Decision.Rejected<JourneyEvent> r) throw new AssertionError("refused: " + r.rejection());
    JourneyEvent e = ((Decision.Accepted<JourneyEvent>) d).event();
    board.apply(e);
    return e;
  }

  /** Decides an op that must be refused with the reason; returns the rejection. */
  Rejection refused(JourneyOp op, Reason reason) {
    return refused(op, participant, reason);
  }

  Rejection refused(JourneyOp op, Actor actor, Reason reason) {
    Decision<JourneyEvent> d = rules.decide(board, op, actor);
    Decision.Rejected<JourneyEvent> r = assertInstanceOf(Decision.Rejected.class, d, "expected a refusal of " + op);
    assertEquals(reason, r.rejection().reason(), r.rejection().message());
    return r.rejection();
  }

  String stage(JourneyVersion v, String label) {
    return ((JourneyEvent.StageCreated) ok(new JourneyOp.CreateStage(v, label, null))).stage().id();
  }

  String card(JourneyVersion v, String laneId, String stageId, String text) {
    Touchpoint tp = laneId.equals("touchpoints") ? Touchpoint.DIGITAL : null;
    return ((JourneyEvent.CardCreated) ok(new JourneyOp.CreateCard(v, laneId, stageId, text, tp))).card().id();
  }

  String role(JourneyVersion v, String name) {
    return ((JourneyEvent.RoleCreated) ok(new JourneyOp.CreateRole(v, name))).role().id();
  }

  Journey current() {
    return board.journey(CUR);
  }

  Journey future() {
    return board.journey(FUT);
  }
}
