package org.samskap.domain.projects;

/** Text checks shared by the project's values: stripped, counted in code points, with exact messages. */
final class Texts {
  private Texts() {}

  /** {@code raw} stripped; refused when blank and {@code required}, or longer than {@code max}. */
  static String text(String field, String raw, boolean required, int max) {
    String s = raw == null ? "" : raw.strip();
    if (required && s.isEmpty()) throw ProjectInvalid.field(field, "Field '" + field + "' must be a non-empty text.");
    if (s.codePointCount(0, s.length()) > max) {
      throw new ProjectInvalid("text_too_long", field, "Field '" + field + "' may have at most " + max + " characters.");
    }
    return s;
  }

  static int phase(String field, int phase) {
    if (phase < Project.FIRST_PHASE || phase > Project.LAST_PHASE) {
      throw ProjectInvalid.field(field, "Field '" + field + "' must be a phase from 1 to 6.");
    }
    return phase;
  }
}
