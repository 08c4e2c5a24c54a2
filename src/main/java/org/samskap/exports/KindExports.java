package org.samskap.exports;

import java.util.Map;

/**
 * What a board kind renders of its snapshot (docs/EXPORT.md): a CSV table, an SVG picture and
 * its part of the board summary PDF, and what it checks of an imported file beyond what its
 * restore code does. JSON is the same for every kind ({@code boards.BoardExports}). Each kind's
 * renderers live in its own folder ({@code kinds/<kind>/}); {@code boards.BoardCsv}, {@code boards.BoardSvg}
 * and {@code boards.BoardPdf} find them through the kind registry.
 */
public interface KindExports {

  /** The kind's name for people, e.g. "Idétavle", in the summary PDF. */
  String title(ExportLang lang);

  /** The board as one table, a row per note, item or card: the CSV ([X9], [X18]) and the XLSX ([X19]) hold these rows. */
  CsvCells.Table table(BoardSnapshot s);

  /** A column's header in the XLSX, in the export's language ([X19]); the CSV keeps the column keys. */
  String columnLabel(String key, ExportLang lang);

  byte[] svg(BoardSnapshot s, ExportLang lang);

  /** Writes the kind's part of the summary PDF after its heading line. */
  void pdf(PdfPages d, Map<String, Object> content, ExportLang lang);

  /** The most entries an imported content list may hold, by list name (e.g. {@code notes}). */
  default Map<String, Integer> importListLimits() {
    return Map.of();
  }

  /**
   * Refuses an imported item text or label longer than the limits live ops enforce (the
   * kind's restore code does not check them), with an {@link ImportException} naming the field.
   */
  default void checkImportTexts(Map<String, Object> content, int maxTextChars) {}
}
