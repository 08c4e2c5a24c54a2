package org.samskap.exports;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.samskap.domain.pilots.Gain;
import org.samskap.domain.pilots.Pilot;
import org.samskap.domain.projects.BoardRef;
import org.samskap.domain.projects.PilotRef;
import org.samskap.domain.projects.Project;
import org.samskap.domain.projects.Tick;
import org.samskap.domain.projects.Veivalg;

/**
 * The project report of the archive (PJ14, {@code report.pdf}): slides in the order of the
 * 10-20-30 deck, filled from the project (name, problem and goal, where the project stands in the
 * six phases with each checklist's progress, the decisions with date and who, the boards of each
 * phase, the pilots with status and gains), drawn with {@link PdfPages}, every fixed text in the
 * request's language.
 */
public final class ProjectReport {
  /** The fixed texts of the report, nb, nn, en. */
  enum T {
    H_NAME("Prosjektet", "Prosjektet", "The project"),
    H_GOALS("Problem og mål", "Problem og mål", "Problem and goal"),
    H_PHASES("Fasene og sjekklistene", "Fasane og sjekklistene", "The phases and their checklists"),
    H_DECISIONS("Veivalg", "Vegval", "Decisions"),
    H_BOARDS("Tavler per fase", "Tavler per fase", "Boards per phase"),
    H_PILOTS("Piloter og gevinster", "Pilotar og gevinstar", "Pilots and benefits"),
    UNIT("Kommune/enhet", "Kommune/eining", "Municipality/unit"),
    OWNER("Eier", "Eigar", "Owner"),
    CURRENT("Nåværende fase", "Noverande fase", "Current phase"),
    PROBLEM("Problem", "Problem", "Problem"),
    GOAL("Mål", "Mål", "Goal"),
    DONE("ferdig", "ferdig", "done"),
    NOW("nå", "no", "current"),
    TICKED("avkrysset", "kryssa av", "ticked"),
    OF("av", "av", "of"),
    BY("av", "av", "by"),
    NONE_DECISIONS("Ingen veivalg er registrert.", "Ingen vegval er registrerte.", "No decisions are recorded."),
    NONE_BOARDS("Ingen tavler.", "Ingen tavler.", "No boards."),
    NONE_PILOTS("Ingen piloter.", "Ingen pilotar.", "No pilots."),
    NONE_GAINS("Ingen gevinster er beskrevet.", "Ingen gevinstar er skildra.", "No benefits are described."),
    MISSING("finnes ikke lenger", "finst ikkje lenger", "no longer exists"),
    PHASE("Fase", "Fase", "Phase"),
    K_NEXT("videre til fase", "vidare til fase", "on to phase"),
    K_ROUND("ny runde i fase", "ny runde i fase", "another round in phase"),
    K_BACK("tilbake til fase", "tilbake til fase", "back to phase"),
    K_HALT("stans, tilbake til fase", "stans, tilbake til fase", "halt, back to phase"),
    B_IDEAS("idétavle", "idétavle", "idea board"),
    B_MATRIX("prioriteringsmatrise", "prioriteringsmatrise", "prioritisation matrix"),
    B_JOURNEY("tjenestereise", "tenestereise", "service journey"),
    B_OTHER("tavle", "tavle", "board"),
    P1("Forankring", "Forankring", "Anchoring"),
    P2("Innsikt", "Innsikt", "Insight"),
    P3("Tjenesteutvikling", "Tenesteutvikling", "Service development"),
    P4("Pilotering", "Pilotering", "Piloting"),
    P5("Overgang til drift", "Overgang til drift", "Transition to operation"),
    P6("Ny praksis", "Ny praksis", "New practice");

    private final String nb;
    private final String nn;
    private final String en;

    T(String nb, String nn, String en) {
      this.nb = nb;
      this.nn = nn;
      this.en = en;
    }

    String in(ExportLang l) {
      return l.pick(nb, nn, en);
    }
  }

  private static final List<T> PHASES = List.of(T.P1, T.P2, T.P3, T.P4, T.P5, T.P6);

  private ProjectReport() {}

  /** A phase's name in a language, "Fase 3 Tjenesteutvikling". */
  static String phase(int n, ExportLang l) {
    return T.PHASE.in(l) + " " + n + " " + PHASES.get(n - 1).in(l);
  }

  /**
   * @param checklistItems the item ids of each phase's checklist (PJ2)
   * @param pilots the stored pilots by id; a pilot the project names but that is not here is shown as gone
   */
  public static byte[] bytes(Project p, Map<Integer, List<String>> checklistItems, Map<String, Pilot> pilots, ExportLang l) {
    try (PdfPages d = new PdfPages(p.title(), true, false)) {
      d.page(T.H_NAME.in(l));
      d.subheading(p.title());
      d.field(T.UNIT.in(l), p.unit());
      d.field(T.OWNER.in(l), p.owner());
      d.field(T.CURRENT.in(l), phase(p.phase(), l));

      d.page(T.H_GOALS.in(l));
      d.field(T.PROBLEM.in(l), Deck102030.orDash(p.problem()));
      d.field(T.GOAL.in(l), Deck102030.orDash(p.goal()));

      d.page(T.H_PHASES.in(l));
      for (int n = Project.FIRST_PHASE; n <= Project.LAST_PHASE; n++) {
        List<String> items = checklistItems.getOrDefault(n, List.of());
        int phaseNo = n;
        long ticked = items.stream().filter(id -> isTicked(p.ticks(), phaseNo, id)).count();
        String state = n < p.phase() ? " (" + T.DONE.in(l) + ")" : n == p.phase() ? " (" + T.NOW.in(l) + ")" : "";
        d.bullet(phase(n, l) + state + ": " + ticked + " " + T.OF.in(l) + " " + items.size() + " " + T.TICKED.in(l));
      }

      d.page(T.H_DECISIONS.in(l));
      if (p.decisions().isEmpty()) d.text(T.NONE_DECISIONS.in(l));
      for (Veivalg v : p.decisions()) {
        d.subheading(PdfPages.WHEN.format(Instant.ofEpochMilli(v.at())) + " – " + kind(v, l) + " " + v.toPhase() + " "
            + PHASES.get(v.toPhase() - 1).in(l) + " (" + T.BY.in(l) + " " + Deck102030.orDash(v.by()) + ")");
        d.text(Deck102030.orDash(v.recommendation()));
      }

      d.page(T.H_BOARDS.in(l));
      if (p.boards().isEmpty()) d.text(T.NONE_BOARDS.in(l));
      for (int n = Project.FIRST_PHASE; n <= Project.LAST_PHASE; n++) {
        int phaseNo = n;
        List<BoardRef> mine = p.boards().stream().filter(b -> b.phase() == phaseNo).toList();
        if (mine.isEmpty()) continue;
        d.subheading(phase(n, l));
        for (BoardRef b : mine) d.bullet(b.title() + " (" + board(b.kind(), l) + ")");
      }

      d.page(T.H_PILOTS.in(l));
      if (p.pilots().isEmpty()) d.text(T.NONE_PILOTS.in(l));
      for (PilotRef ref : p.pilots()) {
        Pilot pilot = pilots.get(ref.pilotId());
        if (pilot == null) {
          d.bullet(ref.title() + ": " + T.MISSING.in(l));
          continue;
        }
        d.subheading(pilot.title() + " – " + WireWords.of(pilot.status().wire(), l));
        if (pilot.gains().isEmpty()) d.bullet(T.NONE_GAINS.in(l));
        for (Gain g : pilot.gains()) {
          d.bullet(g.indicator() + " (" + WireWords.of(g.kind().wire(), l) + "): " + l.num(g.baseline()) + " – " + l.num(g.target()) + " "
              + g.unit());
        }
      }
      return d.bytes();
    }
  }

  private static boolean isTicked(List<Tick> ticks, int phase, String itemId) {
    boolean on = false;
    for (Tick t : ticks) if (t.phase() == phase && t.itemId().equals(itemId)) on = t.ticked();
    return on;
  }

  private static String kind(Veivalg v, ExportLang l) {
    return switch (v.kind()) {
      case NEXT -> T.K_NEXT.in(l);
      case ROUND -> T.K_ROUND.in(l);
      case BACK -> T.K_BACK.in(l);
      case HALT -> T.K_HALT.in(l);
    };
  }

  private static String board(String kind, ExportLang l) {
    return switch (kind) {
      case "ideas" -> T.B_IDEAS.in(l);
      case "matrix" -> T.B_MATRIX.in(l);
      case "journey" -> T.B_JOURNEY.in(l);
      default -> T.B_OTHER.in(l);
    };
  }
}
