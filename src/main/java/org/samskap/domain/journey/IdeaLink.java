package org.samskap.domain.journey;

import java.util.Objects;

/**
 * A link from a pain point to an idea (a note) on an idea board. Only the ids are kept: the
 * journey's writer cannot read another board, so clients that hold that board's token show
 * the idea's text.
 */
public record IdeaLink(String boardId, String noteId) {
  public IdeaLink {
    Objects.requireNonNull(boardId, "boardId");
    Objects.requireNonNull(noteId, "noteId");
  }
}
