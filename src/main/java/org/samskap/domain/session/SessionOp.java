package org.samskap.domain.session;

import java.util.List;
import java.util.Objects;

/**
 * Facilitation and dot-voting ops (docs/PROTOCOL.md, section "Facilitation and voting").
 * They work on a board of any kind. Ops whose effect is exactly their fields are their own
 * event; the others are answered with an event carrying what the server decided (a time,
 * an id, the voter).
 */
public sealed interface SessionOp {

  /** The wire name. */
  String type();

  /** A session event: what {@link SessionState#apply} takes. */
  sealed interface Event extends SessionOp {}

  record SetPhase(Phase phase) implements Event {
    public SetPhase { Objects.requireNonNull(phase, "phase"); }
    public String type() { return "phase.set"; }
  }

  record SetLock(boolean locked) implements Event {
    public String type() { return "board.lock"; }
  }

  record StartTimer(long seconds) implements SessionOp {
    public String type() { return "timer.start"; }
  }

  record TimerStarted(long seconds, long endsAt) implements Event {
    public String type() { return "timer.start"; }
  }

  record StopTimer() implements Event {
    public String type() { return "timer.stop"; }
  }

  record StartSilent() implements Event {
    public String type() { return "silent.start"; }
  }

  record Reveal() implements SessionOp {
    public String type() { return "silent.reveal"; }
  }

  /** The ids of the items that became visible to everyone. */
  record Revealed(List<String> itemIds) implements Event {
    public Revealed { itemIds = List.copyOf(itemIds); }
    public String type() { return "silent.reveal"; }
  }

  record Follow(double x, double y, double zoom) implements Event {
    public String type() { return "view.follow"; }
  }

  record Unfollow() implements Event {
    public String type() { return "view.unfollow"; }
  }

  record HideCursors(boolean hidden) implements Event {
    public String type() { return "cursors.hide"; }
  }

  record RemoveMember(String memberId) implements Event {
    public RemoveMember { Objects.requireNonNull(memberId, "memberId"); }
    public String type() { return "member.remove"; }
  }

  /** Settings are checked by the rules, so a bad budget is a rejection, not an exception. */
  record OpenVote(long budget, long cap, boolean anonymous, boolean liveCounts, long durationSeconds)
      implements SessionOp {
    public String type() { return "vote.open"; }
  }

  record VoteOpened(String id, VoteSettings settings, long openedAt, long endsAt) implements Event {
    public VoteOpened {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(settings, "settings");
    }
    public String type() { return "vote.open"; }
  }

  record CastVote(String targetId) implements SessionOp {
    public CastVote { Objects.requireNonNull(targetId, "targetId"); }
    public String type() { return "vote.cast"; }
  }

  record RetractVote(String targetId) implements SessionOp {
    public RetractVote { Objects.requireNonNull(targetId, "targetId"); }
    public String type() { return "vote.retract"; }
  }

  /**
   * A vote given ({@code delta} 1, type {@code vote.cast}) or taken back ({@code delta} -1,
   * type {@code vote.retract}). {@code anonymous} and {@code live} copy the session's settings,
   * so the event alone says what others may see of it (rule V4).
   */
  record VoteChanged(String targetId, String memberId, int delta, boolean anonymous, boolean live) implements Event {
    public VoteChanged {
      Objects.requireNonNull(targetId, "targetId");
      Objects.requireNonNull(memberId, "memberId");
      if (delta != 1 && delta != -1) throw new IllegalArgumentException("delta must be 1 or -1, was " + delta);
    }
    public String type() { return delta > 0 ? "vote.cast" : "vote.retract"; }
  }

  record CloseVote() implements SessionOp {
    public String type() { return "vote.close"; }
  }

  record VoteClosed(VoteResult result) implements Event {
    public VoteClosed { Objects.requireNonNull(result, "result"); }
    public String type() { return "vote.close"; }
  }
}
