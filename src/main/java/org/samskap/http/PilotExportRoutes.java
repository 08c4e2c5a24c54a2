package org.samskap.http;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.util.Tokens;
import org.samskap.exports.ExportLang;
import org.samskap.exports.ImportException;
import org.samskap.exports.ImportReader;
import org.samskap.exports.PilotExports;
import org.samskap.exports.PilotFiles;
import org.samskap.pilots.PilotAccess;
import org.samskap.pilots.PilotStore;
import org.samskap.util.RandomIds;

/**
 * Pilot exports (docs/EXPORT.md): {@code GET /api/pilots/:id/export.<json|csv|xlsx|pdf>} with any
 * pilot token (editor or viewer: an export only reads), and {@code POST /api/pilots/import},
 * which makes a new pilot with new tokens from a JSON export. Mount before {@link PilotRoutes},
 * whose body handler would otherwise cap the import at 16 KiB.
 */
final class PilotExportRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(PilotExportRoutes.class);

  private final Vertx vertx;
  private final PilotStore store;
  private final PilotAccess access;

  PilotExportRoutes(Vertx vertx, PilotStore store, PilotAccess access) {
    this.vertx = vertx;
    this.store = store;
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
    String token = FacilitatorAuth.bearer(rc);
    if (token == null) {
      Problems.send(rc, 401, "missing_token", "Send a pilot token as 'Authorization: Bearer <token>'.");
      return;
    }
    access.check(rc.pathParam("id"), token).onFailure(e -> unavailable(rc)).onSuccess(granted -> {
      if (granted.isEmpty()) {
        Problems.send(rc, 403, "invalid_token", "The token does not open this pilot.");
        return;
      }
      PilotStore.Stored s = granted.get().stored();
      store.measurements(s.pilot().id(), null, PilotExports.MAX_MEASUREMENTS)
          .compose(ms -> vertx.executeBlocking(() -> PilotFiles.render(format, s.pilot(), s.rev(), System.currentTimeMillis(), ms, lang), false))
          .onSuccess(file -> ExportRoutes.sendFile(rc, file))
          .onFailure(e -> {
            LOG.warn("pilot {}: export {} failed: {}", s.pilot().id(), format, e.toString());
            unavailable(rc);
          });
    });
  }

  private void importPilot(RoutingContext rc) {
    byte[] bytes = rc.body().buffer() == null ? new byte[0] : rc.body().buffer().getBytes();
    String id = RandomIds.of(12);
    vertx.executeBlocking(() -> PilotExports.read(ImportReader.read(new ByteArrayInputStream(bytes)), id, () -> RandomIds.of(12)), false)
        .onFailure(e -> {
          if (e instanceof ImportException ie) {
            JsonObject out = new JsonObject().put("error", "bad_request").put("message", ie.getMessage());
            if (ie.field() != null) out.put("field", ie.field());
            rc.response().setStatusCode(400).putHeader("Content-Type", "application/json; charset=utf-8").end(out.encode());
          } else {
            Problems.send(rc, 400, "bad_request", "The file could not be read.");
          }
        })
        .onSuccess(imported -> {
          String editor = Tokens.newToken();
          String viewer = Tokens.newToken();
          Map<String, String> hashes = new LinkedHashMap<>();
          hashes.put(Tokens.hash(editor), PilotAccess.EDITOR);
          hashes.put(Tokens.hash(viewer), PilotAccess.VIEWER);
          store.createImported(imported.pilot(), hashes, imported.measurements())
              .onFailure(e -> {
                LOG.warn("pilot import not stored: {}", e.toString());
                Problems.send(rc, 503, "unavailable", "The database is unavailable; nothing was imported. Try again.");
              })
              .onSuccess(v -> PilotRoutes.ok(rc, 201, new JsonObject().put("id", id).put("rev", 1).put("title", imported.pilot().title())
                  .put("tokens", new JsonObject().put("editor", editor).put("viewer", viewer))
                  .put("links", new JsonObject().put("editor", "/p/" + id + "#t=" + editor).put("viewer", "/p/" + id + "#t=" + viewer))));
        });
  }

  private static void unavailable(RoutingContext rc) {
    Problems.send(rc, 503, "unavailable", "The pilot could not be read; try again.");
  }
}
