package org.samskap.domain.pilots;

/**
 * How a pilot's gains are priced: the hourly cost of the staff whose time is saved (kroner per
 * hour, including social costs), the horizon of the net present value in years and the real
 * discount rate. The default rate is 4 % real, the rate Norwegian state guidance (Finansdepartementet,
 * rundskriv R-109) sets for the first 40 years.
 */
public record Economics(double hourlyCost, int horizonYears, double discountRate) {
  public static final double DEFAULT_DISCOUNT_RATE = 0.04;
  public static final int DEFAULT_HORIZON_YEARS = 5;
  public static final int MAX_HORIZON_YEARS = 40;
  public static final Economics DEFAULT = new Economics(0, DEFAULT_HORIZON_YEARS, DEFAULT_DISCOUNT_RATE);

  public Economics {
    Check.nonNegative("hourlyCost", hourlyCost);
    if (horizonYears < 1 || horizonYears > MAX_HORIZON_YEARS) {
      throw PilotInvalid.field("horizonYears", "Field 'horizonYears' must be a whole number from 1 to " + MAX_HORIZON_YEARS + ".");
    }
    Check.finite("discountRate", discountRate);
    if (discountRate < 0 || discountRate > 0.5) {
      throw PilotInvalid.field("discountRate", "Field 'discountRate' must be a fraction from 0 to 0.5 (0.04 is 4 %).");
    }
  }
}
