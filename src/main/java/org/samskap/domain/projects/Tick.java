package org.samskap.domain.projects;

/** One checklist item of one phase as last ticked or unticked (PJ2): by whom, when, with a short note. */
public record Tick(int phase, String itemId, boolean ticked, String note, String by, long at) {
  public Tick {
    Texts.phase("phase", phase);
    itemId = Texts.text("itemId", itemId, true, 40);
    note = Texts.text("note", note, false, Project.MAX_NOTE_CHARS);
    by = Texts.text("by", by, true, Project.MAX_NAME_CHARS);
  }
}
