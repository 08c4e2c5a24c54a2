package org.samskap.exports;

import org.samskap.kinds.KindRegistry;

/** One CSV table per board kind (docs/EXPORT.md), rendered by the kind ({@link KindExports#csv}). */
public final class BoardCsv {
  private BoardCsv() {}

  public static byte[] bytes(BoardSnapshot s) {
    return KindRegistry.module(s.kind()).orElseThrow(() -> new IllegalArgumentException("no CSV for kind " + s.kind()))
        .exports().csv(s);
  }
}
