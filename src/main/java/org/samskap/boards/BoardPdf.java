package org.samskap.boards;

import java.time.Instant;
import java.util.Optional;

import org.samskap.kinds.KindModule;
import org.samskap.kinds.KindRegistry;

import static org.samskap.exports.BoardPdfText.*;

import org.samskap.util.Plain;
import org.samskap.exports.PdfPages;
import org.samskap.exports.KindExports;
import org.samskap.exports.ExportLang;
import org.samskap.exports.BoardSnapshot;
import org.samskap.exports.BoardPdfText;

/**
 * A board summary for decision documents (docs/EXPORT.md): title, kind, version and time of
 * the export, then what the board's kind writes of its content ({@link KindExports#pdf}).
 * Portrait A4, continued over as many pages as needed.
 */
public final class BoardPdf {
  private BoardPdf() {}

  public static byte[] bytes(BoardSnapshot s) {
    return bytes(s, ExportLang.NB);
  }

  public static byte[] bytes(BoardSnapshot s, ExportLang lang) {
    try (PdfPages d = new PdfPages(s.title(), false, true)) {
      d.page(s.title());
      Optional<KindExports> kind = KindRegistry.module(s.kind()).map(KindModule::exports);
      d.text(kind.map(k -> k.title(lang)).orElse(s.kind()) + ", " + VERSION.in(lang) + " " + s.version() + ", "
          + EXPORTED.in(lang) + " " + PdfPages.WHEN.format(Instant.ofEpochMilli(s.exportedAt())));
      d.gap();
      if (kind.isPresent()) kind.get().pdf(d, s.content(), lang);
      else d.text(UNKNOWN_KIND.in(lang));
      return d.bytes();
    }
  }
}
