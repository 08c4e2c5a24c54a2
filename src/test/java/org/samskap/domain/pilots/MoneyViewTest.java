package org.samskap.domain.pilots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class MoneyViewTest {

  @Test
  void hours_saved_times_hourly_cost_gives_the_yearly_value() {
    // 1 200 hours a year × 650 kr an hour = 780 000 kr a year.
    assertEquals(780_000, MoneyView.hoursToMoney(1200, 650), 1e-9);
  }

  /**
   * Worked example by hand. Hourly cost 650 kr; a time gain of 1 200 h/year → 780 000 kr; a cost
   * gain of 50 000 kr/year; benefit 830 000. Yearly cost 130 000 → net 700 000. One-off cost
   * 1 400 000 → payback 1 400 000 / 700 000 = 2.0 years. NPV at 4 % over 5 years:
   * discount factors 1/1.04^t = 0.961538, 0.924556, 0.888996, 0.854804, 0.821927; their sum
   * (the annuity factor (1 − 1.04^−5)/0.04) = 4.451822; 700 000 × 4.451822 = 3 116 275.63;
   * minus 1 400 000 = 1 716 275.63. A quality gain is listed unpriced.
   */
  @Test
  void net_present_value_and_payback_follow_the_worked_example() {
    MoneyView m = MoneyView.of(new Economics(650, 5, 0.04),
        List.of(Fixtures.time("g1", 1200), Fixtures.cost("g2", 50_000), Fixtures.quality("g3", 4)),
        List.of(new ImplementationCost("c1", "Sensorer", 1_000_000, 100_000), new ImplementationCost("c2", "Opplæring", 400_000, 30_000)));
    assertEquals(830_000, m.yearlyBenefit(), 1e-6);
    assertEquals(130_000, m.yearlyCosts(), 1e-6);
    assertEquals(1_400_000, m.oneOffCosts(), 1e-6);
    assertEquals(700_000, m.yearlyNet(), 1e-6);
    assertEquals(2.0, m.paybackYears(), 1e-12);
    assertEquals(1_716_275.63, m.npv(), 0.01);
    assertEquals(780_000, m.lines().get(0).yearlyValue(), 1e-6);
    assertEquals(List.of(new MoneyView.Unpriced("g3", "Opplevd trygghet", 4)), m.unpriced());
  }

  @Test
  void the_default_discount_rate_is_four_percent_real() {
    assertEquals(0.04, Economics.DEFAULT.discountRate());
    // one year, no one-off: 104 / 1.04 = 100
    assertEquals(100, MoneyView.npv(0, 104, 1, Economics.DEFAULT_DISCOUNT_RATE), 1e-9);
  }

  @Test
  void payback_is_never_when_the_net_benefit_is_not_positive_and_zero_without_one_off_cost() {
    assertNull(MoneyView.payback(100, 0));
    assertNull(MoneyView.payback(100, -5));
    assertEquals(0.0, MoneyView.payback(0, -5));
  }

  @Test
  void with_a_zero_rate_npv_is_the_plain_sum() {
    // −1000 + 3 × 400 = 200
    assertEquals(200, MoneyView.npv(1000, 400, 3, 0), 1e-9);
  }

  @Test
  void a_negative_hourly_cost_is_refused_naming_the_field() {
    PilotInvalid e = org.junit.jupiter.api.Assertions.assertThrows(PilotInvalid.class, () -> new Economics(-1, 5, 0.04));
    assertEquals("hourlyCost", e.field());
    assertEquals("Field 'hourlyCost' must not be negative, was -1.0.", e.getMessage());
  }
}
