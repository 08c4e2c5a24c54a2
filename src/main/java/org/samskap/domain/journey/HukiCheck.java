package org.samskap.domain.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The HUKI rule: each work-process step has exactly one Hovedansvarlig (H). A step that
 * breaks it gets a warning; the op that caused it is still accepted (the matrix is often
 * filled in over several edits).
 */
public final class HukiCheck {
  private HukiCheck() {}

  /** What is wrong with a step's HUKI row. */
  public enum Warning {
    NO_H("huki_no_h"),
    MANY_H("huki_many_h");

    private final String wire;

    Warning(String wire) {
      this.wire = wire;
    }

    public String wire() {
      return wire;
    }

    public static java.util.Optional<Warning> fromWire(String s) {
      for (Warning w : values()) if (w.wire.equals(s)) return java.util.Optional.of(w);
      return java.util.Optional.empty();
    }
  }

  /** One step's warning, with the number of H cells it has. */
  public record StepWarning(JourneyVersion version, String cardId, Warning warning, int hCount) {}

  /** Null when the row has exactly one H; otherwise what is wrong. */
  public static Warning check(Map<String, Huki> row) {
    int h = countH(row);
    if (h == 1) return null;
    return h == 0 ? Warning.NO_H : Warning.MANY_H;
  }

  public static int countH(Map<String, Huki> row) {
    int h = 0;
    for (Huki v : row.values()) if (v == Huki.H) h++;
    return h;
  }

  /** The warnings of every work-process step of one version, in card order. */
  public static List<StepWarning> warnings(JourneyVersion version, Journey journey) {
    List<StepWarning> out = new ArrayList<>();
    for (Card c : journey.cards()) {
      if (!journey.isProcessStep(c)) continue;
      Map<String, Huki> row = journey.huki(c.id());
      Warning w = check(row);
      if (w != null) out.add(new StepWarning(version, c.id(), w, countH(row)));
    }
    return out;
  }

  /** The warnings of both versions of a board, current first. */
  public static List<StepWarning> warnings(JourneyBoard board) {
    List<StepWarning> out = new ArrayList<>();
    for (JourneyVersion v : JourneyVersion.values()) out.addAll(warnings(v, board.journey(v)));
    return out;
  }
}
