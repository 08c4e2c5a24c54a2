package org.samskap.domain.matrix;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The results of one link poll of the idea board for one note (rule M6a): the poll, whether it
 * was still open when copied, how many ballots it had in all, and the note's choices per voter
 * group ({@code service_user}, {@code relative}, {@code employee}, {@code other}) and in total.
 */
public record PollVotes(String pollId, String title, boolean open, int ballots, Map<String, Integer> groups, int total) {
  public PollVotes {
    Objects.requireNonNull(pollId, "pollId");
    Objects.requireNonNull(title, "title");
    if (ballots < 0) throw new IllegalArgumentException("ballots must not be negative, was " + ballots);
    if (total < 0) throw new IllegalArgumentException("total must not be negative, was " + total);
    groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(groups, "groups")));
    for (Map.Entry<String, Integer> e : groups.entrySet()) {
      if (e.getValue() == null || e.getValue() < 0) throw new IllegalArgumentException("group " + e.getKey() + " must count from 0");
    }
  }
}
