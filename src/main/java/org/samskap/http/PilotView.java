package org.samskap.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonObject;

import org.samskap.domain.pilots.Comparison;
import org.samskap.domain.pilots.Gain;
import org.samskap.domain.pilots.Measurement;
import org.samskap.domain.pilots.MoneyView;
import org.samskap.pilots.PilotService;
import org.samskap.pilots.PilotStore;
import org.samskap.protocol.pilots.MeasurementCodec;
import org.samskap.protocol.pilots.PilotCodec;

/** The pilot as the API shows it: the stored pilot, its revision, the money view and each indicator. */
final class PilotView {
  private PilotView() {}

  static JsonObject of(PilotService.Viewed v, String role) {
    return of(v.stored(), role, v.measurements());
  }

  static JsonObject of(PilotStore.Stored s, String role, List<Measurement> measurements) {
    Map<String, Object> m = new LinkedHashMap<>(PilotCodec.pilot(s.pilot()));
    m.put("rev", s.rev());
    m.put("role", role);
    m.put("money", money(s.pilot().money()));
    List<Object> indicators = new ArrayList<>();
    for (Gain g : s.pilot().gains()) {
      List<Measurement> mine = measurements.stream().filter(x -> x.gainId().equals(g.id())).toList();
      Map<String, Object> ind = new LinkedHashMap<>();
      ind.put("gainId", g.id());
      ind.put("measurements", mine.stream().map(x -> MeasurementCodec.measurement(x, g)).toList());
      ind.put("comparison", MeasurementCodec.comparison(Comparison.of(g, mine)));
      indicators.add(ind);
    }
    m.put("indicators", indicators);
    m.put("links", Map.of("currentBoard", "/b/" + s.pilot().provenance().matrixBoardId()));
    return new JsonObject(m);
  }

  static Map<String, Object> money(MoneyView v) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Object> lines = new ArrayList<>();
    for (MoneyView.Line l : v.lines()) {
      Map<String, Object> lm = new LinkedHashMap<>();
      lm.put("gainId", l.gainId());
      lm.put("kind", l.kind().wire());
      lm.put("indicator", l.indicator());
      lm.put("perYear", l.perYear());
      lm.put("yearlyValue", l.yearlyValue());
      lines.add(lm);
    }
    m.put("lines", lines);
    m.put("yearlyBenefit", v.yearlyBenefit());
    m.put("yearlyCosts", v.yearlyCosts());
    m.put("oneOffCosts", v.oneOffCosts());
    m.put("yearlyNet", v.yearlyNet());
    m.put("paybackYears", v.paybackYears());
    m.put("npv", v.npv());
    m.put("horizonYears", v.horizonYears());
    m.put("discountRate", v.discountRate());
    List<Object> unpriced = new ArrayList<>();
    for (MoneyView.Unpriced u : v.unpriced()) {
      Map<String, Object> um = new LinkedHashMap<>();
      um.put("gainId", u.gainId());
      um.put("indicator", u.indicator());
      um.put("score", u.score());
      unpriced.add(um);
    }
    m.put("unpriced", unpriced);
    return m;
  }
}
