package org.samskap.domain.matrix;

import static org.samskap.domain.OpCategory.CONTENT;
import static org.samskap.domain.OpCategory.FACILITATION;
import static org.samskap.domain.OpCategory.VOTE;

import org.samskap.domain.OpCatalog;
import org.samskap.domain.OpSpec;

/**
 * The matrix's ops for the session layer (docs/PROTOCOL.md F2, M1). Participants only score:
 * a score is a vote, so it is open in the free and the vote phase. Everything else is the
 * facilitator's by M1; its category only decides whether a participant hears
 * {@code wrong_phase} or {@code forbidden}.
 */
public final class MatrixOps {
  public static final OpCatalog CATALOG = OpCatalog.of(
      OpSpec.of("item.create", CONTENT, "itemId"),
      OpSpec.of("item.edit", CONTENT, "itemId"),
      OpSpec.of("item.delete", CONTENT, "itemId").removing(),
      OpSpec.of("item.restore", CONTENT, "itemId"),
      OpSpec.of("item.import", FACILITATION),
      OpSpec.of("item.score", VOTE, "itemId"),
      OpSpec.of("item.place", FACILITATION, "itemId"),
      OpSpec.of("item.decide", FACILITATION, "itemId"),
      OpSpec.of("scores.reveal", FACILITATION),
      OpSpec.of("scale.set", FACILITATION),
      OpSpec.of("placement.set", FACILITATION),
      OpSpec.of("axis.rename", FACILITATION),
      OpSpec.of("quadrant.rename", FACILITATION),
      OpSpec.of("board.rename", FACILITATION));

  private MatrixOps() {}
}
