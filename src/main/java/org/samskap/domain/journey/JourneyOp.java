package org.samskap.domain.journey;

/**
 * A request to change a journey board. Every op but {@link RenameBoard} names the version
 * (current or future) it edits. Ops whose effect is exactly their fields are also their own
 * event; ops that need server-assigned ids (the creates) or computed fields ({@link SetHuki})
 * have separate events in {@link JourneyEvent}. Optional indexes are null for "at the end".
 */
public sealed interface JourneyOp {

  /** The wire name, e.g. {@code card.create}. */
  String type();

  // ---- stages (columns) ----

  record CreateStage(JourneyVersion version, String label, Integer index) implements JourneyOp {
    public String type() { return "stage.create"; }
  }

  record RenameStage(JourneyVersion version, String stageId, String label) implements JourneyOp, JourneyEvent {
    public String type() { return "stage.rename"; }
  }

  record MoveStage(JourneyVersion version, String stageId, int index) implements JourneyOp, JourneyEvent {
    public String type() { return "stage.move"; }
  }

  record DeleteStage(JourneyVersion version, String stageId) implements JourneyOp, JourneyEvent {
    public String type() { return "stage.delete"; }
  }

  /** {@code emotion} null clears the stage's point on the emotion curve. */
  record SetEmotion(JourneyVersion version, String stageId, Integer emotion) implements JourneyOp, JourneyEvent {
    public String type() { return "stage.emotion"; }
  }

  // ---- lanes (rows) ----

  record CreateLane(JourneyVersion version, LaneKind kind, String label, Integer index) implements JourneyOp {
    public String type() { return "lane.create"; }
  }

  record RenameLane(JourneyVersion version, String laneId, String label) implements JourneyOp, JourneyEvent {
    public String type() { return "lane.rename"; }
  }

  record MoveLane(JourneyVersion version, String laneId, int index) implements JourneyOp, JourneyEvent {
    public String type() { return "lane.move"; }
  }

  record DeleteLane(JourneyVersion version, String laneId) implements JourneyOp, JourneyEvent {
    public String type() { return "lane.delete"; }
  }

  // ---- cards ----

  /** {@code touchpoint} is required in a touchpoints lane and must be null elsewhere. */
  record CreateCard(JourneyVersion version, String laneId, String stageId, String text, Touchpoint touchpoint)
      implements JourneyOp {
    public String type() { return "card.create"; }
  }

  record EditCard(JourneyVersion version, String cardId, String text) implements JourneyOp, JourneyEvent {
    public String type() { return "card.edit"; }
  }

  record SetTouchpoint(JourneyVersion version, String cardId, Touchpoint touchpoint) implements JourneyOp, JourneyEvent {
    public String type() { return "card.touchpoint"; }
  }

  /** Moves a card to another stage in its lane. */
  record MoveCard(JourneyVersion version, String cardId, String stageId) implements JourneyOp, JourneyEvent {
    public String type() { return "card.move"; }
  }

  record DeleteCard(JourneyVersion version, String cardId) implements JourneyOp, JourneyEvent {
    public String type() { return "card.delete"; }
  }

  record LinkIdea(JourneyVersion version, String cardId, IdeaLink link) implements JourneyOp, JourneyEvent {
    public String type() { return "card.link"; }
  }

  record UnlinkIdea(JourneyVersion version, String cardId, IdeaLink link) implements JourneyOp, JourneyEvent {
    public String type() { return "card.unlink"; }
  }

  // ---- HUKI roles and cells ----

  record CreateRole(JourneyVersion version, String name) implements JourneyOp {
    public String type() { return "role.create"; }
  }

  record RenameRole(JourneyVersion version, String roleId, String name) implements JourneyOp, JourneyEvent {
    public String type() { return "role.rename"; }
  }

  record DeleteRole(JourneyVersion version, String roleId) implements JourneyOp, JourneyEvent {
    public String type() { return "role.delete"; }
  }

  /** {@code value} null clears the cell. */
  record SetHuki(JourneyVersion version, String cardId, String roleId, Huki value) implements JourneyOp {
    public String type() { return "huki.set"; }
  }

  // ---- whole versions and the board ----

  /** Replaces {@code version} with a copy of {@code from} (ids are kept, so the two can be compared). */
  record CopyVersion(JourneyVersion version, JourneyVersion from) implements JourneyOp, JourneyEvent {
    public String type() { return "version.copy"; }
  }

  record RenameBoard(String title) implements JourneyOp, JourneyEvent {
    public String type() { return "board.rename"; }
  }
}
