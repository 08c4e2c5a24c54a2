package org.samskap.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import org.samskap.util.Tokens;
import org.samskap.exports.ExportLang;
import org.samskap.exports.PilotFiles;
import org.samskap.pilots.PilotAccess;
import org.samskap.pilots.PilotCandidates;

/**
 * Pilot exports (docs/EXPORT.md): {@code GET /api/pilots/:id/export.<json|csv|xlsx|pdf>} with any
 * pilot token (editor or viewer: an export only reads), and {@code POST /api/pilots/import},
 * which makes a new pilot with new tokens from a JSON export. Mount before {@link PilotRoutes},
 * whose body handler would otherwise cap the import at 16 KiB.
 */
final class PilotExportRoutes {
  private final PilotCandidates candidates;
  private final PilotAccess access;

  PilotExportRoutes(PilotCandidates candidates, PilotAccess access) {
    this.candidates = candidates;
    this.access = access;
  }

  void mount(Router router) {
    router.post("/api/pilots/import").handler(BodyHandler.create(false).setBodyLimit(ExportRoutes.MAX_IMPORT_BYTES))
        .handler(this::importPilot);
    for (String format : PilotFiles.FORMATS) {
      router.get("/api/pilots/:id/export." + format).handler(rc -> export(rc, format));
    }
  }

  private void export(RoutingContext rc, String format) {
    ExportLang lang = ExportLangParam.read(rc).orElse(null);
    if (lang == null) return;
    PilotAuth.check(rc, access, false).onSuccess(g -> g.ifPresent(granted -> candidates.export(granted.stored(), format, lang)
        .onSuccess(file -> ExportRoutes.sendFile(rc, file))
        .onFailure(e -> Problems.fail(rc, e, "The pilot could not be read; try again."))));
  }

  private void importPilot(RoutingContext rc) {
    byte[] bytes = rc.body().buffer() == null ? new byte[0] : rc.body().buffer().getBytes();
    candidates.fromExport(bytes).onSuccess(c -> Problems.ok(rc, 201, PilotConvertRoute.created(c)))
        .onFailure(e -> Problems.fail(rc, e));
  }
}
