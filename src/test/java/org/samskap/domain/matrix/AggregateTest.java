package org.samskap.domain.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Rule M5: the aggregate position is the median per axis, with the spread (lowest, highest) and the count. */
class AggregateTest {

  @Test
  void M5_no_scores_give_no_position() {
    Aggregate a = Aggregate.of(List.of());
    assertSame(Aggregate.NONE, a);
    assertEquals(0, a.count());
    assertNull(a.median());
  }

  @Test
  void M5_one_scorer_is_the_median_and_the_spread_is_zero() {
    Aggregate a = Aggregate.of(List.of(new Point(4, 2)));
    assertEquals(1, a.count());
    assertEquals(new Spread(4, 4, 4), a.x());
    assertEquals(new Spread(2, 2, 2), a.y());
    assertEquals(0, a.x().range());
    assertEquals(new Point(4, 2), a.median());
  }

  @Test
  void M5_two_scorers_meet_in_the_middle_and_the_spread_shows_how_far_apart_they_are() {
    Aggregate a = Aggregate.of(List.of(new Point(1, 5), new Point(4, 2)));
    assertEquals(2, a.count());
    assertEquals(new Spread(2.5, 1, 4), a.x());
    assertEquals(new Spread(3.5, 2, 5), a.y());
    assertEquals(3, a.x().range());
  }

  @Test
  void M5_many_scorers_take_the_middle_value_so_one_outlier_does_not_move_the_item() {
    Aggregate a = Aggregate.of(List.of(new Point(4, 4), new Point(5, 4), new Point(1, 1), new Point(4, 5),
        new Point(4, 4)));
    assertEquals(5, a.count());
    assertEquals(new Spread(4, 1, 5), a.x());
    assertEquals(new Spread(4, 1, 5), a.y());
  }

  @Test
  void M5_an_even_number_of_many_scorers_averages_the_two_middle_values() {
    Aggregate a = Aggregate.of(List.of(new Point(5, 1), new Point(2, 2), new Point(3, 3), new Point(1, 5)));
    assertEquals(new Spread(2.5, 1, 5), a.x());
    assertEquals(new Spread(2.5, 1, 5), a.y());
  }

  @Test
  void a_spread_must_hold_its_median() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Spread(6, 1, 5));
    assertEquals("need min <= median <= max, was 1.0, 6.0, 5.0", e.getMessage());
  }

  @Test
  void an_aggregate_without_scores_has_no_spread() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Aggregate(0, new Spread(1, 1, 1), null));
    assertEquals("x and y must be null exactly when count is 0", e.getMessage());
  }

  @Test
  void a_point_must_be_finite() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Point(Double.NaN, 1));
    assertEquals("x and y must be finite, were NaN, 1.0", e.getMessage());
  }

  @Test
  void M3_quadrants_follow_high_and_low_feasibility_and_gain_and_the_midline_is_in_none() {
    assertEquals(Quadrant.QUICK_WINS, Quadrant.of(new Point(4, 5)).orElseThrow());
    assertEquals(Quadrant.STRATEGIC_BETS, Quadrant.of(new Point(2, 5)).orElseThrow());
    assertEquals(Quadrant.SMALL_IMPROVEMENTS, Quadrant.of(new Point(5, 1)).orElseThrow());
    assertEquals(Quadrant.TIME_SINKS, Quadrant.of(new Point(1, 2)).orElseThrow());
    assertEquals(java.util.Optional.empty(), Quadrant.of(new Point(3, 5)));
  }

  @Test
  void M3_scales_accept_1_to_5_and_the_steps_scale_only_whole_numbers() {
    assertEquals(true, Scale.STEPS.accepts(1));
    assertEquals(true, Scale.STEPS.accepts(5));
    assertEquals(false, Scale.STEPS.accepts(2.5));
    assertEquals(true, Scale.CONTINUOUS.accepts(2.5));
    assertEquals(false, Scale.CONTINUOUS.accepts(0.99));
    assertEquals(false, Scale.CONTINUOUS.accepts(5.01));
    assertEquals(false, Scale.CONTINUOUS.accepts(Double.POSITIVE_INFINITY));
  }
}
