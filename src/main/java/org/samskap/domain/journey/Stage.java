package org.samskap.domain.journey;

import java.util.Objects;

/**
 * A stage (column) of the user's journey. {@code emotion} is the emotion curve's value at this
 * stage, from -2 (very bad) to +2 (very good), or null when not set.
 */
public record Stage(String id, String label, Integer emotion) {
  public static final int MIN_EMOTION = -2;
  public static final int MAX_EMOTION = 2;

  public Stage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    if (emotion != null && (emotion < MIN_EMOTION || emotion > MAX_EMOTION)) {
      throw new IllegalArgumentException("emotion must be within -2..2, was " + emotion);
    }
  }

  Stage withLabel(String l) {
    return new Stage(id, l, emotion);
  }

  Stage withEmotion(Integer e) {
    return new Stage(id, label, e);
  }
}
