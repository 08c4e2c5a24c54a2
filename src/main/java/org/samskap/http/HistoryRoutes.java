package org.samskap.http;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.access.BoardAccess;
import org.samskap.boards.BoardExport;
import org.samskap.domain.Reason;
import org.samskap.boards.BoardExports;
import org.samskap.exports.ExportLang;
import org.samskap.history.History;
import org.samskap.history.HistoryEntry;
import org.samskap.util.LogSafe;

/**
 * Board history over REST (docs/EXPORT.md), all with the facilitator token: list snapshots,
 * take a named one, view one read-only in any export format ({@link BoardExport#snapshot}), and
 * restore one (a live op, {@link History#restore(String, String)}).
 */
final class HistoryRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(HistoryRoutes.class);
  static final int MAX_NAME_CHARS = 100;

  private final BoardAccess access;
  private final History history;
  private final BoardExport exports;

  HistoryRoutes(BoardAccess access, History history, BoardExport exports) {
    this.access = access;
    this.history = history;
    this.exports = exports;
  }

  void mount(Router router) {
    router.get("/api/boards/:boardId/history").handler(rc -> guarded(rc, () -> history.list(rc.pathParam("boardId"))
        .onFailure(e -> unavailable(rc, e))
        .onSuccess(list -> {
          JsonArray out = new JsonArray();
          list.forEach(e -> out.add(summary(e)));
          Problems.ok(rc, 200, new JsonObject().put("snapshots", out));
        })));
    router.post("/api/boards/:boardId/history").handler(BodyHandler.create(false).setBodyLimit(BoardRoutes.MAX_BODY_BYTES))
        .handler(rc -> guarded(rc, () -> take(rc)));
    for (String format : BoardExports.FORMATS) {
      router.get("/api/boards/:boardId/history/:hid/export." + format).handler(rc -> view(rc, format));
    }
    router.post("/api/boards/:boardId/history/:hid/restore").handler(rc -> guarded(rc, () -> history
        .restore(rc.pathParam("boardId"), rc.pathParam("hid")).onFailure(e -> unavailable(rc, e))
        .onSuccess(r -> Problems.ok(rc, 200, new JsonObject().put("version", r.version()).put("undo", summary(r.undo()))))));
  }

  private void guarded(RoutingContext rc, Runnable then) {
    FacilitatorAuth.check(rc, access, rc.pathParam("boardId")).onSuccess(ok -> {
      if (ok) then.run();
    });
  }

  private void take(RoutingContext rc) {
    JsonObject body;
    try {
      body = rc.body().asJsonObject();
    } catch (DecodeException | ClassCastException e) {
      body = null;
    }
    String name = body == null || !(body.getValue("name") instanceof String s) ? null : s.strip();
    if (name == null || name.isEmpty() || name.codePointCount(0, name.length()) > MAX_NAME_CHARS) {
      Problems.send(rc, Reason.BAD_REQUEST, "Field 'name' must be 1-" + MAX_NAME_CHARS + " characters.");
      return;
    }
    history.take(rc.pathParam("boardId"), name, "manual").onFailure(e -> unavailable(rc, e)).onSuccess(e -> Problems.ok(rc, 201, summary(e)));
  }

  private void view(RoutingContext rc, String format) {
    guarded(rc, () -> {
      ExportLang lang = ExportLangParam.read(rc).orElse(null);
      if (lang == null) return;
      exports.snapshot(rc.pathParam("boardId"), rc.pathParam("hid"), format, lang, ExportLangParam.csvDialect(rc, lang))
          .onFailure(e -> unavailable(rc, e)).onSuccess(file -> ExportRoutes.sendFile(rc, file));
    });
  }

  static JsonObject summary(HistoryEntry e) {
    return new JsonObject().put("id", e.id()).put("name", e.name()).put("reason", e.reason()).put("version", e.version())
        .put("at", e.at()).put("title", e.title());
  }

  private static void unavailable(RoutingContext rc, Throwable e) {
    LOG.warn("history request failed: {}", LogSafe.describe(e));
    Problems.fail(rc, e, "The board or the database could not be reached; try again.");
  }
}
