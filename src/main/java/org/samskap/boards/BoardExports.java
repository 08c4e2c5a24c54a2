package org.samskap.boards;

import java.util.List;
import org.samskap.exports.JsonExport;
import org.samskap.exports.ExportSchema;
import org.samskap.exports.ExportLang;
import org.samskap.exports.ExportFile;
import org.samskap.exports.CsvDialect;
import org.samskap.exports.BoardSnapshot;

/** Renders a board snapshot in one of the export formats (docs/EXPORT.md). */
public final class BoardExports {
  public static final List<String> FORMATS = List.of("json", "csv", "xlsx", "svg", "pdf");

  private BoardExports() {}

  public static ExportFile render(String format, BoardSnapshot s) {
    return render(format, s, ExportLang.NB);
  }

  /** {@code lang} applies to the human-readable formats (svg, pdf, xlsx); json and csv (here as RFC 4180, [X9]) stay as they are. */
  public static ExportFile render(String format, BoardSnapshot s, ExportLang lang) {
    return render(format, s, lang, CsvDialect.COMMA);
  }

  /** As above, with the CSV written in {@code dialect} (docs/EXPORT.md [X18]). */
  public static ExportFile render(String format, BoardSnapshot s, ExportLang lang, CsvDialect dialect) {
    return switch (format) {
      case "json" -> new ExportFile(ExportFile.name(s.title(), ".samskap.json"), "application/json; charset=utf-8",
          JsonExport.bytes(ExportSchema.board(s.boardId(), s.kind(), s.title(), s.version(), s.exportedAt(), s.content())));
      case "csv" -> new ExportFile(ExportFile.name(s.title(), ".csv"), "text/csv; charset=utf-8", BoardCsv.bytes(s, dialect));
      case "xlsx" -> new ExportFile(ExportFile.name(s.title(), ".xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          BoardXlsx.bytes(s, lang));
      case "svg" -> new ExportFile(ExportFile.name(s.title(), ".svg"), "image/svg+xml; charset=utf-8", BoardSvg.bytes(s, lang));
      case "pdf" -> new ExportFile(ExportFile.name(s.title(), ".pdf"), "application/pdf", BoardPdf.bytes(s, lang));
      default -> throw new IllegalArgumentException("no export format " + format);
    };
  }
}
