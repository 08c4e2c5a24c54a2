package org.samskap.domain.pilots;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a pilot stands: candidate → planned → running → evaluating → decided. Each step goes one
 * forward; {@code decided} is reached only by a decision (veivalg), and a decision for another
 * round opens a new round at {@code planned}.
 */
public enum PilotStatus {
  CANDIDATE("candidate"),
  PLANNED("planned"),
  RUNNING("running"),
  EVALUATING("evaluating"),
  DECIDED("decided");

  private final String wire;

  PilotStatus(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Optional<PilotStatus> fromWire(String s) {
    return Arrays.stream(values()).filter(v -> v.wire.equals(s)).findFirst();
  }

  /** The status a plain "move on" leads to, or empty from {@code evaluating} (decide instead) and {@code decided}. */
  public Optional<PilotStatus> next() {
    return switch (this) {
      case CANDIDATE -> Optional.of(PLANNED);
      case PLANNED -> Optional.of(RUNNING);
      case RUNNING -> Optional.of(EVALUATING);
      case EVALUATING, DECIDED -> Optional.empty();
    };
  }
}
