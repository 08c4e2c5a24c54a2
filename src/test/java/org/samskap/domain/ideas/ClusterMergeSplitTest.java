package org.samskap.domain.ideas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Inverse;
import org.samskap.domain.Reason;
import org.samskap.domain.Role;

/** Merging and splitting clusters and the names switch (docs/PROTOCOL.md I1, I2, I3), with their undo (U8). */
class ClusterMergeSplitTest {
  final AtomicInteger ids = new AtomicInteger();
  final IdeaRules rules = IdeaRulesTest.DEFAULT_RULES;
  final IdeaBoard board = new IdeaBoard("W");
  final Actor kari = new Actor(Role.PARTICIPANT, "mkari", "Kari", () -> "id" + ids.incrementAndGet());
  final Actor fac = new Actor(Role.FACILITATOR, "mfac", "Fa", () -> "id" + ids.incrementAndGet());

  Inverse<IdeaEvent> apply(IdeaOp op, Actor who) {
    Decision<IdeaEvent> d = rules.decide(board, op, who);
    IdeaEvent event = (IdeaEvent) assertInstanceOf(Decision.Accepted.class, d, op.type() + ": " + d).event();
    Inverse<IdeaEvent> inverse = IdeaUndo.of(board, event);
    board.apply(event);
    return inverse;
  }

  void refused(IdeaOp op, Actor who, Reason reason, String message) {
    Decision.Rejected<IdeaEvent> r = assertInstanceOf(Decision.Rejected.class, rules.decide(board, op, who));
    assertEquals(reason, r.rejection().reason());
    assertEquals(message, r.rejection().message());
  }

  String cluster(String label) {
    apply(new IdeaOp.CreateCluster(label, 10, 20), kari);
    return board.clusters().stream().reduce((a, b) -> b).orElseThrow().id();
  }

  String note(String text, String clusterId) {
    apply(new IdeaOp.CreateNote(text, 1, 2, null, clusterId), kari);
    return board.notes().stream().reduce((a, b) -> b).orElseThrow().id();
  }

  @Test
  void I1_merge_moves_every_note_into_the_target_and_removes_the_other_cluster() {
    String a = cluster("A");
    String b = cluster("B");
    String n1 = note("1", a);
    String n2 = note("2", a);
    String n3 = note("3", b);
    String loose = note("4", null);
    apply(new IdeaOp.MergeClusters(a, b), kari);
    assertNull(board.cluster(a));
    assertEquals("B", board.cluster(b).label());
    for (String n : List.of(n1, n2, n3)) assertEquals(b, board.note(n).clusterId(), n);
    assertNull(board.note(loose).clusterId());
  }

  @Test
  void I1_merge_refuses_itself_and_unknown_clusters() {
    String a = cluster("A");
    refused(new IdeaOp.MergeClusters(a, a), kari, Reason.BAD_REQUEST, "A cluster cannot be merged into itself.");
    refused(new IdeaOp.MergeClusters("nope", a), kari, Reason.NOT_FOUND, "There is no cluster nope.");
    refused(new IdeaOp.MergeClusters(a, "nope"), kari, Reason.NOT_FOUND, "There is no cluster nope.");
  }

  @Test
  void I1_U8_a_merge_is_undone_by_restoring_the_cluster_with_its_notes_and_redone_by_merging_again() {
    String a = cluster("A");
    String b = cluster("B");
    String n1 = note("1", a);
    String n3 = note("3", b);
    Cluster before = board.cluster(a);
    Inverse<IdeaEvent> inv = apply(new IdeaOp.MergeClusters(a, b), kari);
    assertEquals(new IdeaOp.RestoreCluster(before, List.of(n1), b), inv.op());
    assertEquals(List.of(a, n1 + "#cluster"), inv.keys());
    Inverse<IdeaEvent> redo = apply((IdeaOp) inv.op(), kari);
    assertEquals(before, board.cluster(a));
    assertEquals(a, board.note(n1).clusterId());
    assertEquals(b, board.note(n3).clusterId());
    assertEquals(new IdeaOp.MergeClusters(a, b), redo.op());
  }

  @Test
  void I1_a_restore_skips_notes_deleted_since_and_refuses_an_id_that_exists() {
    String a = cluster("A");
    String b = cluster("B");
    String n1 = note("1", a);
    String n2 = note("2", a);
    Inverse<IdeaEvent> inv = apply(new IdeaOp.MergeClusters(a, b), kari);
    apply(new IdeaOp.DeleteNote(n2), kari);
    apply((IdeaOp) inv.op(), kari);
    assertEquals(a, board.note(n1).clusterId());
    refused((IdeaOp) inv.op(), kari, Reason.BAD_REQUEST, "There is already a cluster " + a + ".");
  }

  @Test
  void I2_split_makes_a_new_cluster_of_the_chosen_notes() {
    String a = cluster("A");
    String n1 = note("1", a);
    String n2 = note("2", a);
    String n3 = note("3", a);
    apply(new IdeaOp.SplitCluster(List.of(n1, n3), "Ny", 300, 40), kari);
    Cluster made = board.clusters().stream().filter(c -> !c.id().equals(a)).findFirst().orElseThrow();
    assertEquals("Ny", made.label());
    assertEquals(300, made.x());
    assertEquals(made.id(), board.note(n1).clusterId());
    assertEquals(made.id(), board.note(n3).clusterId());
    assertEquals(a, board.note(n2).clusterId());
  }

  @Test
  void I2_split_refuses_an_empty_list_repeats_unknown_notes_loose_notes_and_two_clusters() {
    String a = cluster("A");
    String b = cluster("B");
    String n1 = note("1", a);
    String n2 = note("2", b);
    String loose = note("3", null);
    refused(new IdeaOp.SplitCluster(List.of(), "N", 0, 0), kari, Reason.BAD_REQUEST, "Name at least one note to split off.");
    refused(new IdeaOp.SplitCluster(List.of(n1, n1), "N", 0, 0), kari, Reason.BAD_REQUEST, "A note is named more than once.");
    refused(new IdeaOp.SplitCluster(List.of("x"), "N", 0, 0), kari, Reason.NOT_FOUND, "There is no note x.");
    refused(new IdeaOp.SplitCluster(List.of(loose), "N", 0, 0), kari, Reason.BAD_REQUEST,
        "The notes to split off must all be in one cluster.");
    refused(new IdeaOp.SplitCluster(List.of(n1, n2), "N", 0, 0), kari, Reason.BAD_REQUEST,
        "The notes to split off must all be in one cluster.");
    refused(new IdeaOp.SplitCluster(List.of(n1), " ", 0, 0), kari, Reason.BAD_REQUEST, "The label must not be empty.");
    int before = board.clusterCount();
    assertEquals(2, before, "nothing was made by the refusals");
  }

  @Test
  void I2_split_stops_at_the_cluster_limit() {
    IdeaRules small = new IdeaRules(new IdeaLimits(100, 50, 100, 1, 1000));
    board.apply(new IdeaEvent.ClusterCreated(new Cluster("c", "K", 0, 0)));
    board.apply(new IdeaEvent.NoteCreated(new Note("n", "t", 0, 0, Color.DEFAULT, "c", "Kari")));
    Decision.Rejected<IdeaEvent> r = assertInstanceOf(Decision.Rejected.class,
        small.decide(board, new IdeaOp.SplitCluster(List.of("n"), "N", 0, 0), kari));
    assertEquals(Reason.BOARD_FULL, r.rejection().reason());
  }

  @Test
  void I2_U8_a_split_is_undone_by_merging_the_new_cluster_back() {
    String a = cluster("A");
    String n1 = note("1", a);
    String n2 = note("2", a);
    Inverse<IdeaEvent> inv = apply(new IdeaOp.SplitCluster(List.of(n2), "Ny", 0, 0), kari);
    String made = board.note(n2).clusterId();
    assertEquals(new IdeaOp.MergeClusters(made, a), inv.op());
    assertEquals(List.of(made, n2 + "#cluster"), inv.keys());
    apply((IdeaOp) inv.op(), kari);
    assertNull(board.cluster(made));
    assertEquals(a, board.note(n1).clusterId());
    assertEquals(a, board.note(n2).clusterId());
  }

  @Test
  void I3_names_are_off_by_default_and_only_a_facilitator_turns_them_on_not_undoable() {
    assertFalse(board.namesShown());
    refused(new IdeaOp.ShowNames(true), kari, Reason.FORBIDDEN, "Only a facilitator may do board.names.");
    Inverse<IdeaEvent> inv = apply(new IdeaOp.ShowNames(true), fac);
    assertTrue(board.namesShown());
    assertNull(inv.op());
    apply(new IdeaOp.ShowNames(false), fac);
    assertFalse(board.namesShown());
  }
}
