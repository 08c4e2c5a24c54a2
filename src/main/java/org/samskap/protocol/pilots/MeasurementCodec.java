package org.samskap.protocol.pilots;

import java.util.LinkedHashMap;
import java.util.Map;

import org.samskap.domain.pilots.Comparison;
import org.samskap.domain.pilots.Gain;
import org.samskap.domain.pilots.Group;
import org.samskap.domain.pilots.Measurement;
import org.samskap.domain.pilots.PilotInvalid;
import org.samskap.domain.pilots.Summary;
import org.samskap.domain.pilots.Welch;

/** Measurements and the test/control comparison as plain maps (API JSON and storage). */
public final class MeasurementCodec {
  private MeasurementCodec() {}

  /** The API shape; with a gain, also the expected value on the date and the gap. */
  public static Map<String, Object> measurement(Measurement m, Gain gain) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", m.id());
    out.put("gainId", m.gainId());
    out.put("date", m.date().toString());
    out.put("value", m.value());
    out.put("group", m.group().wire());
    out.put("gapReason", m.gapReason());
    out.put("round", m.round());
    out.put("recordedAt", m.recordedAt());
    if (gain != null) {
      out.put("expected", gain.expectedOn(m.date()));
      out.put("gap", m.gap(gain));
    }
    return out;
  }

  /** A new measurement from a request: the server gives id, pilot, round and time. */
  public static Measurement parse(In in, String id, String pilotId, int round, long now) {
    String groupWire = in.has("group") ? in.string("group") : "all";
    Group group = Group.fromWire(groupWire).orElseThrow(() -> PilotInvalid.field(in.path("group"),
        "Field '" + in.path("group") + "' must be \"all\", \"test\" or \"control\"."));
    String gainId = in.requiredString("gainId");
    if (in.date("date") == null) throw PilotInvalid.field(in.path("date"), "Field '" + in.path("date") + "' must be a date like 2025-03-31.");
    return new Measurement(id, pilotId, gainId, in.date("date"), in.number("value"), group, in.string("gapReason"), round, now);
  }

  public static Map<String, Object> comparison(Comparison c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("test", summary(c.test()));
    m.put("control", summary(c.control()));
    Welch.Result w = c.welch();
    if (w == null) {
      m.put("welch", null);
    } else {
      Map<String, Object> wm = new LinkedHashMap<>();
      wm.put("difference", w.difference());
      wm.put("standardError", w.standardError());
      wm.put("t", w.t());
      wm.put("df", w.df());
      wm.put("p", w.p());
      wm.put("ciLow", w.ciLow());
      wm.put("ciHigh", w.ciHigh());
      wm.put("confidence", Welch.CONFIDENCE);
      m.put("welch", wm);
    }
    m.put("reading", c.reading().wire());
    m.put("text", Map.of("nb", c.nb(), "nn", c.nn(), "en", c.en()));
    return m;
  }

  private static Map<String, Object> summary(Summary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", s.n());
    m.put("mean", s.n() == 0 ? null : s.mean());
    m.put("sd", s.n() < 2 ? null : s.sd());
    return m;
  }
}
