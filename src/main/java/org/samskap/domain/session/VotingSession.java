package org.samskap.domain.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The open dot-voting session of a board: its settings and the tally of who put how many
 * votes on what. Owned by the board's single writer, so votes need no locks: the budget and
 * cap checks and the change happen in one step (rule V3).
 */
public final class VotingSession {
  private final String id;
  private final VoteSettings settings;
  private final long openedAt;
  private final long endsAt;
  /** member id -> (target id -> votes), in the order votes were first cast. */
  private final Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();

  public VotingSession(String id, VoteSettings settings, long openedAt, long endsAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.openedAt = openedAt;
    this.endsAt = endsAt;
  }

  public String id() { return id; }

  public VoteSettings settings() { return settings; }

  public long openedAt() { return openedAt; }

  /** When the session stops taking votes (server time, ms), or 0 for no deadline. */
  public long endsAt() { return endsAt; }

  public boolean endedAt(long now) {
    return endsAt > 0 && now >= endsAt;
  }

  /** Votes a member has used in this session. */
  public int used(String memberId) {
    Map<String, Integer> mine = votes.get(memberId);
    if (mine == null) return 0;
    int sum = 0;
    for (int n : mine.values()) sum += n;
    return sum;
  }

  /** Votes a member has put on one target. */
  public int on(String memberId, String targetId) {
    Map<String, Integer> mine = votes.get(memberId);
    return mine == null ? 0 : mine.getOrDefault(targetId, 0);
  }

  /** A member's votes by target (a copy). */
  public Map<String, Integer> of(String memberId) {
    return Map.copyOf(votes.getOrDefault(memberId, Map.of()));
  }

  /** Every member's votes (a deep copy), for storage. */
  public Map<String, Map<String, Integer>> all() {
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    votes.forEach((m, t) -> copy.put(m, new LinkedHashMap<>(t)));
    return copy;
  }

  /** Total votes per target, in the order targets were first voted on. */
  public Map<String, Integer> counts() {
    Map<String, Integer> c = new LinkedHashMap<>();
    for (Map<String, Integer> mine : votes.values()) mine.forEach((t, n) -> c.merge(t, n, Integer::sum));
    c.values().removeIf(n -> n == 0);
    return c;
  }

  public void add(String memberId, String targetId, int delta) {
    Map<String, Integer> mine = votes.computeIfAbsent(memberId, k -> new LinkedHashMap<>());
    int now = mine.getOrDefault(targetId, 0) + delta;
    if (now <= 0) mine.remove(targetId); else mine.put(targetId, now);
    if (mine.isEmpty()) votes.remove(memberId);
  }

  /** Rule D8: drops every vote of an erased member; the counts are computed from the votes that are left. */
  public void removeMember(String memberId) {
    votes.remove(memberId);
  }

  /** Drops votes on targets that no longer exist (a deleted note gives its votes back). */
  public void dropTargets(Predicate<String> exists) {
    for (Map<String, Integer> mine : votes.values()) mine.keySet().removeIf(t -> !exists.test(t));
    votes.values().removeIf(Map::isEmpty);
  }

  /** The ranked result: most votes first; equal votes share a rank and are ordered by target id. */
  public List<Ranked> ranking() {
    Map<String, Integer> counts = counts();
    List<String> targets = new ArrayList<>(counts.keySet());
    targets.sort(Comparator.<String>comparingInt(counts::get).reversed().thenComparing(Comparator.naturalOrder()));
    List<Ranked> out = new ArrayList<>(targets.size());
    int rank = 0;
    int previous = -1;
    for (int i = 0; i < targets.size(); i++) {
      String t = targets.get(i);
      int n = counts.get(t);
      if (n != previous) rank = i + 1;
      previous = n;
      out.add(new Ranked(rank, t, n, settings.anonymous() ? List.of() : votersOf(t)));
    }
    return out;
  }

  /** How many members have at least one vote in the session. */
  public int voterCount() {
    return votes.size();
  }

  private List<String> votersOf(String targetId) {
    List<String> out = new ArrayList<>();
    votes.forEach((m, mine) -> { if (mine.containsKey(targetId)) out.add(m); });
    return out;
  }
}
