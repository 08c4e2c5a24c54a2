package org.samskap.domain.pilots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PilotTest {

  @Test
  void status_moves_candidate_planned_running_evaluating_then_a_decision_to_operations() {
    Pilot p = Fixtures.candidate();
    assertEquals(PilotStatus.CANDIDATE, p.status());
    p = p.withPlan(Fixtures.plan("Færre fall om natta", "Kari Nordmann"), 2).advance(PilotStatus.PLANNED, 3)
        .advance(PilotStatus.RUNNING, 4).advance(PilotStatus.EVALUATING, 5)
        .evaluate(Fixtures.evaluation(), List.of(), 6);
    p = p.decide(new PilotDecision(Route.OPERATIONS, "Gevinstene er realisert", "Ola", 7, 1), 7);
    assertEquals(PilotStatus.DECIDED, p.status());
    assertEquals(Route.OPERATIONS, p.decision().route());
    assertEquals(7, p.updatedAt());
  }

  @Test
  void a_step_may_not_be_skipped_nor_decided_without_a_decision() {
    Pilot p = Fixtures.candidate().withPlan(Fixtures.plan("Mål", "Kari"), 2);
    PilotInvalid skip = assertThrows(PilotInvalid.class, () -> p.advance(PilotStatus.RUNNING, 3));
    assertEquals("bad_transition", skip.code());
    assertEquals("A pilot that is candidate cannot become running; next is planned.", skip.getMessage());
    Pilot evaluating = p.advance(PilotStatus.PLANNED, 3).advance(PilotStatus.RUNNING, 4).advance(PilotStatus.EVALUATING, 5);
    PilotInvalid decided = assertThrows(PilotInvalid.class, () -> evaluating.advance(PilotStatus.DECIDED, 6));
    assertEquals("A pilot that is evaluating cannot become decided; record a decision instead.", decided.getMessage());
  }

  @Test
  void planned_needs_goals_and_a_responsible_person() {
    PilotInvalid e = assertThrows(PilotInvalid.class, () -> Fixtures.candidate().withPlan(Fixtures.plan("Mål", ""), 2)
        .advance(PilotStatus.PLANNED, 3));
    assertEquals("plan.responsible", e.field());
  }

  @Test
  void a_decision_needs_an_evaluation_first() {
    Pilot p = Fixtures.candidate().withPlan(Fixtures.plan("Mål", "Kari"), 2).advance(PilotStatus.PLANNED, 3)
        .advance(PilotStatus.RUNNING, 4).advance(PilotStatus.EVALUATING, 5);
    PilotInvalid e = assertThrows(PilotInvalid.class,
        () -> p.decide(new PilotDecision(Route.HALT, "Stopp", "Ola", 6, 1), 6));
    assertEquals("evaluation", e.field());
  }

  @Test
  void another_round_keeps_the_old_round_and_opens_the_next_at_planned() {
    Pilot p = Fixtures.candidate().withPlan(Fixtures.plan("Mål", "Kari"), 2).withGain(Fixtures.time("g1", 100), 2)
        .advance(PilotStatus.PLANNED, 3).advance(PilotStatus.RUNNING, 4).advance(PilotStatus.EVALUATING, 5)
        .evaluate(Fixtures.evaluation(), List.of(new Pilot.GainUpdate("g1", 80.0, null)), 6)
        .decide(new PilotDecision(Route.ANOTHER_ROUND, "Justere opplæringen", "Ola", 7, 1), 7);
    assertEquals(PilotStatus.PLANNED, p.status());
    assertEquals(2, p.round());
    assertNull(p.evaluation());
    assertEquals(1, p.rounds().size());
    Round first = p.rounds().get(0);
    assertEquals(1, first.number());
    assertEquals("Justere opplæringen", first.decision().rationale());
    assertEquals("Brukerne er fornøyde", first.evaluation().people());
    assertEquals(80.0, first.gains().get(0).expectedPerYear(), "the evaluation updated the gain estimate");
    assertEquals(80.0, p.gains().get(0).expectedPerYear());
  }

  @Test
  void a_decided_pilot_keeps_its_plan() {
    Pilot p = Fixtures.candidate().withPlan(Fixtures.plan("Mål", "Kari"), 2).advance(PilotStatus.PLANNED, 3)
        .advance(PilotStatus.RUNNING, 4).advance(PilotStatus.EVALUATING, 5).evaluate(Fixtures.evaluation(), List.of(), 6)
        .decide(new PilotDecision(Route.HALT, "Ingen gevinst", "Ola", 7, 1), 7);
    assertThrows(PilotInvalid.class, () -> p.withPlan(Fixtures.plan("Nytt", "Per"), 8));
  }

  @Test
  void a_target_date_before_the_baseline_date_is_refused_naming_the_field() {
    PilotInvalid e = assertThrows(PilotInvalid.class, () -> new Gain("g", GainKind.TIME, "", "Timer", "t", 10,
        LocalDate.of(2025, 6, 1), 5, LocalDate.of(2025, 1, 1), "", "", "", null, 10.0, null));
    assertEquals("gain.targetDate", e.field());
    assertEquals("Field 'gain.targetDate' (2025-01-01) must be after the baseline date (2025-06-01).", e.getMessage());
  }

  @Test
  void an_unknown_gain_kind_is_refused_naming_the_field() {
    PilotInvalid e = assertThrows(PilotInvalid.class, () -> GainKind.parse("gain.kind", "happiness"));
    assertEquals("gain.kind", e.field());
    assertEquals("Field 'gain.kind' must be one of \"cost\", \"time\", \"quality\"; got \"happiness\".", e.getMessage());
  }

  @Test
  void a_priced_gain_needs_its_yearly_value_and_a_quality_gain_has_none() {
    assertEquals("gain.expectedPerYear", assertThrows(PilotInvalid.class, () -> Fixtures.time("g", -1)).field());
    assertEquals("gain.qualityScore", assertThrows(PilotInvalid.class, () -> Fixtures.quality("g", 6)).field());
  }

  @Test
  void a_plan_ending_before_it_starts_is_refused() {
    PilotInvalid e = assertThrows(PilotInvalid.class, () -> new PilotPlan("", "", "", 0, Fixtures.DEC, Fixtures.JAN,
        "", "", "", "", "", "", "", "", ""));
    assertEquals("plan.end", e.field());
  }
}
