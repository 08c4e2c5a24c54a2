package org.samskap.domain.projects;

import java.util.List;

/**
 * Rule PJ20: a template a facilitator saved from one of the project's idea boards: its name, the
 * phase it is offered in (the board's phase), and the board's cluster labels as prompts (never
 * its notes, which are the participants' words).
 */
public record SavedTemplate(String id, String name, int phase, List<String> prompts, String fromBoardId, long savedAt) {
  public static final int MAX_PROMPTS = 30;
  public static final int MAX_PROMPT_CHARS = 200;

  public SavedTemplate {
    id = Texts.text("id", id, true, 64);
    name = Texts.text("name", name, true, Project.MAX_NAME_CHARS);
    Texts.phase("phase", phase);
    if (prompts.size() > MAX_PROMPTS) {
      throw new ProjectInvalid("too_many", "prompts", "A template may hold at most " + MAX_PROMPTS + " prompts.");
    }
    prompts = List.copyOf(prompts.stream().map(p -> Texts.text("prompts", p, true, MAX_PROMPT_CHARS)).toList());
    fromBoardId = Texts.text("fromBoardId", fromBoardId, true, 64);
  }
}
