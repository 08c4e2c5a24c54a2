package org.samskap.domain.pilots;

import java.util.Arrays;
import java.util.Optional;

/** The three kinds of gain in the KS method, step 9: cost saved, time saved, increased quality. */
public enum GainKind {
  /** Kostnadsbesparelse: expected yearly value is in kroner. */
  COST("cost"),
  /** Spart tid: expected yearly value is in hours, priced at the pilot's hourly cost. */
  TIME("time"),
  /** Økt kvalitet: not priced; kept with a 1-5 score. */
  QUALITY("quality");

  private final String wire;

  GainKind(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Optional<GainKind> fromWire(String s) {
    return Arrays.stream(values()).filter(k -> k.wire.equals(s)).findFirst();
  }

  public static GainKind parse(String field, String s) {
    return fromWire(s).orElseThrow(() -> PilotInvalid.field(field,
        "Field '" + field + "' must be one of \"cost\", \"time\", \"quality\"; got \"" + s + "\"."));
  }
}
