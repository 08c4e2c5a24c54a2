package org.samskap.domain.matrix;

import java.util.List;
import java.util.Objects;

/** A change that happened to a matrix board; applying it is deterministic. */
public sealed interface MatrixEvent permits
    MatrixEvent.ItemCreated, MatrixEvent.ItemsImported, MatrixEvent.AxisRenamed, MatrixEvent.QuadrantRenamed,
    MatrixEvent.ItemScored, MatrixEvent.ItemDecided,
    MatrixOp.RenameBoard, MatrixOp.SetScale, MatrixOp.SetPlacement, MatrixOp.EditItem, MatrixOp.DeleteItem,
    MatrixOp.PlaceItem {

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

  /** A member's score replaced their earlier one; {@code aggregate} is the item's aggregate after it. */
  record ItemScored(String itemId, String memberId, Point score, Aggregate aggregate) implements MatrixEvent {
    public ItemScored {
      Objects.requireNonNull(itemId, "itemId");
      Objects.requireNonNull(memberId, "memberId");
      Objects.requireNonNull(score, "score");
      Objects.requireNonNull(aggregate, "aggregate");
    }

    public String type() { return "item.score"; }
  }

  record ItemDecided(LogEntry entry) implements MatrixEvent {
    public String type() { return "item.decide"; }
  }
}
