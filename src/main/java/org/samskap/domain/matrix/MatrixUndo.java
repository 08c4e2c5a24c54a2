package org.samskap.domain.matrix;

import static org.samskap.domain.Inverse.key;

import java.util.List;

import org.samskap.domain.Inverse;

/**
 * Personal undo on a prioritisation matrix (docs/PROTOCOL.md U3, U10): for an accepted event,
 * computed from the board before it, what it touched and the op that puts it back. Pure.
 *
 * <p>Undoable: creating an item, deleting one that has no scores and no decision (U7), its text, its placement by the facilitator when it had one,
 * a member's own score when they had scored it before, and the board's scale and placement
 * mode. Not undoable (U2, U10): a first score or first placement (there is no op that takes one
 * away), deleting a scored or decided item, importing and deciding items, revealing scores, and renaming the board, its
 * axes and quadrants.
 */
public final class MatrixUndo {
  private MatrixUndo() {}

  /** The inverse of {@code event} on {@code before}, the board before it was applied. */
  public static Inverse<MatrixEvent> of(MatrixBoard before, MatrixEvent event) {
    if (event instanceof MatrixEvent.ItemCreated e) {
      return Inverse.of(new MatrixOp.DeleteItem(e.item().id()), e.item().id());
    }
    if (event instanceof MatrixOp.EditItem e) {
      return Inverse.of(new MatrixOp.EditItem(e.itemId(), before.item(e.itemId()).text()), key(e.itemId(), "text"));
    }
    if (event instanceof MatrixOp.PlaceItem e) {
      Point was = before.item(e.itemId()).placed();
      String k = key(e.itemId(), "placed");
      return was == null ? Inverse.none(List.of(k)) : Inverse.of(new MatrixOp.PlaceItem(e.itemId(), was.x(), was.y()), k);
    }
    if (event instanceof MatrixEvent.ItemScored e) {
      Point was = before.item(e.itemId()).scores().get(e.memberId());
      String k = key(e.itemId(), "score:" + e.memberId());
      return was == null ? Inverse.none(List.of(k))
          : Inverse.of(new MatrixEvent.ItemScored(e.itemId(), e.memberId(), was, 1, null), k);
    }
    if (event instanceof MatrixOp.SetScale) return Inverse.of(new MatrixOp.SetScale(before.scale()), key("board", "scale"));
    if (event instanceof MatrixOp.SetPlacement) {
      return Inverse.of(new MatrixOp.SetPlacement(before.placement()), key("board", "placement"));
    }
    if (event instanceof MatrixOp.RestoreItem e) return Inverse.of(new MatrixOp.DeleteItem(e.itemId()), e.itemId());
    if (event instanceof MatrixOp.DeleteItem e) {
      Item i = before.item(e.itemId());
      // Scores are secret (M11) and a decision is in the log: only a bare item comes back.
      if (!i.scores().isEmpty() || i.decision() != null) return Inverse.none(List.of(e.itemId()));
      return Inverse.of(new MatrixOp.RestoreItem(i.id(), i.text(), i.source(), i.placed()), e.itemId());
    }
    if (event instanceof MatrixEvent.ItemDecided e) return Inverse.none(List.of(key(e.entry().itemId(), "decision")));
    return Inverse.none(List.of());
  }
}
