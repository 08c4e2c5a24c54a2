package org.samskap.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.samskap.config.SamskapConfig;
import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Reason;
import org.samskap.domain.Role;

/**
 * The generic undo mechanism (docs/PROTOCOL.md U1-U10) over the real kinds as a node runs them:
 * undo layer, session layer, kind. Every op goes in as a wire map, as from the bridge.
 */
class UndoModelTest {
  final AtomicInteger ids = new AtomicInteger();
  final AtomicInteger opIds = new AtomicInteger();
  final BoardKinds kinds = KindRegistry.kinds(SamskapConfig.defaults(), () -> 1000L);
  final Actor ane = new Actor(Role.PARTICIPANT, "mane", "Ane", () -> "n" + ids.incrementAndGet());
  final Actor bo = new Actor(Role.PARTICIPANT, "mbo", "Bo", () -> "n" + ids.incrementAndGet());
  final Actor fac = new Actor(Role.FACILITATOR, "mfac", "Fa", () -> "f" + ids.incrementAndGet());

  BoardModel ideas = kinds.require("ideas").create("T");

  Map<String, Object> ok(BoardModel model, Actor who, String type, Object... fields) {
    Decision<Map<String, Object>> d = model.decide(type, body(fields), who);
    if (d instanceof Decision.Accepted<Map<String, Object>> a) return a.event();
    return fail(type + " was refused: " + d);
  }

  Reason refused(BoardModel model, Actor who, String type, Object... fields) {
    Decision<Map<String, Object>> d = model.decide(type, body(fields), who);
    return assertInstanceOf(Decision.Rejected.class, d, type + " should be refused").rejection().reason();
  }

  Map<String, Object> body(Object... fields) {
    Map<String, Object> m = new HashMap<>();
    m.put("clientOpId", "c" + opIds.incrementAndGet());
    for (int i = 0; i < fields.length; i += 2) m.put((String) fields[i], fields[i + 1]);
    return m;
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> note(String id) {
    for (Object o : (List<Object>) ideas.content(Viewer.STORAGE).get("notes")) {
      Map<String, Object> n = (Map<String, Object>) o;
      if (id.equals(n.get("id"))) return n;
    }
    return null;
  }

  String create(Actor who, String text) {
    return (String) ok(ideas, who, "note.create", "text", text, "x", 10.0, "y", 20.0).get("noteId");
  }

  @Test
  void U4_undo_with_an_empty_stack_is_nothing_to_undo_and_changes_nothing() {
    assertEquals(Reason.NOTHING_TO_UNDO, refused(ideas, ane, "undo"));
    assertEquals(Reason.NOTHING_TO_REDO, refused(ideas, ane, "redo"));
    String id = create(bo, "Bo's");
    Map<String, Object> before = ideas.content(Viewer.STORAGE);
    assertEquals(Reason.NOTHING_TO_UNDO, refused(ideas, ane, "undo"), "U1: Bo's change is not on Ane's stack");
    assertEquals(before, ideas.content(Viewer.STORAGE));
    assertEquals("Bo's", note(id).get("text"));
  }

  @Test
  void U3_U4_undo_and_redo_a_move_an_edit_and_a_delete_in_order() {
    String id = create(ane, "Idé");
    ok(ideas, ane, "note.move", "noteId", id, "x", 300.0, "y", 400.0);
    ok(ideas, ane, "note.edit", "noteId", id, "text", "Bedre idé");
    ok(ideas, ane, "note.delete", "noteId", id);
    assertNull(note(id));

    Map<String, Object> restored = ok(ideas, ane, "undo");
    assertEquals("note.restore", restored.get("type"));
    assertEquals("undo", restored.get(UndoModel.MARK), "U8: the event says it was an undo");
    assertEquals(id, note(id).get("id"), "U7: the note comes back with its id");
    assertEquals("Bedre idé", note(id).get("text"));
    assertEquals("Ane", note(id).get("author"));
    assertEquals(300.0, note(id).get("x"));

    assertEquals("note.edit", ok(ideas, ane, "undo").get("type"));
    assertEquals("Idé", note(id).get("text"));
    assertEquals("note.move", ok(ideas, ane, "undo").get("type"));
    assertEquals(10.0, note(id).get("x"));
    assertEquals(20.0, note(id).get("y"));
    assertEquals("note.delete", ok(ideas, ane, "undo").get("type"), "create → delete");
    assertNull(note(id));
    assertEquals(Reason.NOTHING_TO_UNDO, refused(ideas, ane, "undo"));

    assertEquals("note.restore", ok(ideas, ane, "redo").get("type"));
    assertEquals("redo", ok(ideas, ane, "redo").get(UndoModel.MARK));
    assertEquals(300.0, note(id).get("x"));
    ok(ideas, ane, "redo");
    assertEquals("Bedre idé", note(id).get("text"));
    ok(ideas, ane, "redo");
    assertNull(note(id), "the delete is redone");
    assertEquals(Reason.NOTHING_TO_REDO, refused(ideas, ane, "redo"));
  }

  @Test
  void U1_a_new_change_empties_the_redo_stack() {
    String id = create(ane, "a");
    ok(ideas, ane, "note.edit", "noteId", id, "text", "b");
    ok(ideas, ane, "undo");
    ok(ideas, ane, "note.color", "noteId", id, "color", "pink");
    assertEquals(Reason.NOTHING_TO_REDO, refused(ideas, ane, "redo"));
  }

  @Test
  void U5_an_undo_after_someone_else_moved_the_same_note_is_skipped_and_their_move_stands() {
    String id = create(ane, "a");
    ok(ideas, ane, "note.move", "noteId", id, "x", 100.0, "y", 100.0);
    ok(ideas, bo, "note.move", "noteId", id, "x", 500.0, "y", 600.0);
    Map<String, Object> before = ideas.content(Viewer.STORAGE);
    assertEquals(Reason.CHANGED_SINCE, refused(ideas, ane, "undo"));
    assertEquals(before, ideas.content(Viewer.STORAGE), "nothing changed");
    assertEquals(500.0, note(id).get("x"), "Bo's move stands");
    // The skipped step is dropped: the next undo goes to the one before it (the create), which
    // Bo's move of the whole note also touched, so it is skipped too.
    assertEquals(Reason.CHANGED_SINCE, refused(ideas, ane, "undo"));
    assertEquals(Reason.NOTHING_TO_UNDO, refused(ideas, ane, "undo"));
    assertEquals(500.0, note(id).get("x"));
  }

  @Test
  void U5_someone_else_changing_another_property_does_not_block_the_undo() {
    String id = create(ane, "a");
    ok(ideas, ane, "note.move", "noteId", id, "x", 100.0, "y", 100.0);
    ok(ideas, bo, "note.edit", "noteId", id, "text", "Bo's words");
    ok(ideas, ane, "undo");
    assertEquals(10.0, note(id).get("x"));
    assertEquals("Bo's words", note(id).get("text"), "Bo's edit stays");
  }

  @Test
  void U5_an_undo_after_someone_else_deleted_the_note_is_skipped() {
    String id = create(ane, "a");
    ok(ideas, ane, "note.edit", "noteId", id, "text", "b");
    ok(ideas, bo, "note.delete", "noteId", id);
    assertEquals(Reason.CHANGED_SINCE, refused(ideas, ane, "undo"));
    assertNull(note(id), "the note stays deleted");
  }

  @Test
  void U4_undo_naming_another_members_change_is_not_yours() {
    String id = create(ane, "a");
    Map<String, Object> body = body("noteId", id, "x", 1.0, "y", 2.0);
    body.put("clientOpId", "bo-move-1");
    assertInstanceOf(Decision.Accepted.class, ideas.decide("note.move", body, bo));
    Map<String, Object> before = ideas.content(Viewer.STORAGE);
    assertEquals(Reason.NOT_YOURS, refused(ideas, ane, "undo", "of", "bo-move-1"));
    assertEquals(Reason.NOTHING_TO_UNDO, refused(ideas, ane, "undo", "of", "no-such-op"));
    assertEquals(before, ideas.content(Viewer.STORAGE));
    assertEquals("note.move", ok(ideas, bo, "undo", "of", "bo-move-1").get("type"), "Bo may undo it by name");
  }

  @Test
  void U7_a_client_cannot_send_a_restore_itself() {
    assertEquals(Reason.UNKNOWN_OP, refused(ideas, ane, "note.restore", "noteId", "x1", "text", "forged", "x", 0.0,
        "y", 0.0, "color", "yellow", "author", "Someone else"));
    assertNull(note("x1"));
  }

  @Test
  void U6_an_undo_on_a_locked_board_is_refused_and_stays_for_later() {
    String id = create(ane, "a");
    ok(ideas, ane, "note.edit", "noteId", id, "text", "b");
    ok(ideas, fac, "board.lock", "locked", true);
    assertEquals(Reason.LOCKED, refused(ideas, ane, "undo"));
    assertEquals("b", note(id).get("text"));
    ok(ideas, fac, "board.lock", "locked", false);
    ok(ideas, ane, "undo");
    assertEquals("a", note(id).get("text"));
  }

  @Test
  void U2_votes_and_session_controls_are_not_undone() {
    String id = create(bo, "a");
    ok(ideas, fac, "vote.open", "budget", 3);
    ok(ideas, ane, "vote.cast", "targetId", id);
    assertEquals(Reason.NOTHING_TO_UNDO, refused(ideas, ane, "undo"), "a vote is not on the stack");
    assertEquals(Reason.NOTHING_TO_UNDO, refused(ideas, fac, "undo"), "opening a vote is not on the stack");
  }

  @Test
  void U8_a_cluster_delete_is_not_undone_but_counts_as_a_change_to_its_notes() {
    String id = create(ane, "a");
    String cluster = (String) ok(ideas, ane, "cluster.create", "label", "K").get("clusterId");
    ok(ideas, ane, "note.cluster", "noteId", id, "clusterId", cluster);
    ok(ideas, fac, "cluster.delete", "clusterId", cluster);
    assertEquals(Reason.NOTHING_TO_UNDO, refused(ideas, fac, "undo"));
    assertEquals(Reason.CHANGED_SINCE, refused(ideas, ane, "undo"), "the facilitator took the note out of the cluster since");
    assertNull(note(id).get("clusterId"));
  }

  @Test
  void U7_F5_a_note_deleted_and_restored_in_silent_mode_stays_private_to_its_author() {
    ok(ideas, fac, "silent.start");
    String id = create(ane, "Bare mitt");
    ok(ideas, ane, "note.delete", "noteId", id);
    Map<String, Object> restored = ok(ideas, ane, "undo");
    assertEquals("mane", restored.get("private"), "the restore is marked private to its author");
    Map<String, Object> published = ideas.publicEvent(restored);
    assertNull(published.get("text"), "others get the event without the text");
    assertEquals(Boolean.TRUE, published.get("private"));
    @SuppressWarnings("unchecked")
    List<Object> seenByBo = (List<Object>) ideas.content(new Viewer("mbo", Role.PARTICIPANT)).get("notes");
    assertEquals(0, seenByBo.size(), "Bo's snapshot leaves it out");
  }

  @Test
  void U1_the_stack_holds_the_last_100_steps() {
    String id = create(ane, "0");
    for (int i = 1; i <= UndoStacks.DEPTH + 5; i++) ok(ideas, ane, "note.edit", "noteId", id, "text", "" + i);
    for (int i = 0; i < UndoStacks.DEPTH; i++) ok(ideas, ane, "undo");
    assertEquals("5", note(id).get("text"));
    assertEquals(Reason.NOTHING_TO_UNDO, refused(ideas, ane, "undo"));
  }

  @Test
  void U10_a_matrix_score_and_edit_are_undone_through_the_wire_ops() {
    BoardModel matrix = kinds.require("matrix").create("M");
    String item = (String) ok(matrix, fac, "item.create", "text", "Tiltak").get("itemId");
    ok(matrix, fac, "item.edit", "itemId", item, "text", "Bedre tiltak");
    ok(matrix, ane, "item.score", "itemId", item, "x", 1.0, "y", 2.0);
    assertEquals(Reason.NOTHING_TO_UNDO, refused(matrix, ane, "undo"), "a first score has no inverse");
    ok(matrix, ane, "item.score", "itemId", item, "x", 4.0, "y", 5.0);
    ok(matrix, bo, "item.score", "itemId", item, "x", 3.0, "y", 3.0);
    Map<String, Object> undone = ok(matrix, ane, "undo");
    assertEquals("item.score", undone.get("type"), "Bo's own score is another key: Ane's undo goes through");
    assertEquals(1.0, undone.get("x"));
    assertEquals(2.0, undone.get("y"));
    assertEquals("mane", undone.get("memberId"));
    assertEquals("item.edit", ok(matrix, fac, "undo").get("type"));
    assertEquals("Tiltak", itemText(matrix, item));
  }

  @Test
  void U7_U10_a_matrix_item_undone_and_redone_comes_back_and_a_client_cannot_send_item_restore() {
    BoardModel matrix = kinds.require("matrix").create("M");
    String item = (String) ok(matrix, fac, "item.create", "text", "Tiltak").get("itemId");
    assertEquals("item.delete", ok(matrix, fac, "undo").get("type"));
    assertNull(itemText(matrix, item));
    Map<String, Object> back = ok(matrix, fac, "redo");
    assertEquals("item.restore", back.get("type"));
    assertEquals("Tiltak", itemText(matrix, item));
    assertEquals(Reason.UNKNOWN_OP, refused(matrix, fac, "item.restore", "itemId", "x9", "text", "forged"));
  }

  @Test
  void U10_a_journey_card_edit_and_move_are_undone_through_the_wire_ops() {
    BoardModel journey = kinds.require("journey").create("J");
    String s1 = (String) ok(journey, ane, "stage.create", "version", "current", "label", "Før").get("stageId");
    String s2 = (String) ok(journey, ane, "stage.create", "version", "current", "label", "Under").get("stageId");
    String lane = laneOfKind(journey, "actions");
    String card = (String) ok(journey, ane, "card.create", "version", "current", "laneId", lane, "stageId", s1,
        "text", "Ringer").get("cardId");
    ok(journey, ane, "card.edit", "version", "current", "cardId", card, "text", "Ringer kommunen");
    ok(journey, ane, "card.move", "version", "current", "cardId", card, "stageId", s2);
    Map<String, Object> back = ok(journey, ane, "undo");
    assertEquals("card.move", back.get("type"));
    assertEquals(s1, back.get("stageId"));
    assertEquals("current", back.get("journey"));
    assertEquals(s1, card(journey, card).get("stageId"));
    assertEquals("card.edit", ok(journey, ane, "undo").get("type"));
    assertEquals("Ringer", card(journey, card).get("text"));
    assertEquals("card.delete", ok(journey, ane, "undo").get("type"), "create → delete");
    assertNull(card(journey, card));
    assertEquals(Reason.NOTHING_TO_UNDO, refused(journey, ane, "undo"), "U10: creating a stage is not undone");
  }

  @Test
  void U10_a_journey_huki_cell_and_a_stage_emotion_are_undone_through_the_wire_ops() {
    BoardModel journey = kinds.require("journey").create("J");
    String stage = (String) ok(journey, ane, "stage.create", "version", "current", "label", "Før").get("stageId");
    String step = (String) ok(journey, ane, "card.create", "version", "current", "laneId", laneOfKind(journey, "processes"),
        "stageId", stage, "text", "Vedtak").get("cardId");
    String role = (String) ok(journey, ane, "role.create", "version", "current", "name", "Saksbehandler").get("roleId");
    ok(journey, ane, "huki.set", "version", "current", "cardId", step, "roleId", role, "value", "H");
    ok(journey, ane, "huki.set", "version", "current", "cardId", step, "roleId", role, "value", "U");
    ok(journey, ane, "stage.emotion", "version", "current", "stageId", stage, "emotion", 2);
    Map<String, Object> emotion = ok(journey, ane, "undo");
    assertEquals("stage.emotion", emotion.get("type"));
    assertNull(emotion.get("emotion"), "the stage had no emotion before");
    assertEquals("H", ok(journey, ane, "undo").get("value"));
    Map<String, Object> cleared = ok(journey, ane, "undo");
    assertEquals("huki.set", cleared.get("type"));
    assertNull(cleared.get("value"), "the cell was empty before");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> current(BoardModel journey) {
    return (Map<String, Object>) ((Map<String, Object>) journey.content(Viewer.STORAGE).get("journeys")).get("current");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> card(BoardModel journey, String id) {
    for (Object o : (List<Object>) current(journey).get("cards")) {
      Map<String, Object> m = (Map<String, Object>) o;
      if (id.equals(m.get("id"))) return m;
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static String itemText(BoardModel matrix, String id) {
    for (Object o : (List<Object>) matrix.content(Viewer.STORAGE).get("items")) {
      Map<String, Object> m = (Map<String, Object>) o;
      if (id.equals(m.get("id"))) return (String) m.get("text");
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static String laneOfKind(BoardModel journey, String kind) {
    Map<String, Object> current = current(journey);
    for (Object o : (List<Object>) current.get("lanes")) {
      Map<String, Object> l = (Map<String, Object>) o;
      if (kind.equals(l.get("kind"))) return (String) l.get("id");
    }
    return fail("no lane of kind " + kind + " in " + current);
  }
}
