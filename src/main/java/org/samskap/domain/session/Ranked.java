package org.samskap.domain.session;

import java.util.List;
import java.util.Objects;

/**
 * One item in the result of a closed voting session: its rank (items with equal votes share a
 * rank), its votes, and who voted for it when the session was named (empty when anonymous).
 */
public record Ranked(int rank, String targetId, int votes, List<String> voters) {
  public Ranked {
    Objects.requireNonNull(targetId, "targetId");
    if (rank < 1) throw new IllegalArgumentException("rank must be at least 1, was " + rank);
    if (votes < 0) throw new IllegalArgumentException("votes must not be negative, was " + votes);
    voters = List.copyOf(voters);
  }
}
