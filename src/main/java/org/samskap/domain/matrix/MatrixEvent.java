package org.samskap.domain.matrix;

import java.util.List;
import java.util.Objects;

/** A change that happened to a matrix board; applying it is deterministic. */
public sealed interface MatrixEvent permits
    MatrixEvent.ItemCreated, MatrixEvent.ItemsImported, MatrixEvent.AxisRenamed, MatrixEvent.QuadrantRenamed,
    MatrixEvent.ItemScored, MatrixEvent.ItemDecided,
    MatrixOp.RenameBoard, MatrixOp.SetScale, MatrixOp.SetPlacement, MatrixOp.EditItem, MatrixOp.DeleteItem,
    MatrixOp.PlaceItem, MatrixOp.RevealScores, MatrixOp.RestoreItem {

  /** The wire name; an event has the type of the op that caused it. */
  String type();

  record ItemCreated(Item item) implements MatrixEvent {
    public String type() { return "item.create"; }
  }

  record ItemsImported(List<Item> items) implements MatrixEvent {
    public ItemsImported {
      items = List.copyOf(items);
    }

    public String type() { return "item.import"; }
  }

  record AxisRenamed(Axis axis, Names names) implements MatrixEvent {
    public String type() { return "axis.rename"; }
  }

  record QuadrantRenamed(Quadrant quadrant, Names names) implements MatrixEvent {
    public String type() { return "quadrant.rename"; }
  }

  /**
   * A member's score replaced their earlier one. {@code count} is how many members have scored
   * the item after it; {@code aggregate} is the item's aggregate after it when it may be shown
   * (rule M11: at least the threshold of scorers, or revealed), and null while it is hidden. A
   * hidden aggregate is never in the event, not even in storage: the scorer gets the stored
   * event back (J6), and replaying needs only the score.
   */
  record ItemScored(String itemId, String memberId, Point score, int count, Aggregate aggregate) implements MatrixEvent {
    public ItemScored {
      Objects.requireNonNull(itemId, "itemId");
      Objects.requireNonNull(memberId, "memberId");
      Objects.requireNonNull(score, "score");
      if (count < 1) throw new IllegalArgumentException("count must be at least 1, was " + count);
      if (aggregate != null && aggregate.count() != count) {
        throw new IllegalArgumentException("aggregate counts " + aggregate.count() + " scores but count is " + count);
      }
    }

    public String type() { return "item.score"; }
  }

  record ItemDecided(LogEntry entry) implements MatrixEvent {
    public String type() { return "item.decide"; }
  }
}
