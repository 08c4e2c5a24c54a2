package org.samskap.domain.ideas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Inverse;
import org.samskap.domain.Role;

/** The idea board's inverses (docs/PROTOCOL.md U3, U7, U8): each op, then its inverse, gives the board back. */
class IdeaUndoTest {
  final AtomicInteger ids = new AtomicInteger();
  final IdeaRules rules = IdeaRulesTest.DEFAULT_RULES;
  final IdeaBoard board = new IdeaBoard("W");
  final Actor kari = new Actor(Role.PARTICIPANT, "mkari", "Kari", () -> "id" + ids.incrementAndGet());
  final Actor fac = new Actor(Role.FACILITATOR, "mfac", "Fa", () -> "id" + ids.incrementAndGet());

  /** Decides and applies {@code op} like the writer; returns its inverse, taken before applying (U3). */
  Inverse<IdeaEvent> apply(IdeaOp op, Actor who) {
    IdeaEvent event = assertInstanceOf(Decision.Accepted.class, rules.decide(board, op, who), op.type()).event() instanceof IdeaEvent e
        ? e : null;
    Inverse<IdeaEvent> inverse = IdeaUndo.of(board, event);
    board.apply(event);
    return inverse;
  }

  /** Applies an inverse through the rules, as an undo does (U4). */
  void undo(Inverse<IdeaEvent> inverse) {
    apply((IdeaOp) inverse.op(), kari);
  }

  String note(String text) {
    apply(new IdeaOp.CreateNote(text, 1, 2, Color.BLUE, null), kari);
    return board.notes().stream().reduce((a, b) -> b).orElseThrow().id();
  }

  @Test
  void U3_create_is_undone_by_deleting_the_note() {
    Inverse<IdeaEvent> inv = apply(new IdeaOp.CreateNote("a", 1, 2, null, null), kari);
    String id = board.notes().iterator().next().id();
    assertEquals(new IdeaOp.DeleteNote(id), inv.op());
    assertEquals(List.of(id), inv.keys());
    undo(inv);
    assertEquals(0, board.noteCount());
  }

  @Test
  void U3_edit_move_colour_and_cluster_are_undone_to_the_earlier_values() {
    String id = note("a");
    String cluster = "c";
    board.apply(new IdeaEvent.ClusterCreated(new Cluster(cluster, "K", 0, 0)));
    Note before = board.note(id);
    List<IdeaOp> ops = List.of(new IdeaOp.EditNote(id, "b"), new IdeaOp.MoveNote(id, 50, 60),
        new IdeaOp.ColorNote(id, Color.PINK), new IdeaOp.ClusterNote(id, cluster));
    List<String> keys = List.of(id + "#text", id + "#position", id + "#color", id + "#cluster");
    for (int i = 0; i < ops.size(); i++) {
      Inverse<IdeaEvent> inv = apply(ops.get(i), kari);
      assertEquals(List.of(keys.get(i)), inv.keys(), ops.get(i).type());
      undo(inv);
      assertEquals(before, board.note(id), ops.get(i).type() + " then its inverse gives the note back");
    }
  }

  @Test
  void U7_delete_is_undone_by_a_restore_with_the_same_id_and_content() {
    String id = note("Lang tekst");
    apply(new IdeaOp.MoveNote(id, -40, 70), kari);
    Note before = board.note(id);
    Inverse<IdeaEvent> inv = apply(new IdeaOp.DeleteNote(id), kari);
    assertNull(board.note(id));
    assertEquals(new IdeaOp.RestoreNote(before), inv.op());
    undo(inv);
    assertEquals(before, board.note(id));
    Inverse<IdeaEvent> again = IdeaUndo.of(board, new IdeaOp.DeleteNote(id));
    assertEquals(new IdeaOp.RestoreNote(before), again.op());
  }

  @Test
  void U7_a_restore_whose_cluster_is_gone_comes_back_outside_any_cluster() {
    board.apply(new IdeaEvent.ClusterCreated(new Cluster("c", "K", 0, 0)));
    apply(new IdeaOp.CreateNote("a", 1, 2, null, "c"), kari);
    String id = board.notes().iterator().next().id();
    Inverse<IdeaEvent> inv = apply(new IdeaOp.DeleteNote(id), kari);
    apply(new IdeaOp.DeleteCluster("c"), fac);
    undo(inv);
    assertNull(board.note(id).clusterId());
    assertEquals("a", board.note(id).text());
  }

  @Test
  void U7_a_restore_of_an_id_that_exists_is_refused() {
    String id = note("a");
    Decision<IdeaEvent> d = rules.decide(board, new IdeaOp.RestoreNote(board.note(id)), kari);
    assertEquals("There is already a note " + id + ".",
        assertInstanceOf(Decision.Rejected.class, d).rejection().message());
  }

  @Test
  void U8_cluster_create_and_rename_are_undone_cluster_delete_and_board_rename_are_not() {
    Inverse<IdeaEvent> created = apply(new IdeaOp.CreateCluster("K", 0, 0), kari);
    String c = board.clusters().iterator().next().id();
    assertEquals(new IdeaOp.DeleteCluster(c), created.op());
    Inverse<IdeaEvent> renamed = apply(new IdeaOp.RenameCluster(c, "L"), kari);
    assertEquals(new IdeaOp.RenameCluster(c, "K"), renamed.op());
    String id = note("a");
    apply(new IdeaOp.ClusterNote(id, c), kari);
    Inverse<IdeaEvent> deleted = apply(new IdeaOp.DeleteCluster(c), fac);
    assertNull(deleted.op());
    assertEquals(List.of(c, id + "#cluster"), deleted.keys(), "U5: it touches its notes' cluster");
    assertNull(apply(new IdeaOp.RenameBoard("Ny"), fac).op());
  }
}
