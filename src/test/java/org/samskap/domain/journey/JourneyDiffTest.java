package org.samskap.domain.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.domain.journey.Fixture.CUR;
import static org.samskap.domain.journey.Fixture.FUT;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.samskap.domain.Reason;
import org.samskap.domain.journey.JourneyDiff.Change;
import org.samskap.domain.journey.JourneyDiff.Kind;
import org.samskap.domain.journey.JourneyDiff.Subject;

/** Current and future journeys and the differences between them (rules JR8, JR9). */
class JourneyDiffTest {
  private final Fixture fx = new Fixture();

  private List<Change> diff() {
    return JourneyDiff.between(fx.current(), fx.future());
  }

  @Test
  void JR8_copying_current_to_future_keeps_ids_so_there_is_no_difference() {
    String s = fx.stage(CUR, "Søknad");
    String step = fx.card(CUR, "processes", s, "Registrere søknad");
    String role = fx.role(CUR, "Saksbehandler");
    fx.ok(new JourneyOp.SetHuki(CUR, step, role, Huki.H));
    fx.ok(new JourneyOp.CopyVersion(FUT, CUR), fx.facilitator);
    assertEquals("Registrere søknad", fx.future().card(step).text());
    assertEquals(Huki.H, fx.future().huki(step).get(role));
    assertTrue(diff().isEmpty(), diff().toString());

    fx.ok(new JourneyOp.SetHuki(FUT, step, role, Huki.U));
    assertEquals(Huki.H, fx.current().huki(step).get(role), "the copy is deep: editing future leaves current alone");
  }

  @Test
  void JR8_a_version_cannot_be_copied_onto_itself() {
    assertEquals("Fields 'from' and 'version' must differ.",
        fx.refused(new JourneyOp.CopyVersion(CUR, CUR), fx.facilitator, Reason.BAD_REQUEST).message());
  }

  @Test
  void JR9_added_removed_and_changed_stages_lanes_cards_and_roles_are_listed() {
    String s1 = fx.stage(CUR, "Søknad");
    String s2 = fx.stage(CUR, "Vedtak");
    String gone = fx.card(CUR, "actions", s1, "Sender brev");
    String edited = fx.card(CUR, "actions", s2, "Venter på svar");
    String role = fx.role(CUR, "Saksbehandler");
    fx.ok(new JourneyOp.CopyVersion(FUT, CUR), fx.facilitator);

    String s3 = fx.stage(FUT, "Oppfølging");
    fx.ok(new JourneyOp.RenameStage(FUT, s1, "Digital søknad"));
    fx.ok(new JourneyOp.SetEmotion(FUT, s2, 1));
    fx.ok(new JourneyOp.DeleteCard(FUT, gone));
    fx.ok(new JourneyOp.EditCard(FUT, edited, "Får svar på SMS"));
    String added = fx.card(FUT, "touchpoints", s3, "SMS-varsel");
    fx.ok(new JourneyOp.DeleteLane(FUT, "technology"), fx.facilitator);
    fx.ok(new JourneyOp.RenameRole(FUT, role, "Koordinator"));

    assertEquals(List.of(
        new Change(Subject.STAGE, Kind.CHANGED, s1, List.of("label")),
        new Change(Subject.STAGE, Kind.CHANGED, s2, List.of("emotion")),
        new Change(Subject.STAGE, Kind.ADDED, s3, List.of()),
        new Change(Subject.LANE, Kind.REMOVED, "technology", List.of()),
        new Change(Subject.CARD, Kind.REMOVED, gone, List.of()),
        new Change(Subject.CARD, Kind.CHANGED, edited, List.of("text")),
        new Change(Subject.CARD, Kind.ADDED, added, List.of()),
        new Change(Subject.ROLE, Kind.CHANGED, role, List.of("name"))), diff());
  }

  @Test
  void JR9_a_reordered_stage_is_changed_in_position_but_adding_one_does_not_move_the_others() {
    String a = fx.stage(CUR, "A");
    String b = fx.stage(CUR, "B");
    String c = fx.stage(CUR, "C");
    fx.ok(new JourneyOp.CopyVersion(FUT, CUR), fx.facilitator);
    String first = ((JourneyEvent.StageCreated) fx.ok(new JourneyOp.CreateStage(FUT, "Før A", 0))).stage().id();
    assertEquals(List.of(new Change(Subject.STAGE, Kind.ADDED, first, List.of())), diff());
    fx.ok(new JourneyOp.MoveStage(FUT, c, 1));
    assertEquals(List.of("Før A", "C", "A", "B"), fx.future().stages().stream().map(Stage::label).toList());
    assertEquals(List.of(
        new Change(Subject.STAGE, Kind.CHANGED, c, List.of("position")),
        new Change(Subject.STAGE, Kind.ADDED, first, List.of())), diff(), "only C moved; A and B kept their order");
    assertEquals(List.of(a, b, c), fx.current().stages().stream().map(Stage::id).toList());
  }

  @Test
  void JR9_a_card_moved_to_another_stage_or_with_other_huki_is_changed() {
    String s1 = fx.stage(CUR, "Søknad");
    String s2 = fx.stage(CUR, "Vedtak");
    String step = fx.card(CUR, "processes", s1, "Vurdere behov");
    String role = fx.role(CUR, "Saksbehandler");
    fx.ok(new JourneyOp.CopyVersion(FUT, CUR), fx.facilitator);
    fx.ok(new JourneyOp.MoveCard(FUT, step, s2));
    fx.ok(new JourneyOp.SetHuki(FUT, step, role, Huki.H));
    assertEquals(List.of(new Change(Subject.CARD, Kind.CHANGED, step, List.of("stageId", "huki"))), diff());
  }
}
