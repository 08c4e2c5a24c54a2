package org.samskap.exports;

import java.util.List;

import org.samskap.domain.pilots.Measurement;
import org.samskap.domain.pilots.Pilot;

/** Renders a pilot in one of its export formats (docs/EXPORT.md). */
public final class PilotFiles {
  public static final List<String> FORMATS = List.of("json", "csv", "xlsx", "pdf");

  private PilotFiles() {}

  public static ExportFile render(String format, Pilot p, long rev, long now, List<Measurement> ms) {
    return render(format, p, rev, now, ms, ExportLang.NB);
  }

  /** {@code lang} applies to the human-readable formats (xlsx, pdf); json and csv are data and stay as they are. */
  public static ExportFile render(String format, Pilot p, long rev, long now, List<Measurement> ms, ExportLang lang) {
    return switch (format) {
      case "json" -> new ExportFile(ExportFile.name(p.title(), ".samskap.json"), "application/json; charset=utf-8",
          PilotExports.json(p, rev, now, ms));
      case "csv" -> new ExportFile(ExportFile.name(p.title(), "-gevinster.csv"), "text/csv; charset=utf-8", PilotCsv.bytes(p, ms));
      case "xlsx" -> new ExportFile(ExportFile.name(p.title(), "-gevinstplan.xlsx"),
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", GainPlanXlsx.bytes(p, ms, lang));
      case "pdf" -> new ExportFile(ExportFile.name(p.title(), "-10-20-30.pdf"), "application/pdf", Deck102030.bytes(p, ms, lang));
      default -> throw new IllegalArgumentException("no pilot export format " + format);
    };
  }
}
