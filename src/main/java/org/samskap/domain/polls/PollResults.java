package org.samskap.domain.polls;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts of a poll per voter group and in total (rule P8). Pure; built from ballots. */
public final class PollResults {
  private final Map<VoterGroup, Integer> ballots = new EnumMap<>(VoterGroup.class);
  private final Map<VoterGroup, Map<String, Integer>> byGroup = new EnumMap<>(VoterGroup.class);
  private final Map<String, Integer> total = new LinkedHashMap<>();

  public PollResults(Poll poll) {
    for (VoterGroup g : VoterGroup.values()) {
      ballots.put(g, 0);
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (PollItem i : poll.items()) counts.put(i.id(), 0);
      byGroup.put(g, counts);
    }
    for (PollItem i : poll.items()) total.put(i.id(), 0);
  }

  public void add(VoterGroup group, List<String> choices) {
    ballots.merge(group, 1, Integer::sum);
    for (String c : choices) {
      byGroup.get(group).computeIfPresent(c, (k, n) -> n + 1);
      total.computeIfPresent(c, (k, n) -> n + 1);
    }
  }

  public int ballots() {
    int sum = 0;
    for (int n : ballots.values()) sum += n;
    return sum;
  }

  public int ballots(VoterGroup g) {
    return ballots.get(g);
  }

  public Map<String, Integer> counts(VoterGroup g) {
    return Map.copyOf(byGroup.get(g));
  }

  public Map<String, Integer> total() {
    return Map.copyOf(total);
  }
}
