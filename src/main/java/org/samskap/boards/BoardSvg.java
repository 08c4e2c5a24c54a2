package org.samskap.boards;

import org.samskap.kinds.KindRegistry;
import org.samskap.exports.KindExports;
import org.samskap.exports.ExportLang;
import org.samskap.exports.BoardSnapshot;

/** An SVG picture of a board (docs/EXPORT.md), drawn by its kind ({@link KindExports#svg}). */
public final class BoardSvg {
  private BoardSvg() {}

  public static byte[] bytes(BoardSnapshot s) {
    return bytes(s, ExportLang.NB);
  }

  public static byte[] bytes(BoardSnapshot s, ExportLang lang) {
    return KindRegistry.module(s.kind()).orElseThrow(() -> new IllegalArgumentException("no SVG for kind " + s.kind()))
        .exports().svg(s, lang);
  }
}
