package org.samskap.protocol.pilots;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samskap.domain.pilots.Economics;
import org.samskap.domain.pilots.Evaluation;
import org.samskap.domain.pilots.Gain;
import org.samskap.domain.pilots.GainKind;
import org.samskap.domain.pilots.ImplementationCost;
import org.samskap.domain.pilots.Pilot;
import org.samskap.domain.pilots.PilotDecision;
import org.samskap.domain.pilots.PilotInvalid;
import org.samskap.domain.pilots.PilotPlan;
import org.samskap.domain.pilots.PilotStatus;
import org.samskap.domain.pilots.Provenance;
import org.samskap.domain.pilots.Round;
import org.samskap.domain.pilots.Route;
import org.samskap.domain.pilots.Smarte;

/**
 * A pilot as plain maps: the same shape is the JSON of the REST API (docs/API.md) and the
 * document in MongoDB. Dates are ISO strings ({@code 2025-03-31}), times epoch milliseconds.
 * The readers double as request parsers: every value is validated by its record.
 */
public final class PilotCodec {
  private PilotCodec() {}

  public static Map<String, Object> pilot(Pilot p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("title", p.title());
    m.put("status", p.status().wire());
    m.put("round", p.round());
    m.put("provenance", provenance(p.provenance()));
    m.put("plan", plan(p.plan()));
    m.put("economics", economics(p.economics()));
    m.put("gains", p.gains().stream().map(PilotCodec::gain).toList());
    m.put("costs", p.costs().stream().map(PilotCodec::cost).toList());
    m.put("evaluation", p.evaluation() == null ? null : evaluation(p.evaluation()));
    m.put("decision", p.decision() == null ? null : decision(p.decision()));
    m.put("rounds", p.rounds().stream().map(PilotCodec::round).toList());
    m.put("createdAt", p.createdAt());
    m.put("updatedAt", p.updatedAt());
    return m;
  }

  public static Pilot pilot(Map<String, Object> m) {
    In in = new In(m, "");
    List<Gain> gains = new ArrayList<>();
    for (Object o : in.list("gains")) gains.add(gain(sub(o, "gains[]"), null));
    List<ImplementationCost> costs = new ArrayList<>();
    for (Object o : in.list("costs")) costs.add(cost(sub(o, "costs[]"), null));
    List<Round> rounds = new ArrayList<>();
    for (Object o : in.list("rounds")) rounds.add(round(sub(o, "rounds[]")));
    return new Pilot(in.requiredString("id"), in.requiredString("title"),
        PilotStatus.fromWire(in.requiredString("status")).orElseThrow(), in.whole("round", 1),
        provenance(in.object("provenance")), plan(in.object("plan")), economics(in.object("economics")), gains, costs,
        in.has("evaluation") ? evaluation(in.object("evaluation")) : null,
        in.has("decision") ? decision(in.object("decision")) : null, rounds,
        in.wholeLong("createdAt"), in.wholeLong("updatedAt"));
  }

  @SuppressWarnings("unchecked")
  static In sub(Object o, String path) {
    if (!(o instanceof Map<?, ?> m)) throw PilotInvalid.field(path, "Field '" + path + "' must be an object.");
    return new In((Map<String, Object>) m, path);
  }

  public static Map<String, Object> provenance(Provenance p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("matrixBoardId", p.matrixBoardId());
    m.put("itemId", p.itemId());
    m.put("text", p.text());
    m.put("source", p.source());
    m.put("aggregate", p.aggregate());
    m.put("decision", p.decision());
    m.put("journeySteps", p.journeySteps());
    m.put("copiedAt", p.copiedAt());
    return m;
  }

  static Provenance provenance(In in) {
    List<String> steps = new ArrayList<>();
    for (Object o : in.list("journeySteps")) steps.add(String.valueOf(o));
    return new Provenance(in.requiredString("matrixBoardId"), in.requiredString("itemId"), in.requiredString("text"),
        in.map("source"), in.map("aggregate"), in.map("decision"), steps, in.wholeLong("copiedAt"));
  }

  public static Map<String, Object> plan(PilotPlan p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("goals", p.goals());
    m.put("touchpoints", p.touchpoints());
    m.put("processes", p.processes());
    m.put("installations", p.installations());
    m.put("start", iso(p.start()));
    m.put("end", iso(p.end()));
    m.put("participants", p.participants());
    m.put("recruitment", p.recruitment());
    m.put("information", p.information());
    m.put("training", p.training());
    m.put("errorHandling", p.errorHandling());
    m.put("measurement", p.measurement());
    m.put("observation", p.observation());
    m.put("documentation", p.documentation());
    m.put("responsible", p.responsible());
    return m;
  }

  public static PilotPlan plan(In in) {
    return new PilotPlan(in.string("goals"), in.string("touchpoints"), in.string("processes"), in.whole("installations", 0),
        in.date("start"), in.date("end"), in.string("participants"), in.string("recruitment"), in.string("information"),
        in.string("training"), in.string("errorHandling"), in.string("measurement"), in.string("observation"),
        in.string("documentation"), in.string("responsible"));
  }

  public static Map<String, Object> economics(Economics e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("hourlyCost", e.hourlyCost());
    m.put("horizonYears", e.horizonYears());
    m.put("discountRate", e.discountRate());
    return m;
  }

  /** Absent horizon and rate take their defaults (5 years, 4 %). */
  public static Economics economics(In in) {
    Double hourly = in.optionalNumber("hourlyCost");
    Double rate = in.optionalNumber("discountRate");
    return new Economics(hourly == null ? 0 : hourly, in.whole("horizonYears", Economics.DEFAULT_HORIZON_YEARS),
        rate == null ? Economics.DEFAULT_DISCOUNT_RATE : rate);
  }

  public static Map<String, Object> gain(Gain g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", g.id());
    m.put("kind", g.kind().wire());
    m.put("description", g.description());
    m.put("indicator", g.indicator());
    m.put("unit", g.unit());
    m.put("baseline", g.baseline());
    m.put("baselineDate", iso(g.baselineDate()));
    m.put("target", g.target());
    m.put("targetDate", iso(g.targetDate()));
    m.put("owner", g.owner());
    m.put("method", g.method());
    m.put("frequency", g.frequency());
    Smarte s = g.smarte();
    Map<String, Object> sm = new LinkedHashMap<>();
    sm.put("specific", s.specific());
    sm.put("measurable", s.measurable());
    sm.put("accepted", s.accepted());
    sm.put("realistic", s.realistic());
    sm.put("timeBound", s.timeBound());
    sm.put("evaluable", s.evaluable());
    m.put("smarte", sm);
    m.put("expectedPerYear", g.expectedPerYear());
    m.put("qualityScore", g.qualityScore());
    return m;
  }

  /** {@code id} null: read it from the map (storage); otherwise the server's new or path id. */
  public static Gain gain(In in, String id) {
    GainKind kind = GainKind.parse(in.path("kind"), in.has("kind") ? in.requiredString("kind") : "");
    In s = in.has("smarte") ? in.object("smarte") : new In(Map.of(), in.path("smarte"));
    Smarte smarte = new Smarte(s.bool("specific"), s.bool("measurable"), s.bool("accepted"), s.bool("realistic"),
        s.bool("timeBound"), s.bool("evaluable"));
    LocalDate baselineDate = required(in, "baselineDate");
    LocalDate targetDate = required(in, "targetDate");
    return new Gain(id != null ? id : in.requiredString("id"), kind, in.string("description"), in.string("indicator"),
        in.string("unit"), in.number("baseline"), baselineDate, in.number("target"), targetDate, in.string("owner"),
        in.string("method"), in.string("frequency"), smarte, in.optionalNumber("expectedPerYear"),
        in.optionalWhole("qualityScore"));
  }

  private static LocalDate required(In in, String name) {
    LocalDate d = in.date(name);
    if (d == null) throw PilotInvalid.field(in.path(name), "Field '" + in.path(name) + "' must be a date like 2025-03-31.");
    return d;
  }

  public static Map<String, Object> cost(ImplementationCost c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("description", c.description());
    m.put("oneOff", c.oneOff());
    m.put("yearly", c.yearly());
    return m;
  }

  public static ImplementationCost cost(In in, String id) {
    Double oneOff = in.optionalNumber("oneOff");
    Double yearly = in.optionalNumber("yearly");
    return new ImplementationCost(id != null ? id : in.requiredString("id"), in.string("description"),
        oneOff == null ? 0 : oneOff, yearly == null ? 0 : yearly);
  }

  public static Map<String, Object> evaluation(Evaluation e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("people", e.people());
    m.put("organisation", e.organisation());
    m.put("technology", e.technology());
    m.put("gainsRealised", e.gainsRealised().wire());
    m.put("gainsComment", e.gainsComment());
    m.put("newGains", e.newGains());
    m.put("lessons", e.lessons());
    m.put("by", e.by());
    m.put("at", e.at());
    m.put("round", e.round());
    return m;
  }

  /** {@code at} and {@code round} given: a request (server clock, current round); null: read from storage. */
  public static Evaluation evaluation(In in, Long at, Integer round) {
    String realised = in.string("gainsRealised");
    return new Evaluation(in.string("people"), in.string("organisation"), in.string("technology"),
        Evaluation.Realised.fromWire(realised).orElse(null), in.string("gainsComment"), in.string("newGains"),
        in.string("lessons"), in.string("by"), at != null ? at : in.wholeLong("at"), round != null ? round : in.whole("round", 1));
  }

  static Evaluation evaluation(In in) {
    return evaluation(in, null, null);
  }

  public static Map<String, Object> decision(PilotDecision d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("route", d.route().wire());
    m.put("rationale", d.rationale());
    m.put("decidedBy", d.decidedBy());
    m.put("at", d.at());
    m.put("round", d.round());
    return m;
  }

  public static PilotDecision decision(In in, Long at, Integer round) {
    Route route = Route.fromWire(in.string("route")).orElse(null);
    return new PilotDecision(route, in.string("rationale"), in.string("decidedBy"), at != null ? at : in.wholeLong("at"),
        round != null ? round : in.whole("round", 1));
  }

  static PilotDecision decision(In in) {
    return decision(in, null, null);
  }

  static Map<String, Object> round(Round r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("number", r.number());
    m.put("plan", plan(r.plan()));
    m.put("gains", r.gains().stream().map(PilotCodec::gain).toList());
    m.put("evaluation", r.evaluation() == null ? null : evaluation(r.evaluation()));
    m.put("decision", r.decision() == null ? null : decision(r.decision()));
    return m;
  }

  static Round round(In in) {
    List<Gain> gains = new ArrayList<>();
    for (Object o : in.list("gains")) gains.add(gain(sub(o, "gains[]"), null));
    return new Round(in.whole("number", 1), plan(in.object("plan")), gains,
        in.has("evaluation") ? evaluation(in.object("evaluation")) : null,
        in.has("decision") ? decision(in.object("decision")) : null);
  }

  static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
