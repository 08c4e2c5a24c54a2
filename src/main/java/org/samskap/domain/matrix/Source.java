package org.samskap.domain.matrix;

import java.util.List;
import java.util.Objects;

/**
 * Where an imported item came from: the note on an idea board, its cluster when it had one
 * (label as it was at import), its votes summed over every closed voting session (0 when the
 * idea board had none), each of those sessions, and the link polls that offered it (rule M6a).
 */
public record Source(String boardId, String noteId, String clusterId, String clusterLabel, int votes,
    List<SessionVotes> sessions, List<PollVotes> polls) {
  /** The most sessions and polls one source keeps (the newest win). */
  public static final int MAX_ENTRIES = 50;

  public Source {
    Objects.requireNonNull(boardId, "boardId");
    Objects.requireNonNull(noteId, "noteId");
    if (votes < 0) throw new IllegalArgumentException("votes must not be negative, was " + votes);
    sessions = sessions == null ? List.of() : List.copyOf(sessions);
    polls = polls == null ? List.of() : List.copyOf(polls);
    if (sessions.size() > MAX_ENTRIES || polls.size() > MAX_ENTRIES) {
      throw new IllegalArgumentException("at most " + MAX_ENTRIES + " sessions and " + MAX_ENTRIES + " polls per source");
    }
  }

  public Source(String boardId, String noteId, String clusterId, String clusterLabel, int votes) {
    this(boardId, noteId, clusterId, clusterLabel, votes, List.of(), List.of());
  }
}
