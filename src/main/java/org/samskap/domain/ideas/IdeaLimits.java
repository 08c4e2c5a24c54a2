package org.samskap.domain.ideas;

/** Size limits of an idea board. */
public record IdeaLimits(int maxNoteChars, int maxLabelChars, int maxNotes, int maxClusters, double maxCoordinate) {
  public static final int DEFAULT_MAX_LABEL_CHARS = 200;
  public static final int DEFAULT_MAX_NOTES = 10_000;
  public static final int DEFAULT_MAX_CLUSTERS = 1_000;
  public static final double DEFAULT_MAX_COORDINATE = 1_000_000;

  public IdeaLimits {
    if (maxNoteChars < 1) throw new IllegalArgumentException("maxNoteChars must be at least 1, was " + maxNoteChars);
    if (maxLabelChars < 1) throw new IllegalArgumentException("maxLabelChars must be at least 1, was " + maxLabelChars);
    if (maxNotes < 1) throw new IllegalArgumentException("maxNotes must be at least 1, was " + maxNotes);
    if (maxClusters < 1) throw new IllegalArgumentException("maxClusters must be at least 1, was " + maxClusters);
    if (!(maxCoordinate > 0)) throw new IllegalArgumentException("maxCoordinate must be positive, was " + maxCoordinate);
  }

  public static IdeaLimits withMaxNoteChars(int maxNoteChars) {
    return new IdeaLimits(maxNoteChars, DEFAULT_MAX_LABEL_CHARS, DEFAULT_MAX_NOTES, DEFAULT_MAX_CLUSTERS,
        DEFAULT_MAX_COORDINATE);
  }
}
