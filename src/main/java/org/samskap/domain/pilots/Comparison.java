package org.samskap.domain.pilots;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Test group against control group for one indicator, with a plain-language reading in Bokmål,
 * Nynorsk and English. Whether a higher value is better follows the gain: its target above its baseline
 * means higher is better.
 */
public record Comparison(Summary test, Summary control, Welch.Result welch, Reading reading, String nb, String nn, String en) {

  /** Fewest values per group for the test to say anything. */
  public static final int MIN_PER_GROUP = 2;

  public enum Reading {
    /** Fewer than two values in a group. */
    TOO_FEW("too_few"),
    /** Every value within each group is the same, so there is no spread to judge by. */
    NO_SPREAD("no_spread"),
    /** The 95 % interval holds zero. */
    NO_CLEAR_DIFFERENCE("no_clear_difference"),
    /** The test group is clearly better, toward the target. */
    TEST_BETTER("test_better"),
    /** The test group is clearly worse, away from the target. */
    TEST_WORSE("test_worse");

    private final String wire;

    Reading(String wire) {
      this.wire = wire;
    }

    public String wire() {
      return wire;
    }
  }

  public static Comparison of(Gain gain, List<Measurement> measurements) {
    List<Double> test = new ArrayList<>();
    List<Double> control = new ArrayList<>();
    for (Measurement m : measurements) {
      if (!m.gainId().equals(gain.id())) continue;
      if (m.group() == Group.TEST) test.add(m.value());
      if (m.group() == Group.CONTROL) control.add(m.value());
    }
    Summary t = Summary.of(test);
    Summary c = Summary.of(control);
    if (t.n() < MIN_PER_GROUP || c.n() < MIN_PER_GROUP) {
      return new Comparison(t, c, null, Reading.TOO_FEW,
          "For få målinger til å si noe: det trengs minst " + MIN_PER_GROUP + " i testgruppen og "
              + MIN_PER_GROUP + " i kontrollgruppen (nå " + t.n() + " og " + c.n() + ").",
          "For få målingar til å seie noko: det trengst minst " + MIN_PER_GROUP + " i testgruppa og "
              + MIN_PER_GROUP + " i kontrollgruppa (no " + t.n() + " og " + c.n() + ").",
          "Too few measurements to say: at least " + MIN_PER_GROUP + " are needed in the test group and "
              + MIN_PER_GROUP + " in the control group (now " + t.n() + " and " + c.n() + ").");
    }
    if (t.sd() == 0 && c.sd() == 0) {
      return new Comparison(t, c, null, Reading.NO_SPREAD,
          "Alle målinger i hver gruppe er like, så testen kan ikke vurdere forskjellen. Mål flere ganger.",
          "Alle målingane i kvar gruppe er like, så testen kan ikkje vurdere skilnaden. Mål fleire gonger.",
          "Every measurement within each group is the same, so the test cannot judge the difference. Measure more.");
    }
    Welch.Result w = Welch.test(t, c);
    String unit = gain.unit().isEmpty() ? "" : " " + gain.unit();
    String diffNb = num(Math.abs(w.difference()), "nb") + unit;
    String diffEn = num(Math.abs(w.difference()), "en") + unit;
    String ciNb = "95 % konfidensintervall " + num(w.ciLow(), "nb") + " til " + num(w.ciHigh(), "nb");
    String ciNn = ciNb; // the same words in Nynorsk
    String ciEn = "95 % confidence interval " + num(w.ciLow(), "en") + " to " + num(w.ciHigh(), "en");
    if (!w.significant()) {
      return new Comparison(t, c, w, Reading.NO_CLEAR_DIFFERENCE,
          "Ingen klar forskjell mellom testgruppen og kontrollgruppen ennå (" + ciNb + " omfatter 0).",
          "Ingen klar skilnad mellom testgruppa og kontrollgruppa enno (" + ciNn + " omfattar 0).",
          "No clear difference between the test group and the control group yet (" + ciEn + " includes 0).");
    }
    boolean higherIsBetter = gain.target() >= gain.baseline();
    boolean testHigher = w.difference() > 0;
    String dirNb = testHigher ? "høyere" : "lavere";
    String dirNn = testHigher ? "høgare" : "lågare";
    String dirEn = testHigher ? "higher" : "lower";
    if (testHigher == higherIsBetter) {
      return new Comparison(t, c, w, Reading.TEST_BETTER,
          "Testgruppen ligger klart " + diffNb + " " + dirNb + " enn kontrollgruppen, i retning målet (" + ciNb + ").",
          "Testgruppa ligg klart " + diffNb + " " + dirNn + " enn kontrollgruppa, i retning målet (" + ciNn + ").",
          "The test group is clearly " + diffEn + " " + dirEn + " than the control group, toward the target (" + ciEn + ").");
    }
    return new Comparison(t, c, w, Reading.TEST_WORSE,
        "Testgruppen ligger klart " + diffNb + " " + dirNb + " enn kontrollgruppen, bort fra målet (" + ciNb + ").",
        "Testgruppa ligg klart " + diffNb + " " + dirNn + " enn kontrollgruppa, bort frå målet (" + ciNn + ").",
        "The test group is clearly " + diffEn + " " + dirEn + " than the control group, away from the target (" + ciEn + ").");
  }

  /** Two decimals; Bokmål uses a decimal comma. */
  static String num(double v, String lang) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    return "nb".equals(lang) ? s.replace('.', ',').replace("-", "−") : s.replace("-", "−");
  }
}
