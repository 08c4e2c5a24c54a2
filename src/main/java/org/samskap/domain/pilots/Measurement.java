package org.samskap.domain.pilots;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated value of a gain's indicator (måling), tagged with its group, with an optional
 * reason for a gap between realised and expected and the pilot round it was taken in.
 */
public record Measurement(String id, String pilotId, String gainId, LocalDate date, double value, Group group,
    String gapReason, int round, long recordedAt) {
  public Measurement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pilotId, "pilotId");
    Objects.requireNonNull(gainId, "gainId");
    if (date == null) throw PilotInvalid.field("date", "Field 'date' must be a date like 2025-03-31.");
    Check.finite("value", value);
    group = group == null ? Group.ALL : group;
    gapReason = Check.text("gapReason", gapReason, Check.MAX_TEXT);
    if (round < 1) throw new IllegalArgumentException("round starts at 1, was " + round);
  }

  /** Realised minus expected on the measurement's date (negative: below the expected path). */
  public double gap(Gain gain) {
    return value - gain.expectedOn(date);
  }
}
