package org.samskap.exports;

/**
 * An export file that cannot be imported. The message names the field (a dotted path such as
 * {@code content.notes[3].color}) and, when the parser knows it, the line and column.
 */
public final class ImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public ImportException(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  /** The dotted path of the bad field, or null when the file as a whole is bad. */
  public String field() {
    return field;
  }

  /** Refuses the first entry of {@code list} whose {@code field} has more than {@code max} characters, naming it as {@code path[i].field}. */
  public static void checkTexts(Object list, String path, String field, int max) {
    if (!(list instanceof java.util.List<?> l)) return;
    for (int i = 0; i < l.size(); i++) {
      if (l.get(i) instanceof java.util.Map<?, ?> m && m.get(field) instanceof String s && s.codePointCount(0, s.length()) > max) {
        String at = path + "[" + i + "]." + field;
        throw new ImportException(at, "Field '" + at + "' has more than " + max + " characters.");
      }
    }
  }
}
