package org.samskap.domain.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The facilitation state of one board: phase, lock, timer, silent mode and its private items,
 * the followed view, hidden cursors, removed members, the open voting session and the results
 * of closed ones. Changed only by {@link #apply}, deterministically, so replaying events
 * rebuilds it.
 */
public final class SessionState {
  /** Closed voting sessions kept in the board's history. */
  public static final int MAX_RESULTS = 50;

  public record View(double x, double y, double zoom) {}

  private Phase phase = Phase.FREE;
  private boolean locked;
  private long timerSeconds;
  private long timerEndsAt;
  private boolean silent;
  private final Map<String, String> hidden = new LinkedHashMap<>();
  private View follow;
  private boolean cursorsHidden;
  private final Set<String> removed = new LinkedHashSet<>();
  private VotingSession vote;
  private final List<VoteResult> results = new ArrayList<>();

  public Phase phase() { return phase; }

  public boolean locked() { return locked; }

  public long timerSeconds() { return timerSeconds; }

  /** When the timer runs out (server time, ms), or 0 when no timer runs. */
  public long timerEndsAt() { return timerEndsAt; }

  public boolean silent() { return silent; }

  /** Private items (written in silent mode, not yet revealed): item id -> author's member id. */
  public Map<String, String> hidden() { return Collections.unmodifiableMap(hidden); }

  /** True when the item is private and {@code memberId} is not its author. */
  public boolean hiddenFrom(String itemId, String memberId) {
    String author = hidden.get(itemId);
    return author != null && !author.equals(memberId);
  }

  /** The facilitator's view everyone follows, or null. */
  public View follow() { return follow; }

  public boolean cursorsHidden() { return cursorsHidden; }

  public Set<String> removed() { return Collections.unmodifiableSet(removed); }

  public boolean isRemoved(String memberId) {
    return removed.contains(memberId);
  }

  /** The open voting session, or null. */
  public VotingSession vote() { return vote; }

  public List<VoteResult> results() { return Collections.unmodifiableList(results); }

  public void apply(SessionOp.Event event) {
    if (event instanceof SessionOp.SetPhase e) {
      phase = e.phase();
    } else if (event instanceof SessionOp.SetLock e) {
      locked = e.locked();
    } else if (event instanceof SessionOp.TimerStarted e) {
      timerSeconds = e.seconds();
      timerEndsAt = e.endsAt();
    } else if (event instanceof SessionOp.StopTimer) {
      timerSeconds = 0;
      timerEndsAt = 0;
    } else if (event instanceof SessionOp.StartSilent) {
      silent = true;
    } else if (event instanceof SessionOp.Revealed e) {
      silent = false;
      e.itemIds().forEach(hidden::remove);
    } else if (event instanceof SessionOp.Follow e) {
      follow = new View(e.x(), e.y(), e.zoom());
    } else if (event instanceof SessionOp.Unfollow) {
      follow = null;
    } else if (event instanceof SessionOp.HideCursors e) {
      cursorsHidden = e.hidden();
    } else if (event instanceof SessionOp.RemoveMember e) {
      removed.add(e.memberId());
    } else if (event instanceof SessionOp.VoteOpened e) {
      vote = new VotingSession(e.id(), e.settings(), e.openedAt(), e.endsAt());
    } else if (event instanceof SessionOp.VoteChanged e) {
      if (vote != null) vote.add(e.memberId(), e.targetId(), e.delta());
    } else if (event instanceof SessionOp.VoteClosed e) {
      vote = null;
      results.add(e.result());
      if (results.size() > MAX_RESULTS) results.remove(0);
    } else {
      throw new IllegalArgumentException("unknown session event " + event);
    }
  }

  /** Marks an item private to its author (it was written in silent mode). */
  public void hide(String itemId, String authorMemberId) {
    hidden.put(itemId, authorMemberId);
  }

  /**
   * Rule D8: forgets an erased member here: their private marks, their votes in the open
   * session, and their member id in the voter lists of closed results (the counts of a closed
   * result stay: they name nobody). A removal (F8) stays, so a removed member stays out.
   */
  public void eraseMember(String memberId) {
    hidden.values().removeIf(memberId::equals);
    if (vote != null) vote.removeMember(memberId);
    results.replaceAll(r -> {
      List<Ranked> ranking = new ArrayList<>(r.ranking().size());
      for (Ranked k : r.ranking()) {
        List<String> voters = new ArrayList<>(k.voters());
        voters.remove(memberId);
        ranking.add(new Ranked(k.rank(), k.targetId(), k.votes(), voters));
      }
      return new VoteResult(r.id(), r.settings(), r.openedAt(), r.closedAt(), r.voters(), ranking);
    });
  }

  /** Forgets items that no longer exist: their private mark, and votes on them (given back). */
  public void dropMissing(Predicate<String> exists) {
    hidden.keySet().removeIf(id -> !exists.test(id));
    if (vote != null) vote.dropTargets(exists);
  }

  /** For restoring from a snapshot. */
  public void restore(Phase p, boolean lock, long seconds, long endsAt, boolean silentMode, Map<String, String> hiddenItems,
      View view, boolean noCursors, Set<String> removedMembers, VotingSession open, List<VoteResult> closed) {
    phase = p;
    locked = lock;
    timerSeconds = seconds;
    timerEndsAt = endsAt;
    silent = silentMode;
    hidden.clear();
    hidden.putAll(hiddenItems);
    follow = view;
    cursorsHidden = noCursors;
    removed.clear();
    removed.addAll(removedMembers);
    vote = open;
    results.clear();
    results.addAll(closed);
  }
}
