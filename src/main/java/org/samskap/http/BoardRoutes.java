package org.samskap.http;

import java.util.LinkedHashMap;
import java.util.Map;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.access.BoardAccess;
import org.samskap.util.Tokens;
import org.samskap.board.BoardMeta;
import org.samskap.board.BoardStore;
import org.samskap.domain.Role;
import org.samskap.domain.ideas.IdeaLimits;
import org.samskap.kinds.BoardKinds;
import org.samskap.util.RandomIds;

/** {@code POST /api/boards} (rule H1): creates a board and hands out its tokens and share links once. */
final class BoardRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(BoardRoutes.class);
  static final int MAX_BODY_BYTES = 16 * 1024;

  private final BoardStore store;
  private final BoardAccess access;
  private final BoardKinds kinds;
  private final String publicUrl;

  BoardRoutes(BoardStore store, BoardAccess access, BoardKinds kinds, String publicUrl) {
    this.store = store;
    this.kinds = kinds;
    this.access = access;
    this.publicUrl = publicUrl;
  }

  void mount(Router router) {
    router.post("/api/boards").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES)).handler(this::create);
  }

  private void create(RoutingContext rc) {
    JsonObject body;
    try {
      body = rc.body().asJsonObject();
    } catch (DecodeException | ClassCastException e) {
      body = null;
    }
    if (body == null) {
      Problems.send(rc, 400, "bad_request", "The body must be a JSON object like {\"kind\":\"ideas\",\"title\":\"...\"}.");
      return;
    }
    if (!(body.getValue("kind") instanceof String kind) || kinds.get(kind).isEmpty()) {
      Problems.send(rc, 400, "unknown_kind", "Field 'kind' must be one of: \"" + String.join("\", \"", kinds.names()) + "\".");
      return;
    }
    if (!(body.getValue("title") instanceof String rawTitle) || rawTitle.isBlank()) {
      Problems.send(rc, 400, "bad_request", "Field 'title' must be a non-empty string.");
      return;
    }
    String title = rawTitle.strip();
    if (title.codePointCount(0, title.length()) > IdeaLimits.DEFAULT_MAX_LABEL_CHARS) {
      Problems.send(rc, 400, "text_too_long", "The title may have at most " + IdeaLimits.DEFAULT_MAX_LABEL_CHARS + " characters.");
      return;
    }
    String id = RandomIds.of(16);
    String facilitator = Tokens.newToken();
    String participant = Tokens.newToken();
    Map<String, Role> hashes = new LinkedHashMap<>();
    hashes.put(Tokens.hash(facilitator), Role.FACILITATOR);
    hashes.put(Tokens.hash(participant), Role.PARTICIPANT);
    BoardMeta meta = new BoardMeta(id, kind, title, System.currentTimeMillis(), hashes);
    store.createBoard(meta).onComplete(ar -> {
      if (ar.failed()) {
        LOG.warn("board not created: {}", ar.cause().toString());
        Problems.send(rc, 503, "unavailable", "The database is unavailable; try again.");
        return;
      }
      access.remember(meta);
      String base = base(rc, publicUrl);
      JsonObject reply = new JsonObject()
          .put("id", id).put("kind", kind).put("title", title)
          .put("tokens", new JsonObject().put("facilitator", facilitator).put("participant", participant))
          .put("links", new JsonObject()
              .put("facilitator", base + "/b/" + id + "#t=" + facilitator)
              .put("participant", base + "/b/" + id + "#t=" + participant));
      rc.response().setStatusCode(201).putHeader("Content-Type", "application/json; charset=utf-8")
          .putHeader("Cache-Control", "no-store").end(reply.encode());
    });
  }

  /** The server's public base URL (SAMSKAP_PUBLIC_URL, or the request's own host). */
  static String base(RoutingContext rc, String publicUrl) {
    if (publicUrl != null) return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    String host = rc.request().getHeader("Host");
    if (host == null) host = "localhost:" + rc.request().localAddress().port();
    return rc.request().scheme() + "://" + host;
  }
}
