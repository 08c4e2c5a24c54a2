package org.samskap.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The stacks and marks of personal undo on their own (docs/PROTOCOL.md U1, U5). */
class UndoStacksTest {
  final UndoStacks stacks = new UndoStacks();
  final Map<String, Object> op = Map.of("type", "note.edit", "noteId", "n1", "text", "a");

  @Test
  void U5_keys_overlap_when_equal_or_one_is_the_whole_item_of_the_other() {
    stacks.changed("ane", "c1", List.of("n1#text"), op, UndoStacks.Source.OP);
    UndoStacks.Step step = stacks.top("ane", false);
    stacks.changed("bo", "c2", List.of("n1#position"), null, UndoStacks.Source.OP);
    assertFalse(stacks.changedSince(step, "ane"), "another property of the same note");
    stacks.changed("ane", "c3", List.of("n1"), null, UndoStacks.Source.OP);
    assertFalse(stacks.changedSince(step, "ane"), "her own later change is no conflict");
    stacks.changed("bo", "c4", List.of("n2"), null, UndoStacks.Source.OP);
    assertFalse(stacks.changedSince(step, "ane"), "another note");
    stacks.changed("bo", "c5", List.of("n1"), null, UndoStacks.Source.OP);
    assertTrue(stacks.changedSince(step, "ane"), "the whole note, e.g. deleted");
  }

  @Test
  void U1_a_board_holds_at_most_BOARD_STEPS_steps_taken_from_the_longest_stack() {
    int members = UndoStacks.BOARD_STEPS / UndoStacks.DEPTH + 5;
    for (int m = 0; m < members; m++) {
      for (int i = 0; i < UndoStacks.DEPTH; i++) stacks.changed("m" + m, null, List.of("n" + m), op, UndoStacks.Source.OP);
    }
    assertEquals(UndoStacks.BOARD_STEPS, stacks.steps());
    int total = 0;
    for (int m = 0; m < members; m++) total += stacks.depth("m" + m, false);
    assertEquals(UndoStacks.BOARD_STEPS, total, "the count is the stacks' true size");
    assertTrue(stacks.depth("m0", false) > 0, "the first members keep some steps too");
  }

  @Test
  void U5_marks_older_than_every_step_are_forgotten() {
    for (int i = 0; i < UndoStacks.PRUNE_EVERY * 2; i++) stacks.changed("bo", null, List.of("n" + i), null, UndoStacks.Source.OP);
    assertTrue(stacks.markedItems() < UndoStacks.PRUNE_EVERY, "without steps, marks do not pile up: " + stacks.markedItems());
    stacks.changed("ane", "c", List.of("x#text"), op, UndoStacks.Source.OP);
    UndoStacks.Step step = stacks.top("ane", false);
    for (int i = 0; i < UndoStacks.PRUNE_EVERY * 2; i++) stacks.changed("bo", null, List.of(i == 7 ? "x" : "y" + i), null, UndoStacks.Source.OP);
    assertTrue(stacks.changedSince(step, "ane"), "a mark after a live step is kept");
  }
}
