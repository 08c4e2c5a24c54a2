package org.samskap.domain.pilots;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Welch's unequal-variances t-test of two independent groups (test minus control), with the
 * Welch–Satterthwaite degrees of freedom and a two-sided confidence interval of the difference
 * in means:
 * <pre>
 *   se = sqrt(s1²/n1 + s2²/n2)         t = (mean1 − mean2) / se
 *   df = se⁴ / ((s1²/n1)²/(n1−1) + (s2²/n2)²/(n2−1))
 *   CI = (mean1 − mean2) ± t(1 − α/2; df) · se      p = 2 · P(T_df > |t|)
 * </pre>
 * Student's t distribution comes from Apache Commons Statistics.
 */
public final class Welch {
  public static final double CONFIDENCE = 0.95;

  private Welch() {}

  /** The outcome: difference in means, its standard error, t, df, two-sided p and the CI. */
  public record Result(double difference, double standardError, double t, double df, double p, double ciLow,
      double ciHigh) {
    /** True when the confidence interval leaves out zero (p below 0.05). */
    public boolean significant() {
      return ciLow > 0 || ciHigh < 0;
    }
  }

  /**
   * Compares two groups of at least two values each whose variances are not both zero.
   *
   * @throws IllegalArgumentException otherwise; {@link Comparison} checks these before calling
   */
  public static Result test(Summary test, Summary control) {
    if (test.n() < 2 || control.n() < 2) throw new IllegalArgumentException("each group needs at least 2 values");
    double a = test.varianceOfMean();
    double b = control.varianceOfMean();
    double se2 = a + b;
    if (se2 <= 0) throw new IllegalArgumentException("both groups have no spread");
    double se = Math.sqrt(se2);
    double diff = test.mean() - control.mean();
    double t = diff / se;
    double df = se2 * se2 / (a * a / (test.n() - 1) + b * b / (control.n() - 1));
    TDistribution dist = TDistribution.of(df);
    double p = Math.min(1.0, 2 * dist.survivalProbability(Math.abs(t)));
    double q = dist.inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
    return new Result(diff, se, t, df, p, diff - q * se, diff + q * se);
  }

  /** Student's t quantile {@code t(probability; df)}, e.g. t(0.975; 10) ≈ 2.228. */
  public static double quantile(double probability, double df) {
    return TDistribution.of(df).inverseCumulativeProbability(probability);
  }
}
