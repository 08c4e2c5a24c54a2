package org.samskap.domain.pilots;

import java.util.Objects;

/** A recorded decision (veivalg): the route, a short rationale, who decided and when (epoch ms). */
public record PilotDecision(Route route, String rationale, String decidedBy, long at, int round) {
  public PilotDecision {
    if (route == null) throw PilotInvalid.field("route", "Field 'route' must be \"operations\", \"another_round\" or \"halt\".");
    rationale = Check.required("rationale", rationale, Check.MAX_TEXT);
    decidedBy = Check.text("decidedBy", decidedBy, Check.MAX_SHORT);
    Objects.checkIndex(round - 1, Integer.MAX_VALUE);
  }
}
