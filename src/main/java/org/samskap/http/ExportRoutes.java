package org.samskap.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.access.BoardAccess;
import org.samskap.boards.BoardCreation;

import org.samskap.boards.BoardExport;
import org.samskap.boards.BoardExports;
import org.samskap.exports.ExportFile;
import org.samskap.exports.ExportLang;

/**
 * Board exports and imports (docs/EXPORT.md). {@code GET /api/boards/:id/export.<format>} with
 * the facilitator token: {@link BoardExport#current} reads the board at one consistent version
 * and renders the file off the event loop.
 * {@code POST /api/boards/import} (an export file) and {@code POST /api/boards/import.csv}
 * (notes) create a new board ({@link BoardCreation#importFile}).
 */
final class ExportRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(ExportRoutes.class);
  static final int MAX_IMPORT_BYTES = 8 * 1024 * 1024;

  private final BoardAccess access;
  private final BoardExport exports;
  private final BoardCreation boards;
  private final String publicUrl;

  ExportRoutes(BoardAccess access, BoardExport exports, BoardCreation boards, String publicUrl) {
    this.access = access;
    this.exports = exports;
    this.boards = boards;
    this.publicUrl = publicUrl;
  }

  /** Mount before the routes with a {@code :boardId} path parameter under {@code /api/boards/}. */
  void mount(Router router) {
    for (String format : BoardExports.FORMATS) {
      router.get("/api/boards/:boardId/export." + format).handler(rc -> export(rc, format));
    }
    BodyHandler body = BodyHandler.create(false).setBodyLimit(MAX_IMPORT_BYTES);
    router.post("/api/boards/import").handler(body).handler(rc -> importBoard(rc, false));
    router.post("/api/boards/import.csv").handler(body).handler(rc -> importBoard(rc, true));
  }

  private void export(RoutingContext rc, String format) {
    String boardId = rc.pathParam("boardId");
    ExportLang lang = ExportLangParam.read(rc).orElse(null);
    if (lang == null) return;
    FacilitatorAuth.check(rc, access, boardId).onSuccess(allowed -> {
      if (!allowed) return;
      exports.current(boardId, format, lang, ExportLangParam.csvDialect(rc, lang)).onSuccess(file -> sendFile(rc, file)).onFailure(e -> {
        LOG.warn("board {}: export {} failed: {}", boardId, format, org.samskap.util.LogSafe.describe(e));
        Problems.fail(rc, e, "The board could not be read; try again.");
      });
    });
  }

  static void sendFile(RoutingContext rc, ExportFile file) {
    rc.response().setStatusCode(200)
        .putHeader("Content-Type", file.contentType())
        .putHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .putHeader("Cache-Control", "no-store")
        .end(Buffer.buffer(file.bytes()));
  }

  private void importBoard(RoutingContext rc, boolean csv) {
    byte[] bytes = rc.body().buffer() == null ? new byte[0] : rc.body().buffer().getBytes();
    boards.importFile(bytes, csv, rc.queryParams().get("title"))
        .onSuccess(c -> BoardRoutes.created(rc, publicUrl, c)).onFailure(e -> Problems.fail(rc, e));
  }
}
