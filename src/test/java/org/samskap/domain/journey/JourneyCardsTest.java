package org.samskap.domain.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.domain.journey.Fixture.CUR;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.samskap.domain.Reason;

/** Cards in cells, typed touchpoints, idea links on pain points, and the emotion curve (rules JR3, JR5, JR7). */
class JourneyCardsTest {
  private final Fixture fx = new Fixture();
  private String s1;
  private String s2;

  @BeforeEach
  void stages() {
    s1 = fx.stage(CUR, "Søknad");
    s2 = fx.stage(CUR, "Vedtak");
  }

  @Test
  void JR3_a_card_is_made_in_a_cell_with_its_author_edited_moved_and_deleted() {
    JourneyEvent.CardCreated made = (JourneyEvent.CardCreated)
        fx.ok(new JourneyOp.CreateCard(CUR, "actions", s1, "Fyller ut skjema", null));
    String id = made.card().id();
    assertEquals("Ola", made.card().author());
    assertEquals(List.of(made.card()), fx.current().cardsIn("actions", s1));
    fx.ok(new JourneyOp.EditCard(CUR, id, "Fyller ut skjema på nett"));
    fx.ok(new JourneyOp.MoveCard(CUR, id, s2));
    assertTrue(fx.current().cardsIn("actions", s1).isEmpty());
    assertEquals("Fyller ut skjema på nett", fx.current().cardsIn("actions", s2).get(0).text());
    fx.ok(new JourneyOp.DeleteCard(CUR, id));
    assertNull(fx.current().card(id));
  }

  @Test
  void JR3_a_card_in_a_lane_or_stage_that_does_not_exist_is_not_found_and_changes_nothing() {
    assertEquals("There is no lane ghost in the current journey.",
        fx.refused(new JourneyOp.CreateCard(CUR, "ghost", s1, "Tekst", null), Reason.NOT_FOUND).message());
    assertEquals("There is no stage ghost in the current journey.",
        fx.refused(new JourneyOp.CreateCard(CUR, "actions", "ghost", "Tekst", null), Reason.NOT_FOUND).message());
    fx.refused(new JourneyOp.CreateCard(Fixture.FUT, "actions", s1, "Tekst", null), Reason.NOT_FOUND);
    assertEquals(0, fx.current().cardCount());
  }

  @Test
  void JR3_touchpoints_are_typed_digital_physical_or_interpersonal_and_only_touchpoints_are() {
    assertEquals("Field 'touchpoint' is required in a touchpoints lane (digital, physical or interpersonal).",
        fx.refused(new JourneyOp.CreateCard(CUR, "touchpoints", s1, "Søknadsskjema", null), Reason.BAD_REQUEST).message());
    assertEquals("Field 'touchpoint' is only for cards in a touchpoints lane.",
        fx.refused(new JourneyOp.CreateCard(CUR, "actions", s1, "Ringer", Touchpoint.PHYSICAL), Reason.BAD_REQUEST).message());
    String tp = ((JourneyEvent.CardCreated) fx.ok(
        new JourneyOp.CreateCard(CUR, "touchpoints", s1, "Søknadsskjema", Touchpoint.PHYSICAL))).card().id();
    fx.ok(new JourneyOp.SetTouchpoint(CUR, tp, Touchpoint.DIGITAL));
    assertEquals(Touchpoint.DIGITAL, fx.current().card(tp).touchpoint());
    String action = fx.card(CUR, "actions", s1, "Ringer kommunen");
    fx.refused(new JourneyOp.SetTouchpoint(CUR, action, Touchpoint.INTERPERSONAL), Reason.BAD_REQUEST);
  }

  @Test
  void JR3_the_emotion_lane_holds_no_cards_and_card_text_is_checked() {
    assertEquals("The emotion lane holds one value per stage (stage.emotion), not cards.",
        fx.refused(new JourneyOp.CreateCard(CUR, "emotion", s1, "Glad", null), Reason.BAD_REQUEST).message());
    fx.refused(new JourneyOp.CreateCard(CUR, "actions", s1, " ", null), Reason.BAD_REQUEST);
    assertEquals("Card text is 2001 characters; the limit is 2000.",
        fx.refused(new JourneyOp.CreateCard(CUR, "actions", s1, "x".repeat(2001), null), Reason.TEXT_TOO_LONG).message());
  }

  @Test
  void JR5_the_emotion_of_a_stage_is_from_minus_2_to_plus_2_or_cleared() {
    fx.ok(new JourneyOp.SetEmotion(CUR, s1, -2));
    fx.ok(new JourneyOp.SetEmotion(CUR, s2, 2));
    assertEquals(-2, fx.current().stage(s1).emotion());
    assertEquals(2, fx.current().stage(s2).emotion());
    assertEquals("Field 'emotion' must be from -2 to 2, was 3.",
        fx.refused(new JourneyOp.SetEmotion(CUR, s1, 3), Reason.OUT_OF_BOUNDS).message());
    fx.refused(new JourneyOp.SetEmotion(CUR, s1, -3), Reason.OUT_OF_BOUNDS);
    assertEquals(-2, fx.current().stage(s1).emotion(), "a refused value changes nothing");
    fx.ok(new JourneyOp.SetEmotion(CUR, s1, null));
    assertNull(fx.current().stage(s1).emotion());
    fx.refused(new JourneyOp.SetEmotion(CUR, "ghost", 0), Reason.NOT_FOUND);
  }

  @Test
  void JR5_a_stage_record_refuses_an_emotion_outside_the_curve() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Stage("s", "Søknad", 5));
    assertEquals("emotion must be within -2..2, was 5", e.getMessage());
  }

  @Test
  void JR7_a_pain_point_links_ideas_once_each_and_unlinks_them() {
    String pain = fx.card(CUR, "pains", s1, "Lang ventetid");
    IdeaLink idea = new IdeaLink("ideaBoard1", "note7");
    fx.ok(new JourneyOp.LinkIdea(CUR, pain, idea));
    assertEquals(List.of(idea), fx.current().card(pain).links());
    assertEquals("That idea is already linked to this card.",
        fx.refused(new JourneyOp.LinkIdea(CUR, pain, idea), Reason.BAD_REQUEST).message());
    String action = fx.card(CUR, "actions", s1, "Venter");
    fx.refused(new JourneyOp.LinkIdea(CUR, action, idea), Reason.BAD_REQUEST);
    fx.ok(new JourneyOp.UnlinkIdea(CUR, pain, idea));
    assertTrue(fx.current().card(pain).links().isEmpty());
    fx.refused(new JourneyOp.UnlinkIdea(CUR, pain, idea), Reason.NOT_FOUND);
  }
}
