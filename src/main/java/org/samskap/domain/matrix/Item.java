package org.samskap.domain.matrix;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One idea on the matrix. {@code source} is null for an item made on the matrix; {@code placed}
 * is null until the facilitator places it; {@code scores} holds one score per member (keyed by
 * member id); {@code decision} is null until the item is decided.
 */
public record Item(String id, String text, Source source, Point placed, Map<String, Point> scores,
    LogEntry decision) {
  public Item {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    scores = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(scores, "scores")));
  }

  public static Item created(String id, String text, Source source) {
    return new Item(id, text, source, null, Map.of(), null);
  }

  public Aggregate aggregate() {
    return Aggregate.of(scores.values());
  }

  /** Where the item stands under the given placement mode, or null if it has no position yet. */
  public Point position(Placement mode) {
    return mode == Placement.FACILITATOR ? placed : aggregate().median();
  }

  Item withText(String t) {
    return new Item(id, t, source, placed, scores, decision);
  }

  Item at(Point p) {
    return new Item(id, text, source, p, scores, decision);
  }

  Item withScores(Map<String, Point> s) {
    return new Item(id, text, source, placed, s, decision);
  }

  Item decided(LogEntry d) {
    return new Item(id, text, source, placed, scores, d);
  }
}
