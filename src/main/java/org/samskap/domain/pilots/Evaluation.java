package org.samskap.domain.pilots;

import java.util.Arrays;
import java.util.Optional;

/**
 * The evaluation after a round (seed 001, "Evaluering"; seed 000, "Evaluere og forbedre"):
 * people (do users and staff find it good, do touchpoints make good meetings), organisation
 * (flow of work, value of each step, clear roles and routines), technology (works as it should,
 * stable and secure, talks to neighbouring systems, costs as expected), and "are the expected
 * gains realised?" with the answer and new gains found.
 */
public record Evaluation(String people, String organisation, String technology, Realised gainsRealised,
    String gainsComment, String newGains, String lessons, String by, long at, int round) {

  /** The answer to "oppnår vi forventede gevinster?". */
  public enum Realised {
    YES("yes"), PARTLY("partly"), NO("no"), TOO_EARLY("too_early");

    private final String wire;

    Realised(String wire) {
      this.wire = wire;
    }

    public String wire() {
      return wire;
    }

    public static Optional<Realised> fromWire(String s) {
      return Arrays.stream(values()).filter(v -> v.wire.equals(s)).findFirst();
    }
  }

  public Evaluation {
    people = Check.text("evaluation.people", people, Check.MAX_TEXT);
    organisation = Check.text("evaluation.organisation", organisation, Check.MAX_TEXT);
    technology = Check.text("evaluation.technology", technology, Check.MAX_TEXT);
    if (gainsRealised == null) {
      throw PilotInvalid.field("evaluation.gainsRealised", "Field 'evaluation.gainsRealised' must be \"yes\", \"partly\", \"no\" or \"too_early\".");
    }
    gainsComment = Check.text("evaluation.gainsComment", gainsComment, Check.MAX_TEXT);
    newGains = Check.text("evaluation.newGains", newGains, Check.MAX_TEXT);
    lessons = Check.text("evaluation.lessons", lessons, Check.MAX_TEXT);
    by = Check.text("evaluation.by", by, Check.MAX_SHORT);
    if (people.isEmpty() && organisation.isEmpty() && technology.isEmpty()) {
      throw PilotInvalid.field("evaluation.people", "Answer at least one of 'evaluation.people', 'evaluation.organisation' and 'evaluation.technology'.");
    }
  }
}
