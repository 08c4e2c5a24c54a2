package org.samskap.domain.polls;

import java.util.Objects;

/**
 * One proposal in a poll: its id in the poll, the board item it came from ({@code targetId},
 * may be empty), a short text and a plain-language description for voters.
 */
public record PollItem(String id, String targetId, String text, String description) {
  public static final int MAX_TEXT_CHARS = 200;
  public static final int MAX_DESCRIPTION_CHARS = 1000;

  public PollItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(description, "description");
    String problem = problem(text, description);
    if (problem != null) throw new IllegalArgumentException(problem);
  }

  /** Why the texts are not valid, or null. */
  public static String problem(String text, String description) {
    if (text.isBlank()) return "Each proposal needs a text.";
    if (text.codePointCount(0, text.length()) > MAX_TEXT_CHARS) {
      return "A proposal's text may have at most " + MAX_TEXT_CHARS + " characters.";
    }
    if (description.codePointCount(0, description.length()) > MAX_DESCRIPTION_CHARS) {
      return "A proposal's description may have at most " + MAX_DESCRIPTION_CHARS + " characters.";
    }
    return null;
  }
}
