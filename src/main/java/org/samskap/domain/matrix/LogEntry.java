package org.samskap.domain.matrix;

import java.util.List;
import java.util.Objects;

/**
 * One line of the decision log: which item, what was decided and why, who decided it and when
 * (epoch milliseconds), and the item's scores at that moment: the aggregate, every score
 * without who gave it, and the facilitator's placement (null if none).
 */
public record LogEntry(String itemId, String itemText, Verdict verdict, String reason, String byName,
    String byMemberId, long at, Aggregate aggregate, List<Point> scores, Point placed) {
  public LogEntry {
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(itemText, "itemText");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(byName, "byName");
    Objects.requireNonNull(byMemberId, "byMemberId");
    Objects.requireNonNull(aggregate, "aggregate");
    scores = List.copyOf(scores);
    if (scores.size() != aggregate.count()) {
      throw new IllegalArgumentException("aggregate counts " + aggregate.count() + " scores but " + scores.size() + " were given");
    }
  }
}
