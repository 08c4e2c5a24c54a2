package org.samskap.exports;

import java.util.List;

import org.samskap.domain.pilot.Comparison;
import org.samskap.domain.pilot.Evaluation;
import org.samskap.domain.pilot.Gain;
import org.samskap.domain.pilot.Measurement;
import org.samskap.domain.pilot.MoneyView;
import org.samskap.domain.pilot.Pilot;
import org.samskap.domain.pilot.PilotPlan;
import org.samskap.domain.pilot.Round;

/**
 * The 10-20-30 report of a pilot (KS roadmap, step 11 "Rapporter resultater"): ten landscape
 * pages in the method's order, filled from the pilot. A page whose text does not fit is cut
 * with an ellipsis, so the deck always has exactly ten pages.
 */
public final class Deck102030 {
  /** The ten headings, in the seed's order (foil 1-10). */
  public static final List<String> HEADINGS = List.of(
      "Navn på løsningen",
      "Mål",
      "Endelig løsning",
      "Oppdatert tjenestereise",
      "Status på implementeringen",
      "Gevinstplan",
      "Oppfølging av gevinster i drift",
      "Plan for videre gevinstrealisering",
      "Forvaltning av løsningen",
      "Læringspunkter");

  private Deck102030() {}

  public static byte[] bytes(Pilot p, List<Measurement> ms) {
    PilotPlan plan = p.plan();
    Evaluation ev = p.evaluation();
    MoneyView money = p.money();
    try (PdfPages d = new PdfPages(p.title() + " – 10-20-30", true, false)) {
      d.page(HEADINGS.get(0));
      d.subheading(p.title());
      d.field("Opprinnelig idé", p.provenance().text());
      d.field("Ansvarlig", plan.responsible());
      d.field("Status", p.status().wire() + ", runde " + p.round());

      d.page(HEADINGS.get(1));
      d.text(orDash(plan.goals()));

      d.page(HEADINGS.get(2));
      d.text(p.provenance().text());
      d.field("Kontaktpunkter", plan.touchpoints());
      d.field("Arbeidsprosesser", plan.processes());
      d.field("Installasjoner", plan.installations() > 0 ? plan.installations() : null);
      if (p.decision() != null) d.field("Veivalg", p.decision().route().wire() + ": " + p.decision().rationale());

      d.page(HEADINGS.get(3));
      List<String> steps = p.provenance().journeySteps();
      if (steps.isEmpty()) d.text("Ingen trinn fra tjenestereisen er knyttet til piloten.");
      for (int i = 0; i < steps.size(); i++) d.bullet((i + 1) + ". " + steps.get(i));
      d.field("Kontaktpunkter", plan.touchpoints());

      d.page(HEADINGS.get(4));
      d.field("Status", p.status().wire());
      d.field("Runde", p.round());
      d.field("Periode", (plan.start() == null ? "?" : plan.start()) + " – " + (plan.end() == null ? "?" : plan.end()));
      d.field("Deltakere", plan.participants());
      d.field("Opplæring", plan.training());
      d.field("Feilhåndtering", plan.errorHandling());
      d.field("Informasjon", plan.information());

      d.page(HEADINGS.get(5));
      if (p.gains().isEmpty()) d.text("Ingen gevinster er registrert.");
      for (Gain g : p.gains()) {
        d.bullet(g.indicator() + " (" + g.kind().wire() + "): " + num(g.baseline()) + " → " + num(g.target()) + " " + g.unit()
            + " innen " + g.targetDate() + "; gevinstansvarlig " + orDash(g.owner()));
      }
      d.gap();
      d.field("Gevinster per år (kr)", num(money.yearlyBenefit()));
      d.field("Kostnader per år (kr)", num(money.yearlyCosts()));
      d.field("Engangskostnader (kr)", num(money.oneOffCosts()));
      d.field("Nåverdi (kr)", num(money.npv()));
      d.field("Tilbakebetalingstid (år)", money.paybackYears() == null ? "aldri" : num(money.paybackYears()));

      d.page(HEADINGS.get(6));
      for (Gain g : p.gains()) {
        List<Measurement> mine = ms.stream().filter(m -> m.gainId().equals(g.id())).toList();
        d.subheading(g.indicator());
        d.field("S.M.A.R.T.E.", GainPlanXlsx.smarte(g.smarte()));
        d.field("Måles slik", g.method());
        d.field("Hvor ofte", g.frequency());
        if (!mine.isEmpty()) {
          Measurement last = mine.get(mine.size() - 1);
          d.field("Siste måling", last.date() + ": " + num(last.value()) + " (forventet " + num(g.expectedOn(last.date())) + ")");
          d.field("Test mot kontroll", Comparison.of(g, mine).nb());
        }
      }

      d.page(HEADINGS.get(7));
      for (MoneyView.Line l : money.lines()) d.bullet(l.indicator() + ": " + num(l.yearlyValue()) + " kr per år");
      if (ev != null) {
        d.field("Oppnår vi gevinstene", ev.gainsRealised() == null ? null : ev.gainsRealised().wire());
        d.field("Kommentar", ev.gainsComment());
        d.field("Nye gevinster", ev.newGains());
      }

      d.page(HEADINGS.get(8));
      d.field("Ansvarlig", plan.responsible());
      d.field("Dokumentasjon", plan.documentation());
      d.field("Måling", plan.measurement());
      d.field("Observasjon", plan.observation());
      if (p.decision() != null) d.field("Beslutning", p.decision().route().wire() + " (" + p.decision().decidedBy() + ")");

      d.page(HEADINGS.get(9));
      boolean any = false;
      for (Round r : p.rounds()) {
        if (r.evaluation() != null && !r.evaluation().lessons().isBlank()) {
          d.field("Runde " + r.number(), r.evaluation().lessons());
          any = true;
        }
      }
      if (ev != null && !ev.lessons().isBlank()) {
        d.field("Runde " + ev.round(), ev.lessons());
        any = true;
      }
      if (!any) d.text("Ingen læringspunkter er skrevet ennå (evalueringen, feltet «lessons»).");
      return d.bytes();
    }
  }

  static String orDash(String s) {
    return s == null || s.isBlank() ? "–" : s;
  }

  static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(java.util.Locale.ROOT, "%,.0f", v).replace(',', ' ')
        : String.format(java.util.Locale.ROOT, "%,.2f", v).replace(',', ' ');
  }
}
