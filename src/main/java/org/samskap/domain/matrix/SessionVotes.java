package org.samskap.domain.matrix;

import java.util.Objects;

/**
 * One closed dot-voting session of the idea board, as it touched one note (rule M6a): its
 * settings, when it ran, how many members voted in it, and the note's votes and rank in it
 * (rank 0 when the note got no votes in that session).
 */
public record SessionVotes(String voteId, long openedAt, long closedAt, int budget, int cap, boolean anonymous,
    int voters, int votes, int rank) {
  public SessionVotes {
    Objects.requireNonNull(voteId, "voteId");
    if (votes < 0) throw new IllegalArgumentException("votes must not be negative, was " + votes);
    if (voters < 0) throw new IllegalArgumentException("voters must not be negative, was " + voters);
    if (rank < 0) throw new IllegalArgumentException("rank must not be negative, was " + rank);
  }
}
