package org.samskap.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.OpCatalog;
import org.samskap.domain.OpCategory;
import org.samskap.domain.Reason;
import org.samskap.domain.Rejection;
import org.samskap.domain.Role;
import org.samskap.domain.ideas.IdeaOps;
import org.samskap.domain.matrix.MatrixOps;

/** The facilitation and dot-voting rules, without a server. Names cite docs/PROTOCOL.md. */
class SessionRulesTest {
  static final AtomicInteger IDS = new AtomicInteger();
  static final Actor FAC = new Actor(Role.FACILITATOR, "mfac", "Fa", () -> "id" + IDS.incrementAndGet());
  static final Actor KARI = new Actor(Role.PARTICIPANT, "mkari", "Kari", () -> "id" + IDS.incrementAndGet());
  static final Actor OLA = new Actor(Role.PARTICIPANT, "mola", "Ola", () -> "id" + IDS.incrementAndGet());
  static final Predicate<String> NOTES = Set.of("n1", "n2", "n3")::contains;

  final SessionState s = new SessionState();

  SessionOp.Event ok(SessionOp op, Actor a, long now) {
    Decision<SessionOp.Event> d = SessionRules.decide(s, op, a, now, NOTES);
    assertInstanceOf(Decision.Accepted.class, d, () -> d.toString());
    SessionOp.Event e = ((Decision.Accepted<SessionOp.Event>) d).event();
    s.apply(e);
    return e;
  }

  Rejection refused(SessionOp op, Actor a, long now) {
    Decision<SessionOp.Event> d = SessionRules.decide(s, op, a, now, NOTES);
    assertInstanceOf(Decision.Rejected.class, d, () -> d.toString());
    return ((Decision.Rejected<SessionOp.Event>) d).rejection();
  }

  /** The ops of an idea board and a matrix with the session's, as the kinds declare them. */
  static final OpCatalog OPS = IdeaOps.CATALOG.plus(SessionOps.CATALOG).plus(OpCatalog.of(MatrixOps.CATALOG.get("item.score")));

  static boolean allows(Phase phase, String type) {
    return phase.allows(OPS.get(type).category());
  }

  Rejection gate(String type, Actor a, List<String> itemIds) {
    return SessionRules.gate(s, type, OPS.get(type), a, itemIds);
  }

  SessionOp.OpenVote open(int budget, int cap) {
    return new SessionOp.OpenVote(budget, cap, true, true, 0);
  }

  @Test
  void F1_a_participant_cannot_start_a_vote_lock_reveal_or_change_phase() {
    for (SessionOp op : List.of(open(3, 1), new SessionOp.SetLock(true), new SessionOp.Reveal(), new SessionOp.StartSilent(),
        new SessionOp.SetPhase(Phase.VOTE), new SessionOp.StartTimer(60), new SessionOp.RemoveMember("mola"),
        new SessionOp.Follow(0, 0, 1), new SessionOp.HideCursors(true), new SessionOp.CloseVote())) {
      Rejection r = refused(op, KARI, 0);
      assertEquals(Reason.FORBIDDEN, r.reason());
      assertEquals("Only a facilitator may do " + op.type() + ".", r.message());
    }
  }

  @Test
  void F2_each_phase_allows_only_what_fits_it() {
    assertTrue(allows(Phase.WRITE, "note.create"));
    assertTrue(allows(Phase.WRITE, "note.move"));
    assertFalse(allows(Phase.WRITE, "vote.cast"));
    assertFalse(allows(Phase.GROUP, "note.create"));
    assertTrue(allows(Phase.GROUP, "note.cluster"));
    assertTrue(allows(Phase.GROUP, "cluster.create"));
    assertTrue(allows(Phase.VOTE, "vote.cast"));
    assertTrue(allows(Phase.VOTE, "item.score"));
    assertFalse(allows(Phase.VOTE, "note.edit"));
    assertFalse(allows(Phase.DISCUSS, "note.move"));
    for (OpCategory c : OpCategory.values()) assertTrue(Phase.FREE.allows(c), "free allows " + c);

    ok(new SessionOp.SetPhase(Phase.GROUP), FAC, 0);
    Rejection r = gate("note.create", KARI, List.of());
    assertEquals(Reason.WRONG_PHASE, r.reason());
    assertEquals("The phase 'group' does not allow note.create.", r.message());
    assertNull(gate("note.create", FAC, List.of()), "the facilitator is not limited by the phase");
  }

  @Test
  void F2_an_op_the_kinds_catalogue_does_not_have_is_unknown_after_the_lock_and_before_the_phase() {
    ok(new SessionOp.SetPhase(Phase.GROUP), FAC, 0);
    Rejection r = SessionRules.gate(s, "note.paint", null, KARI, List.of());
    assertEquals(Reason.UNKNOWN_OP, r.reason());
    assertEquals("Unknown op 'note.paint'.", r.message());
    assertEquals(Reason.UNKNOWN_OP, SessionRules.gate(s, "note.paint", null, FAC, List.of()).reason());
    ok(new SessionOp.SetLock(true), FAC, 0);
    assertEquals(Reason.LOCKED, SessionRules.gate(s, "note.paint", null, KARI, List.of()).reason());
  }

  @Test
  void F3_a_locked_board_is_read_only_for_participants() {
    ok(new SessionOp.SetLock(true), FAC, 0);
    assertEquals(Reason.LOCKED, gate("note.move", KARI, List.of()).reason());
    assertNull(gate("note.move", FAC, List.of()));
    ok(open(3, 3), FAC, 0);
    assertEquals(Reason.LOCKED, refused(new SessionOp.CastVote("n1"), KARI, 0).reason());
  }

  @Test
  void F4_the_timer_ends_at_server_time_plus_its_seconds() {
    SessionOp.TimerStarted t = (SessionOp.TimerStarted) ok(new SessionOp.StartTimer(90), FAC, 1_000);
    assertEquals(91_000, t.endsAt());
    assertEquals(91_000, s.timerEndsAt());
    assertEquals(Reason.BAD_REQUEST, refused(new SessionOp.StartTimer(0), FAC, 0).reason());
    ok(new SessionOp.StopTimer(), FAC, 2_000);
    assertEquals(0, s.timerEndsAt());
  }

  @Test
  void F5_a_private_item_does_not_exist_for_anyone_but_its_author_until_reveal() {
    ok(new SessionOp.StartSilent(), FAC, 0);
    s.hide("n1", "mkari");
    assertNull(gate("note.edit", KARI, List.of("n1")));
    Rejection r = gate("note.edit", OLA, List.of("n1"));
    assertEquals(Reason.NOT_FOUND, r.reason());
    assertEquals(Reason.NOT_FOUND, gate("note.move", FAC, List.of("n1")).reason());
    SessionOp.Revealed rev = (SessionOp.Revealed) ok(new SessionOp.Reveal(), FAC, 0);
    assertEquals(List.of("n1"), rev.itemIds());
    assertFalse(s.silent());
    assertNull(gate("note.edit", OLA, List.of("n1")));
  }

  @Test
  void F8_a_removed_member_may_do_nothing() {
    ok(new SessionOp.RemoveMember("mola"), FAC, 0);
    assertEquals(Reason.REMOVED, gate("note.create", OLA, List.of()).reason());
    ok(open(3, 3), FAC, 0);
    assertEquals(Reason.REMOVED, refused(new SessionOp.CastVote("n1"), OLA, 0).reason());
  }

  @Test
  void F8_a_facilitator_cannot_remove_themselves() {
    Rejection r = refused(new SessionOp.RemoveMember("mfac"), FAC, 0);
    assertEquals(Reason.BAD_REQUEST, r.reason());
    assertEquals("You cannot remove yourself.", r.message());
  }

  @Test
  void V1_settings_are_checked_with_exact_messages() {
    assertEquals("The budget must be between 1 and 99 votes.", refused(open(0, 1), FAC, 0).message());
    assertEquals("The budget must be between 1 and 99 votes.", refused(open(100, 1), FAC, 0).message());
    assertEquals("The cap per item must be between 1 and the budget (3).", refused(open(3, 4), FAC, 0).message());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new VoteSettings(5, 0, true, true, 0));
    assertEquals("The cap per item must be between 1 and the budget (5).", e.getMessage());
  }

  @Test
  void V2_votes_go_only_to_items_that_exist() {
    ok(open(3, 3), FAC, 0);
    Rejection r = refused(new SessionOp.CastVote("nope"), KARI, 0);
    assertEquals(Reason.NOT_FOUND, r.reason());
  }

  @Test
  void V3_budget_and_cap_are_enforced_and_retract_gives_a_vote_back() {
    ok(open(3, 2), FAC, 0);
    ok(new SessionOp.CastVote("n1"), KARI, 0);
    ok(new SessionOp.CastVote("n1"), KARI, 0);
    Rejection cap = refused(new SessionOp.CastVote("n1"), KARI, 0);
    assertEquals(Reason.OVER_CAP, cap.reason());
    assertEquals("You may give at most 2 votes to one item.", cap.message());
    ok(new SessionOp.CastVote("n2"), KARI, 0);
    Rejection budget = refused(new SessionOp.CastVote("n3"), KARI, 0);
    assertEquals(Reason.OVER_BUDGET, budget.reason());
    assertEquals("You have used all 3 of your votes.", budget.message());
    assertEquals(3, s.vote().used("mkari"));
    ok(new SessionOp.RetractVote("n2"), KARI, 0);
    ok(new SessionOp.CastVote("n3"), KARI, 0);
    assertEquals(Reason.NOT_FOUND, refused(new SessionOp.RetractVote("n2"), KARI, 0).reason());
    ok(new SessionOp.CastVote("n3"), OLA, 0);
    assertEquals(1, s.vote().used("mola"), "budgets are per member");
  }

  @Test
  void V5_only_one_session_is_open_and_votes_stop_at_its_deadline() {
    ok(new SessionOp.OpenVote(3, 1, true, true, 60), FAC, 1_000);
    assertEquals(61_000, s.vote().endsAt());
    assertEquals(Reason.VOTING_OPEN, refused(open(3, 1), FAC, 2_000).reason());
    ok(new SessionOp.CastVote("n1"), KARI, 60_999);
    Rejection late = refused(new SessionOp.CastVote("n2"), KARI, 61_000);
    assertEquals(Reason.VOTING_CLOSED, late.reason());
    assertEquals("The voting session's time is up.", late.message());
  }

  @Test
  void V6_closing_ranks_the_items_and_keeps_the_result_in_history() {
    assertEquals(Reason.VOTING_CLOSED, refused(new SessionOp.CloseVote(), FAC, 0).reason());
    ok(new SessionOp.OpenVote(3, 3, false, false, 0), FAC, 0);
    ok(new SessionOp.CastVote("n2"), KARI, 0);
    ok(new SessionOp.CastVote("n2"), KARI, 0);
    ok(new SessionOp.CastVote("n1"), OLA, 0);
    ok(new SessionOp.CastVote("n3"), OLA, 0);
    SessionOp.VoteClosed c = (SessionOp.VoteClosed) ok(new SessionOp.CloseVote(), FAC, 5_000);
    List<Ranked> ranking = c.result().ranking();
    assertEquals(new Ranked(1, "n2", 2, List.of("mkari")), ranking.get(0));
    assertEquals(new Ranked(2, "n1", 1, List.of("mola")), ranking.get(1));
    assertEquals(new Ranked(2, "n3", 1, List.of("mola")), ranking.get(2), "equal votes share a rank");
    assertEquals(2, c.result().voters());
    assertNull(s.vote());
    assertEquals(1, s.results().size());
    assertEquals(Reason.VOTING_CLOSED, refused(new SessionOp.CastVote("n1"), KARI, 6_000).reason());
  }

  @Test
  void V6_an_anonymous_result_names_no_voters() {
    ok(open(2, 2), FAC, 0);
    ok(new SessionOp.CastVote("n1"), KARI, 0);
    SessionOp.VoteClosed c = (SessionOp.VoteClosed) ok(new SessionOp.CloseVote(), FAC, 0);
    assertEquals(List.of(), c.result().ranking().get(0).voters());
  }

  @Test
  void V7_a_deleted_item_gives_its_votes_back() {
    ok(open(1, 1), FAC, 0);
    ok(new SessionOp.CastVote("n1"), KARI, 0);
    s.dropMissing(id -> !id.equals("n1"));
    assertEquals(0, s.vote().used("mkari"));
    ok(new SessionOp.CastVote("n2"), KARI, 0);
  }

  @Test
  void V4_vote_events_carry_what_others_may_see() {
    ok(new SessionOp.OpenVote(3, 3, true, false, 0), FAC, 0);
    SessionOp.VoteChanged v = (SessionOp.VoteChanged) ok(new SessionOp.CastVote("n1"), KARI, 0);
    assertTrue(v.anonymous());
    assertFalse(v.live());
    assertEquals("vote.cast", v.type());
  }
}
