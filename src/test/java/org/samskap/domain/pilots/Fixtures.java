package org.samskap.domain.pilots;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Small builders shared by the pilot domain tests. */
final class Fixtures {
  static final LocalDate JAN = LocalDate.of(2025, 1, 1);
  static final LocalDate DEC = LocalDate.of(2025, 12, 31);

  private Fixtures() {}

  static Gain time(String id, double hoursPerYear) {
    return new Gain(id, GainKind.TIME, "Færre kjøreturer", "Timer brukt på kjøring", "timer", 100, JAN, 60, DEC,
        "Kari", "Timeliste", "månedlig", Smarte.NONE, hoursPerYear, null);
  }

  static Gain cost(String id, double kronerPerYear) {
    return new Gain(id, GainKind.COST, "", "Innkjøp", "kr", 10, JAN, 5, DEC, "", "", "", Smarte.NONE, kronerPerYear, null);
  }

  static Gain quality(String id, Integer score) {
    return new Gain(id, GainKind.QUALITY, "", "Opplevd trygghet", "1-5", 3, JAN, 4, DEC, "", "", "", Smarte.NONE, null, score);
  }

  static Pilot candidate() {
    Provenance p = new Provenance("matrixBoard01", "item1", "Nattlys i gangen",
        Map.of("boardId", "ideaBoard01", "noteId", "n1", "votes", 7), Map.of("count", 3), Map.of("status", "accepted"),
        List.of("Kveld"), 1000);
    return Pilot.candidate("pilot1", p, 1000);
  }

  static PilotPlan plan(String goals, String responsible) {
    return new PilotPlan(goals, "", "", 3, JAN, DEC, "", "", "", "", "", "", "", "", responsible);
  }

  static Evaluation evaluation() {
    return new Evaluation("Brukerne er fornøyde", "", "", Evaluation.Realised.PARTLY, "", "", "", "Ola", 5000, 1);
  }
}
