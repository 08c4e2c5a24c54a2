package org.samskap.exports;

import java.util.List;

import org.samskap.domain.pilots.Gain;
import org.samskap.domain.pilots.Measurement;
import org.samskap.domain.pilots.Pilot;

/**
 * A pilot's gains and measurements as one CSV table: a row per measurement with its gain's
 * plan (owner, baseline, target), and a row for each gain that has no measurement yet.
 */
public final class PilotCsv {
  private PilotCsv() {}

  public static byte[] bytes(Pilot p, List<Measurement> ms) {
    CsvCells.Table t = new CsvCells.Table("gainId", "kind", "indicator", "unit", "owner", "baseline", "baselineDate",
        "target", "targetDate", "expectedPerYear", "date", "value", "group", "expected", "gap", "gapReason", "round");
    for (Gain g : p.gains()) {
      List<Measurement> mine = ms.stream().filter(m -> m.gainId().equals(g.id())).toList();
      if (mine.isEmpty()) {
        t.row(g.id(), g.kind().wire(), g.indicator(), g.unit(), g.owner(), g.baseline(), str(g.baselineDate()), g.target(),
            str(g.targetDate()), g.expectedPerYear(), null, null, null, null, null, null, null);
      }
      for (Measurement m : mine) {
        t.row(g.id(), g.kind().wire(), g.indicator(), g.unit(), g.owner(), g.baseline(), str(g.baselineDate()), g.target(),
            str(g.targetDate()), g.expectedPerYear(), m.date().toString(), m.value(), m.group().wire(),
            g.expectedOn(m.date()), m.gap(g), m.gapReason(), m.round());
      }
    }
    return t.bytes();
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}
