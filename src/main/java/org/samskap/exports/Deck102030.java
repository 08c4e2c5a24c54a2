package org.samskap.exports;

import java.util.List;

import org.samskap.domain.pilots.Comparison;
import org.samskap.domain.pilots.Evaluation;
import org.samskap.domain.pilots.Gain;
import org.samskap.domain.pilots.Measurement;
import org.samskap.domain.pilots.MoneyView;
import org.samskap.domain.pilots.Pilot;
import org.samskap.domain.pilots.PilotPlan;
import org.samskap.domain.pilots.Round;

import static org.samskap.exports.PilotText.*;

/**
 * The 10-20-30 report of a pilot (KS roadmap, step 11 "Rapporter resultater"): ten 16:9 slides
 * in the method's order, filled from the pilot, with the matrix (slide 3), the journey (slide 4)
 * and the gain charts (slide 7) drawn ({@link DeckPictures}, docs/EXPORT.md [X21]). A slide whose
 * text does not fit even in small type is cut with an ellipsis, so the deck always has ten slides.
 */
public final class Deck102030 {
  /** The ten headings, foil 1-10, in the method's order. */
  static final List<PilotText> PAGES = List.of(H_NAME, H_GOALS, H_SOLUTION, H_JOURNEY, H_STATUS, H_GAIN_PLAN, H_FOLLOW_UP,
      H_FURTHER, H_MANAGEMENT, H_LESSONS);

  /** The ten headings in Bokmål, in the seed's order (foil 1-10). */
  public static final List<String> HEADINGS = headings(ExportLang.NB);

  private Deck102030() {}

  /** The ten headings in a language. */
  public static List<String> headings(ExportLang lang) {
    return PAGES.stream().map(t -> t.in(lang)).toList();
  }

  public static byte[] bytes(Pilot p, List<Measurement> ms) {
    return bytes(p, ms, ExportLang.NB);
  }

  public static byte[] bytes(Pilot p, List<Measurement> ms, ExportLang l) {
    PilotPlan plan = p.plan();
    Evaluation ev = p.evaluation();
    MoneyView money = p.money();
    String kr = " (" + KR.in(l) + ")";
    try (PdfPages d = new PdfPages(p.title() + " – 10-20-30", true, false)) {
      d.page(H_NAME.in(l));
      d.subheading(p.title());
      d.field(ORIGINAL_IDEA.in(l), p.provenance().text());
      d.field(VOTES.in(l), Evidence.votes(p.provenance().source())); // rule PL1a
      for (String line : Evidence.lines(p.provenance().source(), l)) d.bullet(line);
      d.field(RESPONSIBLE.in(l), plan.responsible());
      d.field(STATUS.in(l), WireWords.of(p.status().wire(), l) + ", " + ROUND_LOWER.in(l) + " " + p.round());

      d.page(H_GOALS.in(l));
      d.text(orDash(plan.goals()));

      d.page(H_SOLUTION.in(l));
      d.text(p.provenance().text());
      d.field(TOUCHPOINTS.in(l), plan.touchpoints());
      d.field(PROCESSES.in(l), plan.processes());
      d.field(INSTALLATIONS.in(l), plan.installations() > 0 ? plan.installations() : null);
      if (p.decision() != null) d.field(ROUTE.in(l), WireWords.of(p.decision().route().wire(), l) + ": " + p.decision().rationale());
      d.picture(PdfPages.Side.RIGHT, DeckPictures.matrix(p.provenance().text(), p.provenance().aggregate(), l));

      d.page(H_JOURNEY.in(l));
      List<String> steps = p.provenance().journeySteps();
      if (steps.isEmpty()) d.text(NO_JOURNEY.in(l));
      else d.picture(PdfPages.Side.BOTTOM, DeckPictures.journey(steps));
      d.field(TOUCHPOINTS.in(l), plan.touchpoints());

      d.page(H_STATUS.in(l));
      d.field(STATUS.in(l), WireWords.of(p.status().wire(), l));
      d.field(ROUND.in(l), p.round());
      d.field(PERIOD.in(l), (plan.start() == null ? "?" : plan.start()) + " – " + (plan.end() == null ? "?" : plan.end()));
      d.field(PARTICIPANTS.in(l), plan.participants());
      d.field(TRAINING.in(l), plan.training());
      d.field(ERROR_HANDLING.in(l), plan.errorHandling());
      d.field(INFORMATION.in(l), plan.information());

      d.page(H_GAIN_PLAN.in(l));
      if (p.gains().isEmpty()) d.text(NO_GAINS.in(l));
      for (Gain g : p.gains()) {
        d.bullet(g.indicator() + " (" + WireWords.of(g.kind().wire(), l) + "): " + FROM.in(l) + " " + l.num(g.baseline()) + " " + TO.in(l) + " "
            + l.num(g.target()) + " " + g.unit()
            + " " + BY.in(l) + " " + g.targetDate() + "; " + GAIN_OWNER.in(l) + " " + orDash(g.owner()));
      }
      d.gap();
      d.field(BENEFIT_PER_YEAR.in(l) + kr, l.num(money.yearlyBenefit()));
      d.field(COSTS_PER_YEAR.in(l) + kr, l.num(money.yearlyCosts()));
      d.field(ONE_OFF_COSTS.in(l) + kr, l.num(money.oneOffCosts()));
      d.field(NPV.in(l) + kr, l.num(money.npv()));
      d.field(PAYBACK.in(l), money.paybackYears() == null ? NEVER.in(l) : l.num(money.paybackYears()));

      d.page(H_FOLLOW_UP.in(l));
      for (Gain g : p.gains()) {
        List<Measurement> mine = ms.stream().filter(m -> m.gainId().equals(g.id())).toList();
        d.subheading(g.indicator());
        d.field("S.M.A.R.T.E.", GainPlanXlsx.smarte(g.smarte()));
        d.field(MEASURED_HOW.in(l), g.method());
        d.field(HOW_OFTEN.in(l), g.frequency());
        if (!mine.isEmpty()) {
          Measurement last = mine.get(mine.size() - 1);
          d.field(LAST_MEASUREMENT.in(l), last.date() + ": " + l.num(last.value()) + " (" + EXPECTED_LOWER.in(l) + " "
              + l.num(g.expectedOn(last.date())) + ")");
          Comparison c = Comparison.of(g, mine);
          d.field(TEST_VS_CONTROL.in(l), l.pick(c.nb(), c.nn(), c.en()));
        }
      }
      if (!p.gains().isEmpty()) d.picture(PdfPages.Side.RIGHT, DeckPictures.gains(p.gains(), ms, l));

      d.page(H_FURTHER.in(l));
      for (MoneyView.Line line : money.lines()) d.bullet(line.indicator() + ": " + l.num(line.yearlyValue()) + " " + KR_PER_YEAR.in(l));
      if (ev != null) {
        d.field(REALISED.in(l), ev.gainsRealised() == null ? null : WireWords.of(ev.gainsRealised().wire(), l));
        d.field(COMMENT.in(l), ev.gainsComment());
        d.field(NEW_GAINS.in(l), ev.newGains());
      }

      d.page(H_MANAGEMENT.in(l));
      d.field(RESPONSIBLE.in(l), plan.responsible());
      d.field(DOCUMENTATION.in(l), plan.documentation());
      d.field(MEASURING.in(l), plan.measurement());
      d.field(OBSERVATION.in(l), plan.observation());
      if (p.decision() != null) d.field(DECISION.in(l), WireWords.of(p.decision().route().wire(), l) + " (" + p.decision().decidedBy() + ")");

      d.page(H_LESSONS.in(l));
      boolean any = false;
      for (Round r : p.rounds()) {
        if (r.evaluation() != null && !r.evaluation().lessons().isBlank()) {
          d.field(ROUND.in(l) + " " + r.number(), r.evaluation().lessons());
          any = true;
        }
      }
      if (ev != null && !ev.lessons().isBlank()) {
        d.field(ROUND.in(l) + " " + ev.round(), ev.lessons());
        any = true;
      }
      if (!any) d.text(NO_LESSONS.in(l));
      return d.bytes();
    }
  }

  static String orDash(String s) {
    return s == null || s.isBlank() ? "–" : s;
  }
}
