package org.samskap.domain.pilots;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A pilot candidate and its life: provenance (copied once), plan, economics, gains, implementation
 * costs, the current round's evaluation, the latest decision and every finished round. Immutable:
 * each change returns the next pilot or throws {@link PilotInvalid} and changes nothing.
 */
public record Pilot(String id, String title, PilotStatus status, int round, Provenance provenance, PilotPlan plan,
    Economics economics, List<Gain> gains, List<ImplementationCost> costs, Evaluation evaluation,
    PilotDecision decision, List<Round> rounds, long createdAt, long updatedAt) {
  public static final int MAX_GAINS = 50;
  public static final int MAX_COSTS = 50;
  public static final int MAX_ROUNDS = 50;

  /** A gain estimate updated by an evaluation: new yearly value (or score for quality). */
  public record GainUpdate(String gainId, Double expectedPerYear, Integer qualityScore) {}

  public Pilot {
    Objects.requireNonNull(id, "id");
    title = Check.required("title", title, Check.MAX_SHORT);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(provenance, "provenance");
    plan = plan == null ? PilotPlan.EMPTY : plan;
    economics = economics == null ? Economics.DEFAULT : economics;
    gains = Check.list(gains);
    costs = Check.list(costs);
    rounds = Check.list(rounds);
    if (round < 1) throw new IllegalArgumentException("round starts at 1, was " + round);
  }

  public static Pilot candidate(String id, Provenance provenance, long now) {
    String title = provenance.text().strip();
    if (title.codePointCount(0, title.length()) > Check.MAX_SHORT) {
      title = title.substring(0, title.offsetByCodePoints(0, Check.MAX_SHORT - 1)) + "…";
    }
    return new Pilot(id, title.isEmpty() ? "Pilot" : title, PilotStatus.CANDIDATE, 1, provenance, PilotPlan.EMPTY,
        Economics.DEFAULT, List.of(), List.of(), null, null, List.of(), now, now);
  }

  public MoneyView money() {
    return MoneyView.of(economics, gains, costs);
  }

  public Gain gain(String gainId) {
    return gains.stream().filter(g -> g.id().equals(gainId)).findFirst()
        .orElseThrow(() -> new PilotInvalid("not_found", "gainId", "There is no gain " + gainId + " in this pilot."));
  }

  public Pilot retitled(String newTitle, long now) {
    open();
    return copy(Check.required("title", newTitle, Check.MAX_SHORT), status, round, plan, economics, gains, costs,
        evaluation, decision, rounds, now);
  }

  public Pilot withPlan(PilotPlan p, long now) {
    open();
    return copy(title, status, round, Objects.requireNonNull(p), economics, gains, costs, evaluation, decision, rounds, now);
  }

  public Pilot withEconomics(Economics e, long now) {
    return copy(title, status, round, plan, Objects.requireNonNull(e), gains, costs, evaluation, decision, rounds, now);
  }

  public Pilot withGain(Gain g, long now) {
    open();
    List<Gain> next = new ArrayList<>(gains);
    int at = indexOf(g.id());
    if (at >= 0) {
      next.set(at, g);
    } else {
      if (gains.size() >= MAX_GAINS) throw new PilotInvalid("too_many", "gain", "A pilot has at most " + MAX_GAINS + " gains.");
      next.add(g);
    }
    return copy(title, status, round, plan, economics, next, costs, evaluation, decision, rounds, now);
  }

  public Pilot withoutGain(String gainId, long now) {
    open();
    gain(gainId);
    return copy(title, status, round, plan, economics, gains.stream().filter(g -> !g.id().equals(gainId)).toList(),
        costs, evaluation, decision, rounds, now);
  }

  public Pilot withCost(ImplementationCost c, long now) {
    if (costs.size() >= MAX_COSTS) throw new PilotInvalid("too_many", "cost", "A pilot has at most " + MAX_COSTS + " costs.");
    List<ImplementationCost> next = new ArrayList<>(costs);
    next.add(c);
    return copy(title, status, round, plan, economics, gains, next, evaluation, decision, rounds, now);
  }

  public Pilot withoutCost(String costId, long now) {
    if (costs.stream().noneMatch(c -> c.id().equals(costId))) {
      throw new PilotInvalid("not_found", "costId", "There is no cost " + costId + " in this pilot.");
    }
    return copy(title, status, round, plan, economics, gains, costs.stream().filter(c -> !c.id().equals(costId)).toList(),
        evaluation, decision, rounds, now);
  }

  /** Moves one step forward (candidate → planned → running → evaluating); {@code decided} only by {@link #decide}. */
  public Pilot advance(PilotStatus to, long now) {
    if (status.next().orElse(null) != to) {
      throw new PilotInvalid("bad_transition", "status", "A pilot that is " + status.wire() + " cannot become "
          + to.wire() + status.next().map(n -> "; next is " + n.wire() + ".").orElse(
              status == PilotStatus.EVALUATING ? "; record a decision instead." : "; it is decided."));
    }
    if (to == PilotStatus.PLANNED && plan.missingForPlanned() != null) {
      String field = plan.missingForPlanned();
      throw new PilotInvalid("bad_transition", field, "The plan needs '" + field + "' before the pilot is planned.");
    }
    return copy(title, to, round, plan, economics, gains, costs, evaluation, decision, rounds, now);
  }

  /** Records the round's evaluation and updates the gain estimates it names. Only while evaluating. */
  public Pilot evaluate(Evaluation e, List<GainUpdate> updates, long now) {
    if (status != PilotStatus.EVALUATING) {
      throw new PilotInvalid("bad_transition", "status", "Evaluate a pilot when it is evaluating; it is " + status.wire() + ".");
    }
    List<Gain> next = new ArrayList<>(gains);
    for (GainUpdate u : updates) {
      Gain g = gain(u.gainId());
      next.set(indexOf(g.id()), g.withEstimate(u.expectedPerYear(), u.qualityScore()));
    }
    return copy(title, status, round, plan, economics, next, costs, e, decision, rounds, now);
  }

  /**
   * Records the decision (veivalg). Operations or halt end the pilot ({@code decided}); another
   * round keeps this round in {@link #rounds} and opens the next one at {@code planned}.
   */
  public Pilot decide(PilotDecision d, long now) {
    if (status != PilotStatus.EVALUATING) {
      throw new PilotInvalid("bad_transition", "status", "Decide when the pilot is evaluating; it is " + status.wire() + ".");
    }
    if (evaluation == null) {
      throw new PilotInvalid("bad_transition", "evaluation", "Record the round's evaluation before the decision.");
    }
    if (d.route() != Route.ANOTHER_ROUND) {
      return copy(title, PilotStatus.DECIDED, round, plan, economics, gains, costs, evaluation, d, rounds, now);
    }
    if (rounds.size() + 1 >= MAX_ROUNDS) throw new PilotInvalid("too_many", "route", "A pilot has at most " + MAX_ROUNDS + " rounds.");
    List<Round> done = new ArrayList<>(rounds);
    done.add(new Round(round, plan, gains, evaluation, d));
    return copy(title, PilotStatus.PLANNED, round + 1, plan, economics, gains, costs, null, d, done, now);
  }

  private void open() {
    if (status == PilotStatus.DECIDED) {
      throw new PilotInvalid("bad_transition", "status", "The pilot is decided; its plan and gains are kept as they were.");
    }
  }

  private int indexOf(String gainId) {
    for (int i = 0; i < gains.size(); i++) if (gains.get(i).id().equals(gainId)) return i;
    return -1;
  }

  private Pilot copy(String t, PilotStatus s, int r, PilotPlan p, Economics e, List<Gain> g, List<ImplementationCost> c,
      Evaluation ev, PilotDecision d, List<Round> rs, long now) {
    return new Pilot(id, t, s, r, provenance, p, e, g, c, ev, d, rs, createdAt, now);
  }
}
