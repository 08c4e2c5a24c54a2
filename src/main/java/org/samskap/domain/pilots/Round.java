package org.samskap.domain.pilots;

import java.util.List;

/** A finished round of the roundabout, kept as it was: its plan, gains, evaluation and decision. */
public record Round(int number, PilotPlan plan, List<Gain> gains, Evaluation evaluation, PilotDecision decision) {
  public Round {
    gains = List.copyOf(gains);
  }
}
