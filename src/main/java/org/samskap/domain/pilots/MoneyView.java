package org.samskap.domain.pilots;

import java.util.ArrayList;
import java.util.List;

/**
 * The money view of a pilot's gains (gevinstvurdering): each priced gain's yearly value (hours
 * saved × hourly cost, or kroner saved), the yearly benefit, the yearly net benefit after the
 * yearly implementation costs, the payback time of the one-off costs and the net present value
 * over the horizon. Quality gains are listed unpriced with their score.
 *
 * <p>NPV = −oneOff + Σ<sub>t=1..H</sub> net / (1 + r)<sup>t</sup>: the one-off cost falls now,
 * the net benefit at the end of each year. Payback = oneOff / net in years, undiscounted; null
 * when the yearly net benefit is not positive (never paid back), 0 when there is no one-off cost.
 */
public record MoneyView(List<Line> lines, double yearlyBenefit, double yearlyCosts, double oneOffCosts,
    double yearlyNet, Double paybackYears, double npv, int horizonYears, double discountRate,
    List<Unpriced> unpriced) {

  /** One priced gain: its yearly value in kroner. */
  public record Line(String gainId, GainKind kind, String indicator, double perYear, double yearlyValue) {}

  /** One quality gain, kept with its score (1-5, or null when not scored). */
  public record Unpriced(String gainId, String indicator, Integer score) {}

  public MoneyView {
    lines = List.copyOf(lines);
    unpriced = List.copyOf(unpriced);
  }

  public static MoneyView of(Economics economics, List<Gain> gains, List<ImplementationCost> costs) {
    List<Line> lines = new ArrayList<>();
    List<Unpriced> unpriced = new ArrayList<>();
    double benefit = 0;
    for (Gain g : gains) {
      switch (g.kind()) {
        case TIME -> {
          double value = hoursToMoney(g.expectedPerYear(), economics.hourlyCost());
          lines.add(new Line(g.id(), g.kind(), g.indicator(), g.expectedPerYear(), value));
          benefit += value;
        }
        case COST -> {
          lines.add(new Line(g.id(), g.kind(), g.indicator(), g.expectedPerYear(), g.expectedPerYear()));
          benefit += g.expectedPerYear();
        }
        case QUALITY -> unpriced.add(new Unpriced(g.id(), g.indicator(), g.qualityScore()));
      }
    }
    double yearly = 0;
    double oneOff = 0;
    for (ImplementationCost c : costs) {
      yearly += c.yearly();
      oneOff += c.oneOff();
    }
    double net = benefit - yearly;
    return new MoneyView(lines, benefit, yearly, oneOff, net, payback(oneOff, net),
        npv(oneOff, net, economics.horizonYears(), economics.discountRate()), economics.horizonYears(),
        economics.discountRate(), unpriced);
  }

  /** Hours saved priced at the hourly cost. */
  public static double hoursToMoney(double hours, double hourlyCost) {
    return hours * hourlyCost;
  }

  /** Years until the yearly net benefit has paid the one-off cost; null when it never does. */
  public static Double payback(double oneOff, double yearlyNet) {
    if (oneOff <= 0) return 0.0;
    if (yearlyNet <= 0) return null;
    return oneOff / yearlyNet;
  }

  /** Net present value: the one-off cost now, then the net benefit at the end of each of {@code years} years. */
  public static double npv(double oneOff, double yearlyNet, int years, double rate) {
    double sum = -oneOff;
    double factor = 1;
    for (int t = 1; t <= years; t++) {
      factor *= 1 + rate;
      sum += yearlyNet / factor;
    }
    return sum;
  }
}
