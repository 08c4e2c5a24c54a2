package org.samskap.domain.pilots;

/**
 * The S.M.A.R.T.E. checklist of a gain's target: spesifikk, målbar, akseptert, realistisk,
 * tidsbestemt, evaluerbar (specific, measurable, accepted, realistic, time-bound, evaluable).
 */
public record Smarte(boolean specific, boolean measurable, boolean accepted, boolean realistic,
    boolean timeBound, boolean evaluable) {
  public static final Smarte NONE = new Smarte(false, false, false, false, false, false);

  /** How many of the six are ticked. */
  public int count() {
    int n = 0;
    for (boolean b : new boolean[] {specific, measurable, accepted, realistic, timeBound, evaluable}) {
      if (b) n++;
    }
    return n;
  }
}
