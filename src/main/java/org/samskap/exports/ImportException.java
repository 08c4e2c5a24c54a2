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
}
