package org.samskap.domain.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The project rules of docs/PROTOCOL.md, "Projects" (PJ1-PJ7). */
class ProjectTest {
  static final Checklists LISTS = new Checklists(Map.of(1, List.of("p1-problem", "p1-gains"), 3, List.of("p3-ideas"),
      4, List.of("p4-basis")));

  static Project fresh() {
    return Project.create("prj1", "  Trygg heime  ", "Fall om natta", "Færre fall", "Kari", "Helse og omsorg", 10);
  }

  static Project inPhase(int phase) {
    Project p = fresh();
    for (int i = 1; i < phase; i++) p = p.decide("d" + i, VeivalgKind.NEXT, null, "Klar", "Kari", List.of(), 10 + i);
    return p;
  }

  @Test
  void pj1_a_new_project_starts_in_phase_1_with_its_title_stripped_and_nothing_in_it() {
    Project p = fresh();
    assertEquals("Trygg heime", p.title());
    assertEquals(1, p.phase());
    assertTrue(p.ticks().isEmpty() && p.decisions().isEmpty() && p.boards().isEmpty());
    assertEquals(10, p.updatedAt());
  }

  @Test
  void pj1_a_blank_title_and_an_overlong_problem_are_refused_with_the_field_named() {
    ProjectInvalid blank = assertThrows(ProjectInvalid.class, () -> Project.create("prj1", " ", "", "", "", "", 1));
    assertEquals("title", blank.field());
    assertEquals("Field 'title' must be a non-empty text.", blank.getMessage());
    ProjectInvalid longer = assertThrows(ProjectInvalid.class, () -> Project.create("prj1", "T", "x".repeat(2001), "", "", "", 1));
    assertEquals("text_too_long", longer.code());
    assertEquals("Field 'problem' may have at most 2000 characters.", longer.getMessage());
  }

  @Test
  void pj2_a_tick_records_who_when_and_a_note_and_a_later_tick_of_the_item_replaces_it() {
    Project p = fresh().tick(LISTS, 1, "p1-problem", true, "Vedtatt i ledergruppa", "Kari", 20)
        .tick(LISTS, 1, "p1-gains", true, "", "Ola", 21)
        .tick(LISTS, 1, "p1-problem", false, "Må skrives om", "Per", 22);
    assertEquals(2, p.ticks().size());
    Tick last = p.ticks().get(1);
    assertEquals(List.of("p1-problem", false, "Må skrives om", "Per", 22L),
        List.of(last.itemId(), last.ticked(), last.note(), last.by(), last.at()));
    assertEquals(1, p.tickedIn(1));
    assertEquals(22, p.updatedAt());
  }

  @Test
  void pj2_an_item_not_in_the_phase_checklist_is_not_found_and_a_tick_needs_a_name() {
    ProjectInvalid e = assertThrows(ProjectInvalid.class, () -> fresh().tick(LISTS, 3, "p1-problem", true, "", "Kari", 20));
    assertEquals("not_found", e.code());
    assertEquals("Phase 3 has no checklist item 'p1-problem'.", e.getMessage());
    ProjectInvalid noName = assertThrows(ProjectInvalid.class, () -> fresh().tick(LISTS, 1, "p1-problem", true, "", "", 20));
    assertEquals("by", noName.field());
    ProjectInvalid phase = assertThrows(ProjectInvalid.class, () -> fresh().tick(LISTS, 7, "p1-problem", true, "", "Kari", 20));
    assertEquals("Field 'phase' must be a phase from 1 to 6.", phase.getMessage());
  }

  @Test
  void pj3_next_moves_on_and_phase_6_has_no_next() {
    Project p = fresh().decide("d1", VeivalgKind.NEXT, null, "Forankret", "Kari", List.of(), 20);
    assertEquals(2, p.phase());
    Veivalg v = p.decisions().get(0);
    assertEquals(List.of(1, 2), List.of(v.fromPhase(), v.toPhase()));
    ProjectInvalid e = assertThrows(ProjectInvalid.class, () -> inPhase(6).decide("x", VeivalgKind.NEXT, null, "r", "Kari", List.of(), 99));
    assertEquals("bad_transition", e.code());
  }

  @Test
  void pj3_another_round_only_in_phases_3_and_4_and_stays_in_the_phase() {
    assertEquals(4, inPhase(4).decide("r", VeivalgKind.ROUND, null, "Ny runde", "Kari", List.of(), 99).phase());
    assertEquals(3, inPhase(3).decide("r", VeivalgKind.ROUND, null, "Ny runde", "Kari", List.of(), 99).phase());
    ProjectInvalid e = assertThrows(ProjectInvalid.class, () -> inPhase(2).decide("r", VeivalgKind.ROUND, null, "r", "Kari", List.of(), 99));
    assertEquals("Another round is for phases 3 and 4 (develop, test, evaluate); this project is in phase 2.", e.getMessage());
  }

  @Test
  void pj3_back_goes_to_an_earlier_phase_only_and_halt_goes_back_to_phase_2() {
    assertEquals(3, inPhase(4).decide("b", VeivalgKind.BACK, 3, "Mer idéarbeid", "Kari", List.of(), 99).phase());
    assertThrows(ProjectInvalid.class, () -> inPhase(4).decide("b", VeivalgKind.BACK, 4, "r", "Kari", List.of(), 99));
    assertThrows(ProjectInvalid.class, () -> inPhase(4).decide("b", VeivalgKind.BACK, null, "r", "Kari", List.of(), 99));
    Project halted = inPhase(5).decide("h", VeivalgKind.HALT, null, "Feil retning", "Kari", List.of(), 99);
    assertEquals(2, halted.phase());
    assertEquals(VeivalgKind.HALT, halted.decisions().get(4).kind());
    assertThrows(ProjectInvalid.class, () -> fresh().decide("h", VeivalgKind.HALT, null, "r", "Kari", List.of(), 99));
  }

  @Test
  void pj4_a_decision_needs_a_recommendation_and_who_and_at_most_10_safe_evidence_links() {
    ProjectInvalid rec = assertThrows(ProjectInvalid.class, () -> fresh().decide("d", VeivalgKind.NEXT, null, " ", "Kari", List.of(), 1));
    assertEquals("recommendation", rec.field());
    ProjectInvalid js = assertThrows(ProjectInvalid.class,
        () -> fresh().decide("d", VeivalgKind.NEXT, null, "r", "Kari", List.of("javascript:alert(1)"), 1));
    assertEquals("evidence", js.field());
    assertThrows(ProjectInvalid.class, () -> fresh().decide("d", VeivalgKind.NEXT, null, "r", "Kari", List.of("//evil.example"), 1));
    ProjectInvalid many = assertThrows(ProjectInvalid.class,
        () -> fresh().decide("d", VeivalgKind.NEXT, null, "r", "Kari", java.util.Collections.nCopies(11, "/p/x"), 1));
    assertEquals("too_many", many.code());
    Project ok = fresh().decide("d", VeivalgKind.NEXT, null, "r", "Kari", List.of("/p/abc", "https://ks.no/x"), 1);
    assertEquals(List.of("/p/abc", "https://ks.no/x"), ok.decisions().get(0).evidence());
  }

  @Test
  void pj5_decisions_are_only_appended_a_correction_is_a_new_decision() {
    Project p = inPhase(3);
    Veivalg first = p.decisions().get(0);
    Project corrected = p.decide("c", VeivalgKind.BACK, 2, "Retting: mer innsikt", "Kari", List.of(), 99);
    assertEquals(3, corrected.decisions().size());
    assertEquals(first, corrected.decisions().get(0));
    assertEquals(2, corrected.phase());
  }

  @Test
  void pj6_a_board_is_placed_in_a_phase_once() {
    Project p = fresh().withBoard(new BoardRef("b1", "ideas", "Idéer", 3, 30), 30);
    assertEquals(3, p.boards().get(0).phase());
    ProjectInvalid again = assertThrows(ProjectInvalid.class, () -> p.withBoard(new BoardRef("b1", "ideas", "Idéer", 1, 31), 31));
    assertEquals("conflict", again.code());
    assertThrows(ProjectInvalid.class, () -> new BoardRef("b2", "ideas", "Idéer", 0, 1));
  }

  @Test
  void pj7_every_change_moves_the_last_activity_and_never_back() {
    Project p = fresh().withPilot(new PilotRef("pl1", "Sensor", 4, 50), 50);
    assertEquals(50, p.updatedAt());
    assertEquals(50, p.tick(LISTS, 1, "p1-gains", true, "", "Kari", 40).updatedAt());
    assertFalse(p.pilots().isEmpty());
  }

  @Test
  void pj20_a_saved_template_needs_a_board_of_the_project_a_new_name_and_at_most_30_prompts() {
    Project p = fresh().withBoard(new BoardRef("b1", "ideas", "Oppstart", 1, 10), 10);
    Project saved = p.withTemplate(new SavedTemplate("t1", "Vår oppstart", 1, List.of("Kven?", "Kvifor?"), "b1", 20), 20);
    assertEquals(List.of("Kven?", "Kvifor?"), saved.templates().get(0).prompts());
    assertEquals(20, saved.updatedAt());
    ProjectInvalid foreign = assertThrows(ProjectInvalid.class,
        () -> p.withTemplate(new SavedTemplate("t2", "Anna", 1, List.of(), "b9", 20), 20));
    assertEquals("The board is not in this project.", foreign.getMessage());
    ProjectInvalid twice = assertThrows(ProjectInvalid.class,
        () -> saved.withTemplate(new SavedTemplate("t3", "VÅR OPPSTART", 1, List.of(), "b1", 30), 30));
    assertEquals("conflict", twice.code());
    ProjectInvalid many = assertThrows(ProjectInvalid.class, () -> new SavedTemplate("t4", "Mange", 1,
        java.util.Collections.nCopies(31, "x"), "b1", 30));
    assertEquals("A template may hold at most 30 prompts.", many.getMessage());
    ProjectInvalid unnamed = assertThrows(ProjectInvalid.class, () -> new SavedTemplate("t5", " ", 1, List.of(), "b1", 30));
    assertEquals("Field 'name' must be a non-empty text.", unnamed.getMessage());
  }
}
