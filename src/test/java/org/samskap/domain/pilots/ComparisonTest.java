package org.samskap.domain.pilots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ComparisonTest {
  private static final Gain FEWER_HOURS = Fixtures.time("g1", 100); // baseline 100 → target 60: lower is better

  private static List<Measurement> values(Group g, double... vs) {
    List<Measurement> out = new ArrayList<>();
    int i = 0;
    for (double v : vs) out.add(new Measurement("m" + g + i++, "pilot1", "g1", LocalDate.of(2025, 3, 1), v, g, "", 1, 0));
    return out;
  }

  @Test
  void too_few_measurements_to_say_in_both_languages() {
    List<Measurement> ms = new ArrayList<>(values(Group.TEST, 10, 11));
    ms.addAll(values(Group.CONTROL, 12));
    Comparison c = Comparison.of(FEWER_HOURS, ms);
    assertEquals(Comparison.Reading.TOO_FEW, c.reading());
    assertNull(c.welch());
    assertEquals("For få målinger til å si noe: det trengs minst 2 i testgruppen og 2 i kontrollgruppen (nå 2 og 1).", c.nb());
    assertEquals("Too few measurements to say: at least 2 are needed in the test group and 2 in the control group (now 2 and 1).", c.en());
    assertEquals("For få målingar til å seie noko: det trengst minst 2 i testgruppa og 2 i kontrollgruppa (no 2 og 1).", c.nn());
  }

  @Test
  void a_clearly_lower_test_group_is_better_when_the_target_is_below_the_baseline() {
    List<Measurement> ms = new ArrayList<>(values(Group.TEST, 14, 12, 11, 13, 15));
    ms.addAll(values(Group.CONTROL, 17, 16, 18, 15));
    ms.addAll(values(Group.ALL, 1000)); // untagged values are not part of the comparison
    Comparison c = Comparison.of(FEWER_HOURS, ms);
    assertEquals(Comparison.Reading.TEST_BETTER, c.reading());
    assertEquals(5, c.test().n());
    assertEquals(4, c.control().n());
    assertEquals("The test group is clearly 3.50 timer lower than the control group, toward the target "
        + "(95 % confidence interval −5.77 to −1.23).", c.en());
    assertTrue(c.nb().startsWith("Testgruppen ligger klart 3,50 timer lavere enn kontrollgruppen, i retning målet"), c.nb());
    assertTrue(c.nn().startsWith("Testgruppa ligg klart 3,50 timer lågare enn kontrollgruppa, i retning målet"), c.nn());
    assertTrue(c.nn().endsWith("(95 % konfidensintervall −5,77 til −1,23)."), c.nn());
  }

  @Test
  void overlapping_groups_give_no_clear_difference() {
    List<Measurement> ms = new ArrayList<>(values(Group.TEST, 10, 14, 12));
    ms.addAll(values(Group.CONTROL, 11, 15, 12));
    Comparison c = Comparison.of(FEWER_HOURS, ms);
    assertEquals(Comparison.Reading.NO_CLEAR_DIFFERENCE, c.reading());
    assertTrue(c.en().startsWith("No clear difference"), c.en());
  }

  @Test
  void groups_without_spread_cannot_be_judged() {
    List<Measurement> ms = new ArrayList<>(values(Group.TEST, 5, 5));
    ms.addAll(values(Group.CONTROL, 7, 7));
    assertEquals(Comparison.Reading.NO_SPREAD, Comparison.of(FEWER_HOURS, ms).reading());
  }

  @Test
  void the_gap_is_realised_minus_the_straight_line_from_baseline_to_target() {
    // baseline 100 on 2025-01-01, target 60 on 2025-12-31 (364 days): on 2025-07-02 (182 days)
    // the expected value is 100 − 40 × 182/364 = 80; a value of 85 is 5 above the path.
    Measurement m = new Measurement("m", "pilot1", "g1", LocalDate.of(2025, 7, 2), 85, Group.ALL, "", 1, 0);
    assertEquals(80, FEWER_HOURS.expectedOn(m.date()), 1e-9);
    assertEquals(5, m.gap(FEWER_HOURS), 1e-9);
    assertEquals(100, FEWER_HOURS.expectedOn(LocalDate.of(2024, 6, 1)));
    assertEquals(60, FEWER_HOURS.expectedOn(LocalDate.of(2026, 6, 1)));
  }
}
