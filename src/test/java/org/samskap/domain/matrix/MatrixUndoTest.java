package org.samskap.domain.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Inverse;
import org.samskap.domain.Reason;
import org.samskap.domain.Role;

/** The matrix's inverses (docs/PROTOCOL.md U3, U10). */
class MatrixUndoTest {
  final AtomicInteger ids = new AtomicInteger();
  final MatrixRules rules = new MatrixRules(MatrixLimits.withMaxTextChars(2000));
  final MatrixBoard board = new MatrixBoard("M");
  final Actor fac = new Actor(Role.FACILITATOR, "mfac", "Fa", () -> "i" + ids.incrementAndGet());
  final Actor ola = new Actor(Role.PARTICIPANT, "mola", "Ola", () -> "i" + ids.incrementAndGet());

  Inverse<MatrixEvent> apply(MatrixOp op, Actor who) {
    Decision<MatrixEvent> d = rules.decide(board, op, who, 0L);
    if (d instanceof Decision.Rejected<MatrixEvent> r) throw new AssertionError(op.type() + ": " + r.rejection());
    MatrixEvent event = ((Decision.Accepted<MatrixEvent>) d).event();
    Inverse<MatrixEvent> inverse = MatrixUndo.of(board, event);
    board.apply(event);
    return inverse;
  }

  MatrixOp asOp(MatrixEvent inverse) {
    if (inverse instanceof MatrixEvent.ItemScored s) return new MatrixOp.ScoreItem(s.itemId(), s.score().x(), s.score().y());
    return (MatrixOp) inverse;
  }

  @Test
  void U10_create_edit_placement_and_a_changed_score_are_undone() {
    Inverse<MatrixEvent> created = apply(new MatrixOp.CreateItem("Tiltak"), fac);
    String id = board.items().iterator().next().id();
    assertEquals(new MatrixOp.DeleteItem(id), created.op());
    apply(asOp(apply(new MatrixOp.EditItem(id, "Nytt"), fac).op()), fac);
    assertEquals("Tiltak", board.item(id).text());

    Inverse<MatrixEvent> firstPlace = apply(new MatrixOp.PlaceItem(id, 1, 1), fac);
    assertNull(firstPlace.op(), "no op takes a placement away");
    apply(asOp(apply(new MatrixOp.PlaceItem(id, 3, 4), fac).op()), fac);
    assertEquals(new Point(1, 1), board.item(id).placed());

    Inverse<MatrixEvent> firstScore = apply(new MatrixOp.ScoreItem(id, 2, 2), ola);
    assertNull(firstScore.op(), "no op takes a score away");
    assertEquals(List.of(id + "#score:mola"), firstScore.keys(), "a score is the member's own key");
    apply(asOp(apply(new MatrixOp.ScoreItem(id, 5, 5), ola).op()), ola);
    assertEquals(new Point(2, 2), board.item(id).scores().get("mola"));
  }

  @Test
  void U10_scale_and_placement_mode_are_undone_and_deletes_are_not() {
    Scale scale = board.scale();
    Placement placement = board.placement();
    Placement other = placement == Placement.FACILITATOR ? Placement.values()[0] == Placement.FACILITATOR
        ? Placement.values()[1] : Placement.values()[0] : Placement.FACILITATOR;
    apply(asOp(apply(new MatrixOp.SetPlacement(other), fac).op()), fac);
    assertEquals(placement, board.placement());
    assertEquals(new MatrixOp.SetScale(scale), MatrixUndo.of(board, new MatrixOp.SetScale(scale)).op());
    apply(new MatrixOp.CreateItem("x"), fac);
    String id = board.items().iterator().next().id();
    apply(new MatrixOp.ScoreItem(id, 1, 1), ola);
    assertNull(apply(new MatrixOp.DeleteItem(id), fac).op(), "M11: a scored item is not brought back");
  }

  @Test
  void U7_U10_a_bare_item_deleted_comes_back_with_its_id_text_and_place() {
    apply(new MatrixOp.CreateItem("Tiltak"), fac);
    String id = board.items().iterator().next().id();
    apply(new MatrixOp.PlaceItem(id, 2, 3), fac);
    Item before = board.item(id);
    Inverse<MatrixEvent> inv = apply(new MatrixOp.DeleteItem(id), fac);
    assertEquals(new MatrixOp.RestoreItem(id, "Tiltak", null, new Point(2, 3)), inv.op());
    Inverse<MatrixEvent> back = apply(asOp(inv.op()), fac);
    assertEquals(before, board.item(id));
    assertEquals(new MatrixOp.DeleteItem(id), back.op(), "the restore is undone by deleting again");
    assertEquals(Reason.BAD_REQUEST, ((Decision.Rejected<MatrixEvent>) rules.decide(board, asOp(inv.op()), fac, 0L)).rejection().reason(),
        "the id is taken");
  }
}
