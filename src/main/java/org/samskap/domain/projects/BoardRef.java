package org.samskap.domain.projects;

/** A board that belongs to the project, in the phase where it is used (PJ6). */
public record BoardRef(String boardId, String kind, String title, int phase, long addedAt) {
  public BoardRef {
    boardId = Texts.text("boardId", boardId, true, 64);
    kind = Texts.text("kind", kind, true, 40);
    title = Texts.text("title", title, true, Project.MAX_TITLE_CHARS);
    Texts.phase("phase", phase);
  }
}
