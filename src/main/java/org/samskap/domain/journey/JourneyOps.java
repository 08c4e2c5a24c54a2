package org.samskap.domain.journey;

import static org.samskap.domain.OpCategory.ARRANGE;
import static org.samskap.domain.OpCategory.CONTENT;
import static org.samskap.domain.OpCategory.FACILITATION;

import org.samskap.domain.OpCatalog;
import org.samskap.domain.OpSpec;

/**
 * The service journey's ops for the session layer (docs/PROTOCOL.md F2, JR2). Mapping the
 * journey is writing: stages, lanes, cards and their texts, the user's feeling at a stage, a
 * card's touchpoint and the HUKI roles of a process step are content. Moving stages, lanes and
 * cards, and linking a card to an idea on an idea board (it writes nothing), arrange. Copying
 * the current journey into the future one and renaming the board steer the board.
 */
public final class JourneyOps {
  public static final OpCatalog CATALOG = OpCatalog.of(
      OpSpec.of("stage.create", CONTENT, "stageId"),
      OpSpec.of("stage.rename", CONTENT, "stageId"),
      OpSpec.of("stage.emotion", CONTENT, "stageId"),
      OpSpec.of("stage.delete", CONTENT, "stageId").removing(),
      OpSpec.of("stage.move", ARRANGE, "stageId"),
      OpSpec.of("lane.create", CONTENT, "laneId"),
      OpSpec.of("lane.rename", CONTENT, "laneId"),
      OpSpec.of("lane.delete", CONTENT, "laneId").removing(),
      OpSpec.of("lane.move", ARRANGE, "laneId"),
      OpSpec.of("card.create", CONTENT, "cardId", "laneId", "stageId"),
      OpSpec.of("card.edit", CONTENT, "cardId"),
      OpSpec.of("card.touchpoint", CONTENT, "cardId"),
      OpSpec.of("card.delete", CONTENT, "cardId").removing(),
      OpSpec.of("card.move", ARRANGE, "cardId", "stageId"),
      OpSpec.of("card.link", ARRANGE, "cardId"),
      OpSpec.of("card.unlink", ARRANGE, "cardId"),
      OpSpec.of("role.create", CONTENT, "roleId"),
      OpSpec.of("role.rename", CONTENT, "roleId"),
      OpSpec.of("role.delete", CONTENT, "roleId").removing(),
      OpSpec.of("huki.set", CONTENT, "cardId", "roleId"),
      OpSpec.of("version.copy", FACILITATION),
      OpSpec.of("board.rename", FACILITATION));

  private JourneyOps() {}
}
