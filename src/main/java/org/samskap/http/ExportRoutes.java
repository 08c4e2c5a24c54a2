package org.samskap.http;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.access.BoardAccess;
import org.samskap.util.Tokens;
import org.samskap.board.BoardDirectory;
import org.samskap.board.BoardMeta;
import org.samskap.board.BoardStore;
import org.samskap.board.Snapshot;
import org.samskap.domain.Role;
import org.samskap.exports.BoardExports;
import org.samskap.exports.BoardImport;
import org.samskap.exports.BoardSnapshot;
import org.samskap.exports.ExportFile;
import org.samskap.exports.ExportLang;
import org.samskap.exports.ImportException;
import org.samskap.exports.ImportReader;
import org.samskap.exports.NotesCsvImport;
import org.samskap.history.BoardReads;
import org.samskap.kinds.BoardKinds;
import org.samskap.util.RandomIds;

/**
 * Board exports and imports (docs/EXPORT.md). {@code GET /api/boards/:id/export.<format>} with
 * the facilitator token reads the board's durable content from its writer (internal
 * {@code read}, one consistent version) and renders the file off the event loop.
 * {@code POST /api/boards/import} (an export file) and {@code POST /api/boards/import.csv}
 * (notes) create a new board: the content is checked in full first, then written as the new
 * board's snapshot, then its board document; if that last write fails the snapshot is removed,
 * so nothing is ever half imported.
 */
final class ExportRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(ExportRoutes.class);
  static final int MAX_IMPORT_BYTES = 8 * 1024 * 1024;

  private final Vertx vertx;
  private final BoardStore store;
  private final BoardAccess access;
  private final BoardDirectory directory;
  private final BoardKinds kinds;
  private final String publicUrl;
  private final int maxTextChars;

  ExportRoutes(Vertx vertx, BoardStore store, BoardAccess access, BoardDirectory directory, BoardKinds kinds, String publicUrl,
      int maxTextChars) {
    this.maxTextChars = maxTextChars;
    this.vertx = vertx;
    this.store = store;
    this.access = access;
    this.directory = directory;
    this.kinds = kinds;
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
      BoardReads.raw(vertx, directory, boardId)
          .compose(reply -> vertx.executeBlocking(() -> BoardExports.render(format, snapshot(boardId, reply), lang), false))
          .onSuccess(file -> sendFile(rc, file))
          .onFailure(e -> {
            LOG.warn("board {}: export {} failed: {}", boardId, format, e.toString());
            Problems.send(rc, 503, "unavailable", "The board could not be read; try again.");
          });
    });
  }

  static BoardSnapshot snapshot(String boardId, JsonObject reply) {
    BoardReads.Content c = BoardReads.content(boardId, reply);
    return new BoardSnapshot(boardId, c.kind(), c.title(), c.version(), System.currentTimeMillis(), c.content());
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
    String csvTitle = rc.queryParams().get("title");
    vertx.executeBlocking(() -> {
      ImportReader.Parsed parsed = csv ? NotesCsvImport.read(new ByteArrayInputStream(bytes), csvTitle)
          : ImportReader.read(new ByteArrayInputStream(bytes));
      return BoardImport.check(kinds, parsed, maxTextChars);
    }, false).onSuccess(checked -> create(rc, checked)).onFailure(e -> {
      if (e instanceof ImportException ie) {
        JsonObject out = new JsonObject().put("error", "bad_request").put("message", ie.getMessage());
        if (ie.field() != null) out.put("field", ie.field());
        rc.response().setStatusCode(400).putHeader("Content-Type", "application/json; charset=utf-8").end(out.encode());
      } else {
        LOG.warn("import failed: {}", e.toString());
        Problems.send(rc, 400, "bad_request", "The file could not be read.");
      }
    });
  }

  private void create(RoutingContext rc, BoardImport.Checked checked) {
    String id = RandomIds.of(16);
    String facilitator = Tokens.newToken();
    String participant = Tokens.newToken();
    Map<String, Role> hashes = new LinkedHashMap<>();
    hashes.put(Tokens.hash(facilitator), Role.FACILITATOR);
    hashes.put(Tokens.hash(participant), Role.PARTICIPANT);
    BoardMeta meta = new BoardMeta(id, checked.kind(), checked.title(), System.currentTimeMillis(), hashes);
    // The snapshot first: without its board document it is invisible, so a crash between the
    // two writes leaves no half-imported board anyone can open.
    store.saveSnapshot(new Snapshot(id, 0, checked.title(), checked.content(), List.of()))
        .compose(v -> store.createBoard(meta).recover(e -> store.discardSnapshot(id).transform(x -> Future.failedFuture(e))))
        .onSuccess(v -> {
          access.remember(meta);
          String base = BoardRoutes.base(rc, publicUrl);
          JsonObject reply = new JsonObject()
              .put("id", id).put("kind", meta.kind()).put("title", meta.title())
              .put("tokens", new JsonObject().put("facilitator", facilitator).put("participant", participant))
              .put("links", new JsonObject()
                  .put("facilitator", base + "/b/" + id + "#t=" + facilitator)
                  .put("participant", base + "/b/" + id + "#t=" + participant));
          rc.response().setStatusCode(201).putHeader("Content-Type", "application/json; charset=utf-8")
              .putHeader("Cache-Control", "no-store").end(reply.encode());
        })
        .onFailure(e -> {
          LOG.warn("import not stored: {}", e.toString());
          Problems.send(rc, 503, "unavailable", "The database is unavailable; nothing was imported. Try again.");
        });
  }
}
