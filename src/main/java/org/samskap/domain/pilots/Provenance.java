package org.samskap.domain.pilots;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a pilot candidate came from, copied once when it was made and never rewritten: the
 * matrix board and item, the item's text (the original note text), the item's {@code source}
 * as the matrix carried it (idea board, note, cluster and its label, votes, and poll results by
 * voter group when present), the aggregate of the matrix scores, the decision, and the journey
 * steps it touches. The maps hold the wire shapes of the matrix (docs/PROTOCOL.md, M6, M5, M8).
 */
public record Provenance(String matrixBoardId, String itemId, String text, Map<String, Object> source,
    Map<String, Object> aggregate, Map<String, Object> decision, List<String> journeySteps, long copiedAt) {
  public static final int MAX_JOURNEY_STEPS = 100;

  public Provenance {
    Objects.requireNonNull(matrixBoardId, "matrixBoardId");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(text, "text");
    source = source == null ? null : Check.map(source);
    aggregate = Check.map(aggregate);
    decision = Check.map(decision);
    journeySteps = Check.list(journeySteps);
    if (journeySteps.size() > MAX_JOURNEY_STEPS) {
      throw PilotInvalid.field("journeySteps", "At most " + MAX_JOURNEY_STEPS + " journey steps.");
    }
    for (String s : journeySteps) Check.required("journeySteps[]", s, Check.MAX_SHORT);
  }
}
