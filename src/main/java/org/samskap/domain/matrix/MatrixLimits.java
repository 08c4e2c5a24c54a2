package org.samskap.domain.matrix;

/**
 * Size limits of a matrix board. They keep a board's snapshot well inside one database
 * document: items x scorers and log entries x scores are bounded.
 */
public record MatrixLimits(int maxTextChars, int maxLabelChars, int maxReasonChars, int maxItems,
    int maxScoresPerItem, int maxLogEntries) {
  public static final int DEFAULT_MAX_LABEL_CHARS = 200;
  public static final int DEFAULT_MAX_REASON_CHARS = 1000;
  public static final int DEFAULT_MAX_ITEMS = 300;
  public static final int DEFAULT_MAX_SCORES_PER_ITEM = 100;
  public static final int DEFAULT_MAX_LOG_ENTRIES = 1000;

  public MatrixLimits {
    positive("maxTextChars", maxTextChars);
    positive("maxLabelChars", maxLabelChars);
    positive("maxReasonChars", maxReasonChars);
    positive("maxItems", maxItems);
    positive("maxScoresPerItem", maxScoresPerItem);
    positive("maxLogEntries", maxLogEntries);
  }

  public static MatrixLimits withMaxTextChars(int maxTextChars) {
    return new MatrixLimits(maxTextChars, DEFAULT_MAX_LABEL_CHARS, DEFAULT_MAX_REASON_CHARS, DEFAULT_MAX_ITEMS,
        DEFAULT_MAX_SCORES_PER_ITEM, DEFAULT_MAX_LOG_ENTRIES);
  }

  private static void positive(String name, int v) {
    if (v < 1) throw new IllegalArgumentException(name + " must be at least 1, was " + v);
  }
}
