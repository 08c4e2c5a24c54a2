package org.samskap.domain.pilots;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One expected gain of a pilot (gevinst). The indicator is measured from {@code baseline} on
 * {@code baselineDate} toward {@code target} on {@code targetDate}. {@code expectedPerYear} is
 * what the gain is worth a year in its kind's unit: kroner for {@link GainKind#COST}, hours for
 * {@link GainKind#TIME}; a {@link GainKind#QUALITY} gain is not priced (null) and may carry a
 * {@code qualityScore} from 1 to 5 instead.
 */
public record Gain(String id, GainKind kind, String description, String indicator, String unit,
    double baseline, LocalDate baselineDate, double target, LocalDate targetDate, String owner,
    String method, String frequency, Smarte smarte, Double expectedPerYear, Integer qualityScore) {

  public Gain {
    Objects.requireNonNull(id, "id");
    if (kind == null) throw PilotInvalid.field("gain.kind", "Field 'gain.kind' must be one of \"cost\", \"time\", \"quality\".");
    description = Check.text("gain.description", description, Check.MAX_TEXT);
    indicator = Check.required("gain.indicator", indicator, Check.MAX_SHORT);
    unit = Check.text("gain.unit", unit, Check.MAX_SHORT);
    Check.finite("gain.baseline", baseline);
    Check.finite("gain.target", target);
    if (baselineDate == null) throw PilotInvalid.field("gain.baselineDate", "Field 'gain.baselineDate' must be a date like 2025-01-31.");
    if (targetDate == null) throw PilotInvalid.field("gain.targetDate", "Field 'gain.targetDate' must be a date like 2025-12-31.");
    if (!targetDate.isAfter(baselineDate)) {
      throw PilotInvalid.field("gain.targetDate", "Field 'gain.targetDate' (" + targetDate
          + ") must be after the baseline date (" + baselineDate + ").");
    }
    owner = Check.text("gain.owner", owner, Check.MAX_SHORT);
    method = Check.text("gain.method", method, Check.MAX_TEXT);
    frequency = Check.text("gain.frequency", frequency, Check.MAX_SHORT);
    smarte = smarte == null ? Smarte.NONE : smarte;
    if (kind == GainKind.QUALITY) {
      if (expectedPerYear != null) {
        throw PilotInvalid.field("gain.expectedPerYear", "A quality gain is not priced: leave 'gain.expectedPerYear' out and give 'gain.qualityScore' (1-5).");
      }
      if (qualityScore != null && (qualityScore < 1 || qualityScore > 5)) {
        throw PilotInvalid.field("gain.qualityScore", "Field 'gain.qualityScore' must be a whole number from 1 to 5.");
      }
    } else {
      if (expectedPerYear == null) {
        throw PilotInvalid.field("gain.expectedPerYear", "Field 'gain.expectedPerYear' must be given: "
            + (kind == GainKind.TIME ? "hours saved a year." : "kroner saved a year."));
      }
      Check.nonNegative("gain.expectedPerYear", expectedPerYear);
      if (qualityScore != null) throw PilotInvalid.field("gain.qualityScore", "Only a quality gain has 'gain.qualityScore'.");
    }
  }

  /**
   * The value the indicator is expected to have on {@code date}: the baseline before the baseline
   * date, the target from the target date on, and on the straight line between them in between.
   */
  public double expectedOn(LocalDate date) {
    if (!date.isAfter(baselineDate)) return baseline;
    if (!date.isBefore(targetDate)) return target;
    double span = targetDate.toEpochDay() - baselineDate.toEpochDay();
    double done = date.toEpochDay() - baselineDate.toEpochDay();
    return baseline + (target - baseline) * done / span;
  }

  /** The same gain with a new yearly estimate (an evaluation updates the estimate). */
  public Gain withEstimate(Double perYear, Integer score) {
    return new Gain(id, kind, description, indicator, unit, baseline, baselineDate, target, targetDate, owner,
        method, frequency, smarte, perYear, score);
  }
}
