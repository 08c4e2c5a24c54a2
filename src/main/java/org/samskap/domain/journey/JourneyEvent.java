package org.samskap.domain.journey;

/** A change that happened to a journey board; applying it is deterministic. */
public sealed interface JourneyEvent permits
    JourneyEvent.StageCreated, JourneyEvent.LaneCreated, JourneyEvent.CardCreated, JourneyEvent.RoleCreated,
    JourneyEvent.HukiSet,
    JourneyOp.RenameStage, JourneyOp.MoveStage, JourneyOp.DeleteStage, JourneyOp.SetEmotion,
    JourneyOp.RenameLane, JourneyOp.MoveLane, JourneyOp.DeleteLane,
    JourneyOp.EditCard, JourneyOp.SetTouchpoint, JourneyOp.MoveCard, JourneyOp.DeleteCard,
    JourneyOp.LinkIdea, JourneyOp.UnlinkIdea,
    JourneyOp.RenameRole, JourneyOp.DeleteRole, JourneyOp.CopyVersion, JourneyOp.RenameBoard {

  /** The wire name; an event has the type of the op that caused it. */
  String type();

  /** {@code index} is where the stage went (the op's index, or the end). */
  record StageCreated(JourneyVersion version, Stage stage, int index) implements JourneyEvent {
    public String type() { return "stage.create"; }
  }

  record LaneCreated(JourneyVersion version, Lane lane, int index) implements JourneyEvent {
    public String type() { return "lane.create"; }
  }

  record CardCreated(JourneyVersion version, Card card) implements JourneyEvent {
    public String type() { return "card.create"; }
  }

  record RoleCreated(JourneyVersion version, ProcessRole role) implements JourneyEvent {
    public String type() { return "role.create"; }
  }

  /**
   * A HUKI cell was set or cleared. {@code warning} is the step's HUKI check after the change
   * (null when the step has exactly one H); it is information, never a reason to refuse.
   */
  record HukiSet(JourneyVersion version, String cardId, String roleId, Huki value, HukiCheck.Warning warning)
      implements JourneyEvent {
    public String type() { return "huki.set"; }
  }
}
