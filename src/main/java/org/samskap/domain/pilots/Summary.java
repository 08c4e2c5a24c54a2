package org.samskap.domain.pilots;

import java.util.Collection;

/** Count, mean and sample standard deviation (n − 1 in the denominator) of a group's values. */
public record Summary(int n, double mean, double sd) {
  public Summary {
    if (n < 0) throw new IllegalArgumentException("n must not be negative");
    if (sd < 0 || Double.isNaN(sd)) throw new IllegalArgumentException("sd must not be negative");
  }

  public static Summary of(Collection<Double> values) {
    int n = values.size();
    if (n == 0) return new Summary(0, Double.NaN, 0);
    double sum = 0;
    for (double v : values) sum += v;
    double mean = sum / n;
    if (n == 1) return new Summary(1, mean, 0);
    double squares = 0;
    for (double v : values) squares += (v - mean) * (v - mean);
    return new Summary(n, mean, Math.sqrt(squares / (n - 1)));
  }

  double varianceOfMean() {
    return sd * sd / n;
  }
}
