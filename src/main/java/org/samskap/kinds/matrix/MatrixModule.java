package org.samskap.kinds.matrix;

import java.util.function.LongSupplier;

import org.samskap.config.SamskapConfig;
import org.samskap.domain.matrix.MatrixLimits;
import org.samskap.domain.matrix.MatrixRules;
import org.samskap.exports.KindExports;
import org.samskap.kinds.BoardKind;
import org.samskap.kinds.KindModule;
import org.samskap.kinds.KindNames;

/** The prioritisation matrix as the server knows it: its live boards, page ({@code web/matrix.html}) and exports. */
public final class MatrixModule implements KindModule {
  private static final KindNames NAMES = new KindNames("Prioriteringsmatrise", "Prioriteringsmatrise", "Prioritisation matrix");
  private static final MatrixExports EXPORTS = new MatrixExports();

  @Override
  public String name() {
    return MatrixKind.NAME;
  }

  @Override
  public KindNames displayNames() {
    return NAMES;
  }

  @Override
  public BoardKind kind(SamskapConfig config, LongSupplier clock) {
    return new MatrixKind(new MatrixRules(MatrixLimits.withMaxTextChars(config.maxNoteChars()), config.matrixRevealAt()), clock);
  }

  @Override
  public KindExports exports() {
    return EXPORTS;
  }
}
