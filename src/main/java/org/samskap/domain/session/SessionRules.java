package org.samskap.domain.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.OpSpec;
import org.samskap.domain.Reason;
import org.samskap.domain.Rejection;
import org.samskap.domain.Role;

/**
 * The facilitation and dot-voting rules. Pure: they read the state and return a decision;
 * time comes in as {@code now} (server clock, ms) and ids from the actor.
 */
public final class SessionRules {
  public static final long MAX_TIMER_SECONDS = 24 * 3600;
  public static final double MAX_COORDINATE = 1_000_000;

  private SessionRules() {}

  /** Only votes are open to participants; every other session op is the facilitator's (rule F1). */
  public static Role requiredRole(SessionOp op) {
    return op instanceof SessionOp.CastVote || op instanceof SessionOp.RetractVote ? Role.PARTICIPANT : Role.FACILITATOR;
  }

  /**
   * Whether an op of the board's own kind may go ahead: removed members may do nothing (F8),
   * a locked board is read-only for participants (F3), an op the kind's catalogue does not
   * have does not exist ({@code op} null: unknown_op), the phase must allow the op's category
   * (F2), and an item private to someone else does not exist for the actor (F5).
   */
  public static Rejection gate(SessionState s, String type, OpSpec op, Actor actor, Collection<String> itemIds) {
    if (s.isRemoved(actor.memberId())) return Rejection.of(Reason.REMOVED, "You were removed from this board.");
    if (actor.role() != Role.FACILITATOR && s.locked()) return Rejection.of(Reason.LOCKED, "The facilitator has locked the board.");
    if (op == null) return Rejection.of(Reason.UNKNOWN_OP, "Unknown op '" + type + "'.");
    if (actor.role() != Role.FACILITATOR && !s.phase().allows(op.category())) {
      return Rejection.of(Reason.WRONG_PHASE, "The phase '" + s.phase().wire() + "' does not allow " + type + ".");
    }
    for (String id : itemIds) {
      if (s.hiddenFrom(id, actor.memberId())) return Rejection.of(Reason.NOT_FOUND, "There is no item " + id + ".");
    }
    return null;
  }

  /**
   * Decides a session op. {@code hasTarget} says whether an id names a votable item of the
   * board; {@code hiddenItems} are the private items (for reveal).
   */
  public static Decision<SessionOp.Event> decide(SessionState s, SessionOp op, Actor actor, long now,
      Predicate<String> hasTarget) {
    if (s.isRemoved(actor.memberId())) return Decision.reject(Reason.REMOVED, "You were removed from this board.");
    if (requiredRole(op) == Role.FACILITATOR && actor.role() != Role.FACILITATOR) {
      return Decision.reject(Reason.FORBIDDEN, "Only a facilitator may do " + op.type() + ".");
    }
    if (actor.role() != Role.FACILITATOR) {
      if (s.locked()) return Decision.reject(Reason.LOCKED, "The facilitator has locked the board.");
      if (!s.phase().allows(SessionOps.CATALOG.get(op.type()).category())) {
        return Decision.reject(Reason.WRONG_PHASE, "The phase '" + s.phase().wire() + "' does not allow " + op.type() + ".");
      }
    }
    if (op instanceof SessionOp.RemoveMember r && r.memberId().equals(actor.memberId())) {
      return Decision.reject(Reason.BAD_REQUEST, "You cannot remove yourself.");
    }
    if (op instanceof SessionOp.Event e) return checked(e);
    if (op instanceof SessionOp.StartTimer o) {
      if (o.seconds() < 1 || o.seconds() > MAX_TIMER_SECONDS) {
        return Decision.reject(Reason.BAD_REQUEST, "The timer must run between 1 and " + MAX_TIMER_SECONDS + " seconds.");
      }
      return Decision.accept(new SessionOp.TimerStarted(o.seconds(), now + o.seconds() * 1000));
    }
    if (op instanceof SessionOp.Reveal) return Decision.accept(new SessionOp.Revealed(new ArrayList<>(s.hidden().keySet())));
    if (op instanceof SessionOp.OpenVote o) return openVote(s, o, actor, now);
    if (op instanceof SessionOp.CastVote o) return cast(s, o.targetId(), actor, now, hasTarget);
    if (op instanceof SessionOp.RetractVote o) return retract(s, o.targetId(), actor, now);
    if (op instanceof SessionOp.CloseVote) {
      VotingSession v = s.vote();
      if (v == null) return Decision.reject(Reason.VOTING_CLOSED, "No voting session is open.");
      return Decision.accept(new SessionOp.VoteClosed(
          new VoteResult(v.id(), v.settings(), v.openedAt(), now, v.voterCount(), v.ranking())));
    }
    throw new IllegalArgumentException("unknown session op " + op);
  }

  private static Decision<SessionOp.Event> checked(SessionOp.Event e) {
    if (e instanceof SessionOp.Follow f) {
      if (!finite(f.x()) || !finite(f.y())) {
        return Decision.reject(Reason.OUT_OF_BOUNDS, "x and y must be finite numbers within ±" + (long) MAX_COORDINATE + ".");
      }
      if (!(f.zoom() >= 0.05 && f.zoom() <= 20)) return Decision.reject(Reason.OUT_OF_BOUNDS, "zoom must be between 0.05 and 20.");
    }
    if (e instanceof SessionOp.RemoveMember r && r.memberId().isBlank()) {
      return Decision.reject(Reason.BAD_REQUEST, "Field 'memberId' must name a member.");
    }
    return Decision.accept(e);
  }

  private static Decision<SessionOp.Event> openVote(SessionState s, SessionOp.OpenVote o, Actor actor, long now) {
    if (s.vote() != null) {
      return Decision.reject(Reason.VOTING_OPEN, "A voting session is already open; close it first.");
    }
    String problem = VoteSettings.problem(o.budget(), o.cap(), o.durationSeconds());
    if (problem != null) return Decision.reject(Reason.BAD_REQUEST, problem);
    VoteSettings settings = new VoteSettings((int) o.budget(), (int) o.cap(), o.anonymous(), o.liveCounts(), o.durationSeconds());
    long endsAt = o.durationSeconds() == 0 ? 0 : now + o.durationSeconds() * 1000;
    return Decision.accept(new SessionOp.VoteOpened(actor.ids().get(), settings, now, endsAt));
  }

  private static Decision<SessionOp.Event> cast(SessionState s, String targetId, Actor actor, long now,
      Predicate<String> hasTarget) {
    VotingSession v = s.vote();
    Decision<SessionOp.Event> closed = closed(v, now);
    if (closed != null) return closed;
    if (!hasTarget.test(targetId) || s.hiddenFrom(targetId, actor.memberId())) {
      return Decision.reject(Reason.NOT_FOUND, "There is no item " + targetId + " to vote on.");
    }
    VoteSettings set = v.settings();
    if (v.used(actor.memberId()) >= set.budget()) {
      return Decision.reject(Reason.OVER_BUDGET, "You have used all " + set.budget() + " of your votes.");
    }
    if (v.on(actor.memberId(), targetId) >= set.cap()) {
      return Decision.reject(Reason.OVER_CAP, "You may give at most " + set.cap() + " votes to one item.");
    }
    return Decision.accept(new SessionOp.VoteChanged(targetId, actor.memberId(), 1, set.anonymous(), set.liveCounts()));
  }

  private static Decision<SessionOp.Event> retract(SessionState s, String targetId, Actor actor, long now) {
    VotingSession v = s.vote();
    Decision<SessionOp.Event> closed = closed(v, now);
    if (closed != null) return closed;
    if (v.on(actor.memberId(), targetId) == 0) {
      return Decision.reject(Reason.NOT_FOUND, "You have no vote on " + targetId + " to take back.");
    }
    VoteSettings set = v.settings();
    return Decision.accept(new SessionOp.VoteChanged(targetId, actor.memberId(), -1, set.anonymous(), set.liveCounts()));
  }

  private static Decision<SessionOp.Event> closed(VotingSession v, long now) {
    if (v == null) return Decision.reject(Reason.VOTING_CLOSED, "No voting session is open.");
    if (v.endedAt(now)) return Decision.reject(Reason.VOTING_CLOSED, "The voting session's time is up.");
    return null;
  }

  private static boolean finite(double d) {
    return Double.isFinite(d) && Math.abs(d) <= MAX_COORDINATE;
  }
}
