package org.samskap.domain.matrix;

import java.util.Arrays;
import java.util.Collection;

/** The median of some values and how far they spread: the lowest and the highest. */
public record Spread(double median, double min, double max) {
  public Spread {
    if (!(min <= median && median <= max)) {
      throw new IllegalArgumentException("need min <= median <= max, was " + min + ", " + median + ", " + max);
    }
  }

  /** The spread of one or more values; the median of an even count is the mean of the middle two. */
  public static Spread of(Collection<Double> values) {
    if (values.isEmpty()) throw new IllegalArgumentException("values must not be empty");
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    int n = v.length;
    double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return new Spread(median, v[0], v[n - 1]);
  }

  /** max - min: 0 when everyone agrees. */
  public double range() {
    return max - min;
  }
}
