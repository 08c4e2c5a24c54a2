package org.samskap.domain.pilots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class WelchTest {

  /**
   * Published example: NIST/SEMATECH e-Handbook of Statistical Methods, section 1.3.5.3
   * "Two-Sample t-Test for Equal Means" (AUTO83B.DAT, miles per gallon of US and Japanese cars).
   * Sample 1: N = 249, mean 20.14458, sd 6.41470; sample 2: N = 79, mean 30.48101, sd 6.10771.
   * The handbook gives, for unequal variances, T = −12.94627 with ν = 136.8750 degrees of
   * freedom and the critical value t(0.975; 136.875) = 1.977.
   * By hand: s1²/n1 = 41.14837/249 = 0.165255, s2²/n2 = 37.30412/79 = 0.472204,
   * se = √0.637459 = 0.798410, t = −10.33643 / 0.798410 = −12.9463;
   * ν = 0.637459² / (0.165255²/248 + 0.472204²/78) = 0.406354 / 0.0029688 = 136.87.
   * 95 % CI = −10.33643 ± 1.97745 × 0.798410 = (−11.9152, −8.7576).
   */
  @Test
  void matches_the_nist_handbook_example() {
    Welch.Result r = Welch.test(new Summary(249, 20.14458, 6.41470), new Summary(79, 30.48101, 6.10771));
    assertEquals(-12.94627, r.t(), 0.00001);
    assertEquals(136.8750, r.df(), 0.0001);
    assertEquals(1.977, Welch.quantile(0.975, r.df()), 0.0005);
    assertEquals(-10.33643, r.difference(), 1e-9);
    assertEquals(-11.9152, r.ciLow(), 0.0001);
    assertEquals(-8.7576, r.ciHigh(), 0.0001);
    assertTrue(r.p() < 1e-20);
    assertTrue(r.significant());
  }

  /**
   * Small example by hand. Test {14, 12, 11, 13, 15}: mean 13, variance (1+1+4+0+4)/4 = 2.5.
   * Control {17, 16, 18, 15}: mean 16.5, variance (0.25+0.25+2.25+2.25)/3 = 1.6667.
   * s1²/n1 = 0.5, s2²/n2 = 0.416667, se = √0.916667 = 0.957427, t = −3.5 / 0.957427 = −3.6556.
   * df = 0.840278 / (0.5²/4 + 0.416667²/3) = 0.840278 / 0.120370 = 6.9808.
   * t(0.975; 6.9808) = 2.3658, so the 95 % CI is −3.5 ± 2.2652 = (−5.7652, −1.2348); p = 0.00816.
   */
  @Test
  void matches_a_small_example_worked_by_hand() {
    Welch.Result r = Welch.test(Summary.of(List.of(14.0, 12.0, 11.0, 13.0, 15.0)), Summary.of(List.of(17.0, 16.0, 18.0, 15.0)));
    assertEquals(-3.5, r.difference(), 1e-12);
    assertEquals(0.957427, r.standardError(), 1e-6);
    assertEquals(-3.65563, r.t(), 1e-5);
    assertEquals(6.98077, r.df(), 1e-5);
    assertEquals(-5.76522, r.ciLow(), 1e-4);
    assertEquals(-1.23478, r.ciHigh(), 1e-4);
    assertEquals(0.00816, r.p(), 1e-5);
  }

  @Test
  void student_t_quantile_matches_the_table() {
    // Standard t tables: t(0.975; 10) = 2.228, t(0.975; 1) = 12.706, t(0.95; 30) = 1.697.
    assertEquals(2.228, Welch.quantile(0.975, 10), 0.0005);
    assertEquals(12.706, Welch.quantile(0.975, 1), 0.0005);
    assertEquals(1.697, Welch.quantile(0.95, 30), 0.0005);
  }

  @Test
  void refuses_groups_with_fewer_than_two_values() {
    assertThrows(IllegalArgumentException.class, () -> Welch.test(new Summary(1, 3, 0), new Summary(5, 3, 1)));
  }

  @Test
  void sample_standard_deviation_divides_by_n_minus_one() {
    Summary s = Summary.of(List.of(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0));
    assertEquals(5.0, s.mean(), 1e-12);
    assertEquals(Math.sqrt(32.0 / 7), s.sd(), 1e-12);
  }
}
