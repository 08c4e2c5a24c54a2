package org.samskap.domain.matrix;

import java.util.Objects;

/**
 * Where an imported item came from: the note on an idea board, its cluster when it had one
 * (label as it was at import), and its votes (0 when the idea board had no votes).
 */
public record Source(String boardId, String noteId, String clusterId, String clusterLabel, int votes) {
  public Source {
    Objects.requireNonNull(boardId, "boardId");
    Objects.requireNonNull(noteId, "noteId");
    if (votes < 0) throw new IllegalArgumentException("votes must not be negative, was " + votes);
  }
}
