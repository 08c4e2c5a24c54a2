package org.samskap.domain.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.domain.journey.Fixture.CUR;
import static org.samskap.domain.journey.Fixture.FUT;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.samskap.domain.Reason;

/** Stages (columns) and lanes (rows): add, rename, reorder, delete (rules JR1, JR2, JR4). */
class JourneyStructureTest {
  private final Fixture fx = new Fixture();

  private static List<String> stageLabels(Journey j) {
    return j.stages().stream().map(Stage::label).toList();
  }

  private static List<String> laneIds(Journey j) {
    return j.lanes().stream().map(Lane::id).toList();
  }

  @Test
  void JR1_a_new_journey_has_the_method_s_default_lanes_in_both_versions_and_no_stages() {
    List<String> expected = List.of("actions", "touchpoints", "actors", "processes", "technology", "pains", "gains", "emotion");
    assertEquals(expected, laneIds(fx.current()));
    assertEquals(expected, laneIds(fx.future()));
    assertEquals(LaneKind.PROCESSES, fx.current().lane("processes").kind());
    assertEquals("", fx.current().lane("actions").label(), "default lanes carry no label: clients translate the kind");
    assertTrue(fx.current().stages().isEmpty());
  }

  @Test
  void JR1_stages_are_added_at_the_end_or_at_an_index_renamed_moved_and_deleted() {
    String a = fx.stage(CUR, "Behov oppstår");
    String c = fx.stage(CUR, "Vedtak");
    fx.ok(new JourneyOp.CreateStage(CUR, "Søknad", 1));
    assertEquals(List.of("Behov oppstår", "Søknad", "Vedtak"), stageLabels(fx.current()));

    fx.ok(new JourneyOp.RenameStage(CUR, c, "Vedtak og oppstart"));
    fx.ok(new JourneyOp.MoveStage(CUR, c, 0));
    assertEquals(List.of("Vedtak og oppstart", "Behov oppstår", "Søknad"), stageLabels(fx.current()));
    fx.ok(new JourneyOp.MoveStage(CUR, c, 2));
    assertEquals(List.of("Behov oppstår", "Søknad", "Vedtak og oppstart"), stageLabels(fx.current()));

    fx.ok(new JourneyOp.DeleteStage(CUR, a), fx.facilitator);
    assertEquals(List.of("Søknad", "Vedtak og oppstart"), stageLabels(fx.current()));
    assertTrue(fx.future().stages().isEmpty(), "edits of current leave future alone");
  }

  @Test
  void JR1_deleting_a_stage_deletes_its_cards_and_their_huki() {
    String s1 = fx.stage(CUR, "Søknad");
    String s2 = fx.stage(CUR, "Vedtak");
    String step = fx.card(CUR, "processes", s1, "Registrere søknad");
    String kept = fx.card(CUR, "actions", s2, "Leser vedtaket");
    String role = fx.role(CUR, "Saksbehandler");
    fx.ok(new JourneyOp.SetHuki(CUR, step, role, Huki.H));
    fx.ok(new JourneyOp.DeleteStage(CUR, s1), fx.facilitator);
    assertNull(fx.current().card(step));
    assertTrue(fx.current().huki(step).isEmpty());
    assertEquals("Leser vedtaket", fx.current().card(kept).text());
  }

  @Test
  void JR4_lanes_are_added_renamed_moved_and_deleted_with_their_cards() {
    String s = fx.stage(CUR, "Søknad");
    JourneyEvent.LaneCreated made = (JourneyEvent.LaneCreated)
        fx.ok(new JourneyOp.CreateLane(CUR, LaneKind.CUSTOM, "Lovverk", 0));
    String law = made.lane().id();
    assertEquals(law, laneIds(fx.current()).get(0));
    fx.ok(new JourneyOp.RenameLane(CUR, law, "Lover og forskrifter"));
    assertEquals("Lover og forskrifter", fx.current().lane(law).label());
    fx.ok(new JourneyOp.MoveLane(CUR, law, 8));
    assertEquals(law, laneIds(fx.current()).get(8));
    fx.ok(new JourneyOp.MoveLane(CUR, "emotion", 0));
    assertEquals("emotion", laneIds(fx.current()).get(0));

    String card = fx.card(CUR, law, s, "Helse- og omsorgstjenesteloven");
    fx.ok(new JourneyOp.DeleteLane(CUR, law), fx.facilitator);
    assertNull(fx.current().lane(law));
    assertNull(fx.current().card(card));
    assertEquals(8, fx.current().lanes().size());
  }

  @Test
  void JR4_a_custom_lane_needs_a_label_and_there_is_one_emotion_lane_per_version() {
    assertEquals("Field 'label' is required for a custom lane.",
        fx.refused(new JourneyOp.CreateLane(CUR, LaneKind.CUSTOM, null, null), Reason.BAD_REQUEST).message());
    assertEquals("This version already has an emotion lane.",
        fx.refused(new JourneyOp.CreateLane(CUR, LaneKind.EMOTION, null, null), Reason.BAD_REQUEST).message());
    JourneyEvent.LaneCreated typed = (JourneyEvent.LaneCreated) fx.ok(new JourneyOp.CreateLane(CUR, LaneKind.PAINS, null, null));
    assertEquals("", typed.lane().label());
  }

  @Test
  void JR4_indexes_outside_the_list_are_out_of_bounds_and_unknown_ids_not_found() {
    String s = fx.stage(CUR, "Søknad");
    assertEquals("Field 'index' must be from 0 to 0, was 1.",
        fx.refused(new JourneyOp.MoveStage(CUR, s, 1), Reason.OUT_OF_BOUNDS).message());
    fx.refused(new JourneyOp.MoveStage(CUR, s, -1), Reason.OUT_OF_BOUNDS);
    fx.refused(new JourneyOp.CreateStage(CUR, "Ny", 5), Reason.OUT_OF_BOUNDS);
    fx.refused(new JourneyOp.MoveLane(CUR, "actions", 8), Reason.OUT_OF_BOUNDS);
    assertEquals("There is no stage nope in the future journey.",
        fx.refused(new JourneyOp.RenameStage(FUT, "nope", "X"), Reason.NOT_FOUND).message());
    fx.refused(new JourneyOp.RenameStage(FUT, s, "X"), Reason.NOT_FOUND);
    fx.refused(new JourneyOp.RenameLane(CUR, "nope", "X"), Reason.NOT_FOUND);
  }

  @Test
  void JR4_labels_must_not_be_empty_or_over_200_characters() {
    assertEquals("The label must not be empty.",
        fx.refused(new JourneyOp.CreateStage(CUR, "  ", null), Reason.BAD_REQUEST).message());
    assertEquals("The label is 201 characters; the limit is 200.",
        fx.refused(new JourneyOp.RenameLane(CUR, "actions", "x".repeat(201)), Reason.TEXT_TOO_LONG).message());
  }

  @Test
  void JR2_deleting_stages_lanes_and_roles_copying_and_renaming_the_board_take_a_facilitator() {
    String s = fx.stage(CUR, "Søknad");
    String r = fx.role(CUR, "Saksbehandler");
    assertEquals("Only a facilitator may do stage.delete.",
        fx.refused(new JourneyOp.DeleteStage(CUR, s), Reason.FORBIDDEN).message());
    fx.refused(new JourneyOp.DeleteLane(CUR, "actions"), Reason.FORBIDDEN);
    fx.refused(new JourneyOp.DeleteRole(CUR, r), Reason.FORBIDDEN);
    fx.refused(new JourneyOp.CopyVersion(FUT, CUR), Reason.FORBIDDEN);
    fx.refused(new JourneyOp.RenameBoard("Nytt navn"), Reason.FORBIDDEN);
    assertEquals(1, fx.current().stages().size(), "nothing changed");
    fx.ok(new JourneyOp.RenameBoard("Nytt navn"), fx.facilitator);
    assertEquals("Nytt navn", fx.board.title());
  }

  @Test
  void JR1_the_stage_limit_gives_board_full() {
    for (int i = 0; i < JourneyLimits.DEFAULT_MAX_STAGES; i++) fx.stage(CUR, "Steg " + i);
    fx.refused(new JourneyOp.CreateStage(CUR, "En for mye", null), Reason.BOARD_FULL);
  }
}
