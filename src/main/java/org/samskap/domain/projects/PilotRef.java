package org.samskap.domain.projects;

/** A pilot that belongs to the project, in the phase where it runs (PJ6). */
public record PilotRef(String pilotId, String title, int phase, long addedAt) {
  public PilotRef {
    pilotId = Texts.text("pilotId", pilotId, true, 64);
    title = Texts.text("title", title, true, Project.MAX_TITLE_CHARS);
    Texts.phase("phase", phase);
  }
}
