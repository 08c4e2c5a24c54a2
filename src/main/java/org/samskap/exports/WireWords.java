package org.samskap.exports;

import java.util.Map;

/**
 * Wire values (statuses, gain kinds, groups, routes, verdicts, lane kinds, touchpoints) as words
 * of an export's language (docs/EXPORT.md X21), the same words the web pages use. A value not in
 * the table is returned as it is (a lane or field the user named).
 */
public final class WireWords {
  private static final Map<String, String[]> WORDS = Map.ofEntries(
      // pilot status
      Map.entry("candidate", new String[] {"pilotkandidat", "pilotkandidat", "pilot candidate"}),
      Map.entry("planned", new String[] {"planlagt", "planlagd", "planned"}),
      Map.entry("running", new String[] {"i gang", "i gang", "running"}),
      Map.entry("evaluating", new String[] {"evalueres", "blir evaluert", "evaluating"}),
      Map.entry("decided", new String[] {"besluttet", "avgjort", "decided"}),
      // gain kinds
      Map.entry("cost", new String[] {"kostnadsbesparelse", "kostnadsinnsparing", "cost saving"}),
      Map.entry("time", new String[] {"spart tid", "spart tid", "time saved"}),
      Map.entry("quality", new String[] {"økt kvalitet", "auka kvalitet", "better quality"}),
      // measurement groups
      Map.entry("all", new String[] {"hele piloten", "heile piloten", "whole pilot"}),
      Map.entry("test", new String[] {"testgruppe", "testgruppe", "test group"}),
      Map.entry("control", new String[] {"kontrollgruppe", "kontrollgruppe", "control group"}),
      // routes
      Map.entry("operations", new String[] {"videre til drift", "vidare til drift", "on to operations"}),
      Map.entry("another_round", new String[] {"en runde til", "ein runde til", "another round"}),
      Map.entry("halt", new String[] {"stopp", "stopp", "halt"}),
      // matrix verdicts
      Map.entry("accepted", new String[] {"akseptert", "akseptert", "accepted"}),
      Map.entry("parked", new String[] {"parkert", "parkert", "parked"}),
      Map.entry("rejected", new String[] {"avvist", "avvist", "rejected"}),
      // journey lane kinds
      Map.entry("actions", new String[] {"Brukerens handlinger", "Handlingane til brukaren", "User actions"}),
      Map.entry("touchpoints", new String[] {"Kontaktpunkter", "Kontaktpunkt", "Touchpoints"}),
      Map.entry("actors", new String[] {"Aktører", "Aktørar", "Actors"}),
      Map.entry("processes", new String[] {"Arbeidsprosesser", "Arbeidsprosessar", "Work processes"}),
      Map.entry("technology", new String[] {"Teknologi og fagsystemer", "Teknologi og fagsystem", "Technology and professional systems"}),
      Map.entry("pains", new String[] {"Smertepunkter", "Smertepunkt", "Pain points"}),
      Map.entry("gains", new String[] {"Gevinster og muligheter", "Gevinstar og moglegheiter", "Gains and opportunities"}),
      Map.entry("emotion", new String[] {"Følelseskurve", "Kjenslekurve", "Emotion curve"}),
      Map.entry("custom", new String[] {"Egen rad", "Eiga rad", "Custom lane"}),
      // gains realised (evaluation)
      Map.entry("yes", new String[] {"ja", "ja", "yes"}),
      Map.entry("partly", new String[] {"delvis", "delvis", "partly"}),
      Map.entry("no", new String[] {"nei", "nei", "no"}),
      Map.entry("too_early", new String[] {"for tidlig å si", "for tidleg å seie", "too early to tell"}),
      // journey versions
      Map.entry("current", new String[] {"nåværende", "noverande", "current"}),
      Map.entry("future", new String[] {"fremtidig", "framtidig", "future"}),
      // touchpoints
      Map.entry("digital", new String[] {"digitalt", "digitalt", "digital"}),
      Map.entry("physical", new String[] {"fysisk", "fysisk", "physical"}),
      Map.entry("interpersonal", new String[] {"mellommenneskelig", "mellommenneskeleg", "interpersonal"}));

  private WireWords() {}

  /** The word for a wire value in this language, or the value itself when it has none. */
  public static String of(String wire, ExportLang l) {
    if (wire == null) return null;
    String[] w = WORDS.get(wire);
    if (w != null) return l.pick(w[0], w[1], w[2]);
    return org.samskap.domain.matrix.Quadrant.fromWire(wire)
        .map(q -> l.pick(q.defaultNames().nb(), q.defaultNames().nn(), q.defaultNames().en())).orElse(wire);
  }

  /** The columns of a board table whose values are wire values a reader should see in words (X21). */
  public static final java.util.Set<String> VALUE_COLUMNS = java.util.Set.of("status", "decision", "field", "quadrant", "laneKind", "lane",
      "touchpoint", "journey");

  /** True for a value this table translates (for tests that look for untranslated values). */
  public static boolean known(String wire) {
    return WORDS.containsKey(wire);
  }
}
