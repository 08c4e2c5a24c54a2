package org.samskap.boards;

import org.samskap.kinds.KindRegistry;
import org.samskap.exports.KindExports;
import org.samskap.exports.CsvDialect;
import org.samskap.exports.CsvCells;
import org.samskap.exports.BoardSnapshot;

/**
 * One table per board kind (docs/EXPORT.md [X9], [X18], [X19]), made by the kind
 * ({@link KindExports#table}): as CSV here, as a workbook in {@link BoardXlsx}.
 */
public final class BoardCsv {
  private BoardCsv() {}

  public static byte[] bytes(BoardSnapshot s) {
    return bytes(s, CsvDialect.COMMA);
  }

  public static byte[] bytes(BoardSnapshot s, CsvDialect dialect) {
    return table(s).bytes(dialect);
  }

  /** The kind's export renderers, from the kind registry. */
  public static KindExports exports(BoardSnapshot s) {
    return KindRegistry.module(s.kind()).orElseThrow(() -> new IllegalArgumentException("no table for kind " + s.kind())).exports();
  }

  static CsvCells.Table table(BoardSnapshot s) {
    return exports(s).table(s);
  }
}
