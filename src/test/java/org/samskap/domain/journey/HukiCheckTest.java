package org.samskap.domain.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.domain.journey.Fixture.CUR;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.samskap.domain.Reason;

/** The HUKI matrix of work-process steps and its "exactly one H" rule (rule JR6). */
class HukiCheckTest {
  private final Fixture fx = new Fixture();
  private String step;
  private String caseworker;
  private String nurse;
  private String leader;

  @BeforeEach
  void journey() {
    String s = fx.stage(CUR, "Vedtak");
    step = fx.card(CUR, "processes", s, "Fatte vedtak");
    caseworker = fx.role(CUR, "Saksbehandler");
    nurse = fx.role(CUR, "Hjemmesykepleier");
    leader = fx.role(CUR, "Enhetsleder");
  }

  private HukiCheck.Warning set(String role, Huki value) {
    return ((JourneyEvent.HukiSet) fx.ok(new JourneyOp.SetHuki(CUR, step, role, value))).warning();
  }

  @Test
  void JR6_the_letters_stand_for_the_norwegian_words() {
    assertEquals("Hovedansvarlig", Huki.H.norwegian());
    assertEquals("Utførende", Huki.U.norwegian());
    assertEquals("Konsulteres", Huki.K.norwegian());
    assertEquals("Informeres", Huki.I.norwegian());
  }

  @Test
  void JR6_exactly_one_H_is_right_none_or_two_give_a_warning_but_are_accepted() {
    assertEquals(HukiCheck.Warning.NO_H, set(caseworker, Huki.U));
    assertEquals(HukiCheck.Warning.NO_H, set(nurse, Huki.I));
    assertNull(set(leader, Huki.H), "one H: no warning");
    assertEquals(HukiCheck.Warning.MANY_H, set(caseworker, Huki.H));
    assertEquals(Map.of(caseworker, Huki.H, nurse, Huki.I, leader, Huki.H), fx.current().huki(step));
    List<HukiCheck.StepWarning> warnings = HukiCheck.warnings(fx.board);
    assertEquals(List.of(new HukiCheck.StepWarning(CUR, step, HukiCheck.Warning.MANY_H, 2)), warnings);
    assertNull(set(caseworker, null), "clearing the second H fixes it");
    assertTrue(HukiCheck.warnings(fx.board).isEmpty());
  }

  @Test
  void JR6_a_step_without_any_HUKI_is_warned_and_other_lanes_are_not_steps() {
    String s = fx.current().stages().get(0).id();
    fx.card(CUR, "actions", s, "Leser vedtaket");
    assertEquals(List.of(new HukiCheck.StepWarning(CUR, step, HukiCheck.Warning.NO_H, 0)), HukiCheck.warnings(fx.board));
    assertEquals(HukiCheck.Warning.NO_H, HukiCheck.check(Map.of()));
    assertNull(HukiCheck.check(Map.of("a", Huki.H, "b", Huki.U, "c", Huki.K)));
    assertEquals(HukiCheck.Warning.MANY_H, HukiCheck.check(Map.of("a", Huki.H, "b", Huki.H)));
  }

  @Test
  void JR6_huki_is_set_only_on_process_steps_and_existing_roles() {
    String s = fx.current().stages().get(0).id();
    String action = fx.card(CUR, "actions", s, "Leser vedtaket");
    fx.refused(new JourneyOp.SetHuki(CUR, action, caseworker, Huki.H), Reason.BAD_REQUEST);
    fx.refused(new JourneyOp.SetHuki(CUR, step, "ghost", Huki.H), Reason.NOT_FOUND);
    fx.refused(new JourneyOp.SetHuki(CUR, "ghost", caseworker, Huki.H), Reason.NOT_FOUND);
    assertTrue(fx.current().huki(action).isEmpty());
  }

  @Test
  void JR6_deleting_a_role_takes_its_cells_with_it() {
    set(leader, Huki.H);
    set(nurse, Huki.U);
    fx.ok(new JourneyOp.DeleteRole(CUR, leader), fx.facilitator);
    assertEquals(Map.of(nurse, Huki.U), fx.current().huki(step));
    assertEquals(HukiCheck.Warning.NO_H, HukiCheck.warnings(fx.board).get(0).warning());
  }
}
