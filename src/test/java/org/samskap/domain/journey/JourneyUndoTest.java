package org.samskap.domain.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.samskap.domain.Inverse;

/** The journey's inverses (docs/PROTOCOL.md U3, U10): each op, then its inverse through the rules, gives the journey back. */
class JourneyUndoTest {
  final Fixture f = new Fixture();

  Inverse<JourneyEvent> apply(JourneyOp op) {
    return apply(op, f.participant);
  }

  Inverse<JourneyEvent> apply(JourneyOp op, org.samskap.domain.Actor who) {
    JourneyEvent event = ((org.samskap.domain.Decision.Accepted<JourneyEvent>) f.rules.decide(f.board, op, who)).event();
    Inverse<JourneyEvent> inverse = JourneyUndo.of(f.board, event);
    f.board.apply(event);
    return inverse;
  }

  /** The inverse goes through the rules as an op, like an undo (U4). */
  void undo(Inverse<JourneyEvent> inverse) {
    JourneyEvent op = inverse.op();
    if (op instanceof JourneyEvent.HukiSet h) f.ok(new JourneyOp.SetHuki(h.version(), h.cardId(), h.roleId(), h.value()));
    else f.ok((JourneyOp) op);
  }

  @Test
  void U10_card_text_stage_and_create_are_undone() {
    String s1 = f.stage(Fixture.CUR, "Før");
    String s2 = f.stage(Fixture.CUR, "Under");
    Inverse<JourneyEvent> created = apply(new JourneyOp.CreateCard(Fixture.CUR, "actions", s1, "Ringer", null));
    String card = f.current().cards().iterator().next().id();
    Card before = f.current().card(card);
    for (JourneyOp op : List.of(new JourneyOp.EditCard(Fixture.CUR, card, "Ringer igjen"),
        new JourneyOp.MoveCard(Fixture.CUR, card, s2))) {
      undo(apply(op));
      assertEquals(before, f.current().card(card), op.type());
    }
    undo(created);
    assertNull(f.current().card(card));
  }

  @Test
  void U10_names_emotion_order_and_huki_are_undone() {
    String s1 = f.stage(Fixture.CUR, "Før");
    f.stage(Fixture.CUR, "Under");
    String card = f.card(Fixture.CUR, "processes", s1, "Vedtak");
    String role = f.role(Fixture.CUR, "Saksbehandler");
    List<Stage> stages = List.copyOf(f.current().stages());
    List<Lane> lanes = List.copyOf(f.current().lanes());
    undo(apply(new JourneyOp.RenameStage(Fixture.CUR, s1, "Etter")));
    undo(apply(new JourneyOp.SetEmotion(Fixture.CUR, s1, 2)));
    undo(apply(new JourneyOp.MoveStage(Fixture.CUR, s1, 1)));
    assertEquals(stages, f.current().stages());
    Inverse<JourneyEvent> first = apply(new JourneyOp.RenameLane(Fixture.CUR, "actions", "Handlinger"));
    assertNull(first.op(), "the standard name cannot be set again by a rename");
    lanes = List.copyOf(f.current().lanes());
    undo(apply(new JourneyOp.RenameLane(Fixture.CUR, "actions", "Gjøremål")));
    undo(apply(new JourneyOp.MoveLane(Fixture.CUR, "actions", 3)));
    assertEquals(lanes, f.current().lanes());
    undo(apply(new JourneyOp.RenameRole(Fixture.CUR, role, "Leder")));
    assertEquals("Saksbehandler", f.current().role(role).name());
    Inverse<JourneyEvent> huki = apply(new JourneyOp.SetHuki(Fixture.CUR, card, role, Huki.H));
    assertEquals(List.of(card + "#huki:" + role), huki.keys());
    undo(huki);
    assertNull(f.current().huki(card).get(role));
  }

  @Test
  void U10_deletes_are_not_undone_and_a_stage_delete_touches_its_cards() {
    String s1 = f.stage(Fixture.CUR, "Før");
    String card = f.card(Fixture.CUR, "actions", s1, "Ringer");
    Inverse<JourneyEvent> inv = apply(new JourneyOp.DeleteStage(Fixture.CUR, s1), f.facilitator);
    assertNull(inv.op());
    assertEquals(List.of(s1, card), inv.keys());
  }
}
