package org.samskap.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vertx.ext.web.RoutingContext;

import org.samskap.domain.Reason;
import org.samskap.exports.CsvDialect;
import org.samskap.exports.ExportLang;

/**
 * The optional {@code lang} query parameter of the export routes (docs/EXPORT.md): nb (the
 * default), nn or en. Anything else, or the parameter given twice, is answered 400 bad_request
 * naming the parameter and the allowed values, before anything is read.
 */
final class ExportLangParam {
  private ExportLangParam() {}

  /** The language asked for; empty after a 400 was sent. */
  static Optional<ExportLang> read(RoutingContext rc) {
    List<String> given = rc.queryParam("lang");
    if (given.isEmpty()) return Optional.of(ExportLang.NB);
    Optional<ExportLang> lang = given.size() == 1 ? ExportLang.of(given.get(0)) : Optional.empty();
    if (lang.isEmpty()) {
      Problems.send(rc, Reason.BAD_REQUEST, "Query parameter 'lang' must be one of " + String.join(", ", ExportLang.CODES) + " (once).",
          Map.of("field", "lang"));
    }
    return lang;
  }

  /**
   * The board CSV's dialect (docs/EXPORT.md [X18]): {@code ;} and decimal commas when
   * {@code lang=nb} or {@code nn} was given, RFC 4180 commas for {@code en} or no {@code lang}.
   * Call after {@link #read} answered a language.
   */
  static CsvDialect csvDialect(RoutingContext rc, ExportLang lang) {
    return CsvDialect.of(rc.queryParam("lang").isEmpty() ? null : lang);
  }
}
