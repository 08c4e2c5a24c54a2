package org.samskap.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.samskap.domain.ideas.IdeaOps;
import org.samskap.domain.journey.JourneyOps;
import org.samskap.domain.matrix.MatrixOps;
import org.samskap.domain.session.Phase;
import org.samskap.domain.session.SessionOps;

/** The op catalogues the kinds declare and the session layer asks (docs/PROTOCOL.md F2, F5). */
class OpCatalogTest {

  static OpCategory of(OpCatalog c, String type) {
    return c.get(type).category();
  }

  @Test
  void F2_idea_ops_keep_the_categories_their_names_once_gave_them() {
    assertEquals(OpCategory.VOTE, of(SessionOps.CATALOG, "vote.cast"));
    assertEquals(OpCategory.VOTE, of(SessionOps.CATALOG, "vote.retract"));
    assertEquals(OpCategory.VOTE, of(MatrixOps.CATALOG, "item.score"));
    assertEquals(OpCategory.ARRANGE, of(IdeaOps.CATALOG, "cluster.rename"));
    assertEquals(OpCategory.ARRANGE, of(IdeaOps.CATALOG, "note.move"));
    assertEquals(OpCategory.ARRANGE, of(IdeaOps.CATALOG, "note.color"));
    assertEquals(OpCategory.ARRANGE, of(IdeaOps.CATALOG, "note.cluster"));
    assertEquals(OpCategory.CONTENT, of(IdeaOps.CATALOG, "note.create"));
    assertEquals(OpCategory.CONTENT, of(JourneyOps.CATALOG, "card.edit"));
    assertEquals(OpCategory.CONTENT, of(JourneyOps.CATALOG, "stage.delete"));
    assertEquals(OpCategory.FACILITATION, of(IdeaOps.CATALOG, "board.rename"));
  }

  @Test
  void F2_journey_mapping_is_writing_and_linking_an_idea_is_arranging() {
    for (String t : List.of("stage.rename", "lane.rename", "role.rename", "stage.emotion", "card.touchpoint", "huki.set")) {
      assertTrue(Phase.WRITE.allows(of(JourneyOps.CATALOG, t)), t + " in write");
      assertFalse(Phase.GROUP.allows(of(JourneyOps.CATALOG, t)), t + " not in group");
    }
    for (String t : List.of("card.link", "card.unlink", "card.move", "stage.move", "lane.move")) {
      assertTrue(Phase.GROUP.allows(of(JourneyOps.CATALOG, t)), t + " in group");
    }
    assertEquals(OpCategory.FACILITATION, of(JourneyOps.CATALOG, "version.copy"));
  }

  @Test
  void F2_on_the_matrix_a_participant_only_scores_and_only_in_free_and_vote() {
    for (OpSpec op : MatrixOps.CATALOG.all()) {
      if (op.type().equals("item.score")) continue;
      assertFalse(Phase.VOTE.allows(op.category()), op.type());
    }
    assertTrue(Phase.VOTE.allows(of(MatrixOps.CATALOG, "item.score")));
    assertFalse(Phase.WRITE.allows(of(MatrixOps.CATALOG, "item.score")));
  }

  @Test
  void F5_only_a_note_can_be_private_and_deletes_remove_their_items() {
    for (OpCatalog c : List.of(IdeaOps.CATALOG, MatrixOps.CATALOG, JourneyOps.CATALOG, SessionOps.CATALOG)) {
      for (OpSpec op : c.all()) {
        // U7: an undone delete brings a note back, and in silent mode it is as private as a new one
        assertEquals(op.type().equals("note.create") || op.type().equals("note.restore"), op.createsPrivate(), op.type());
        assertEquals(op.type().endsWith(".delete"), op.removes(), op.type());
      }
    }
    assertEquals("noteId", IdeaOps.CATALOG.get("note.create").itemFields().get(0));
  }

  @Test
  void item_ids_come_from_the_declared_fields_only() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("noteId", "n1");
    body.put("clusterId", "c1");
    body.put("clientOpId", "op1");
    body.put("otherId", "x");
    assertEquals(List.of("n1", "c1"), IdeaOps.CATALOG.itemIds("note.cluster", body));
    assertEquals(List.of("n1"), IdeaOps.CATALOG.itemIds("note.move", body));
    assertEquals(List.of(), IdeaOps.CATALOG.itemIds("note.paint", body));
    body.put("noteId", 7);
    assertEquals(List.of("c1"), IdeaOps.CATALOG.itemIds("note.cluster", body), "only string ids");
  }

  @Test
  void a_catalogue_is_served_as_type_to_category_and_refuses_a_type_twice() {
    Map<String, Object> wire = SessionOps.CATALOG.wire();
    assertEquals("vote", wire.get("vote.cast"));
    assertEquals("facilitation", wire.get("phase.set"));
    assertEquals(SessionOps.CATALOG.all().size(), wire.size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IdeaOps.CATALOG.plus(MatrixOps.CATALOG));
    assertEquals("op board.rename given twice", e.getMessage());
    assertNull(IdeaOps.CATALOG.get("item.score"));
  }

  @Test
  void an_op_spec_checks_itself_with_exact_messages() {
    assertEquals("op type must look like 'item.verb', was 'Note.Create'",
        assertThrows(IllegalArgumentException.class, () -> OpSpec.of("Note.Create", OpCategory.CONTENT)).getMessage());
    assertEquals("op note.create: a private item needs the field of its id",
        assertThrows(IllegalArgumentException.class, () -> OpSpec.of("note.create", OpCategory.CONTENT).privateInSilence()).getMessage());
    assertEquals("op note.create: cannot both create and remove",
        assertThrows(IllegalArgumentException.class, () -> OpSpec.of("note.create", OpCategory.CONTENT, "noteId").privateInSilence().removing()).getMessage());
    assertEquals("op note.edit: an item field is blank",
        assertThrows(IllegalArgumentException.class, () -> OpSpec.of("note.edit", OpCategory.CONTENT, " ")).getMessage());
  }
}
