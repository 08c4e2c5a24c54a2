package org.samskap.kinds.matrix;

import java.util.Map;
import java.util.function.LongSupplier;

import org.samskap.domain.matrix.MatrixBoard;
import org.samskap.domain.matrix.MatrixRules;
import org.samskap.domain.OpCatalog;
import org.samskap.domain.matrix.MatrixOps;
import org.samskap.kinds.BoardKind;
import org.samskap.kinds.BoardModel;
import org.samskap.protocol.MatrixContentCodec;

/** Board kind {@code matrix}: the prioritisation matrix. The clock stamps decisions (injected for tests). */
public final class MatrixKind implements BoardKind {
  public static final String NAME = "matrix";
  private final MatrixRules rules;
  private final LongSupplier clock;

  public MatrixKind(MatrixRules rules, LongSupplier clock) {
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public BoardModel create(String title) {
    return new MatrixModel(new MatrixBoard(title), rules, clock);
  }

  @Override
  public BoardModel restore(String title, Map<String, Object> content) {
    return new MatrixModel(MatrixContentCodec.decode(title, content), rules, clock);
  }

  @Override
  public Map<String, Integer> limits() {
    return Map.of("noteChars", rules.limits().maxTextChars(), "labelChars", rules.limits().maxLabelChars(),
        "reasonChars", rules.limits().maxReasonChars());
  }

  @Override
  public OpCatalog ops() {
    return MatrixOps.CATALOG;
  }
}
