package org.samskap.http;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import org.samskap.boards.BoardCreation;
import org.samskap.domain.Reason;

import org.samskap.kinds.KindModule;
import org.samskap.kinds.KindNames;
import org.samskap.kinds.KindRegistry;

/**
 * {@code POST /api/boards} (rule H1): creates a board and hands out its tokens and share links
 * once. {@code GET /api/kinds} (docs/API.md, K1): the kinds one can create, from the registry.
 */
final class BoardRoutes {
  static final int MAX_BODY_BYTES = 16 * 1024;

  private final BoardCreation boards;
  private final String publicUrl;

  BoardRoutes(BoardCreation boards, String publicUrl) {
    this.boards = boards;
    this.publicUrl = publicUrl;
  }

  void mount(Router router) {
    router.get("/api/kinds").handler(rc -> Problems.ok(rc, 200, kinds()));
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
      Problems.send(rc, Reason.BAD_REQUEST, "The body must be a JSON object like {\"kind\":\"ideas\",\"title\":\"...\"}.");
      return;
    }
    String kind = body.getValue("kind") instanceof String k ? k : null;
    String title = body.getValue("title") instanceof String t ? t : null;
    boards.create(kind, title).onSuccess(c -> created(rc, publicUrl, c)).onFailure(e -> Problems.fail(rc, e));
  }

  /** Rule K1: every registered kind, in registry order, with its display names in nb, nn and en. */
  static JsonObject kinds() {
    JsonArray out = new JsonArray();
    for (KindModule m : KindRegistry.ALL) {
      KindNames n = m.displayNames();
      out.add(new JsonObject().put("kind", m.name())
          .put("names", new JsonObject().put("nb", n.nb()).put("nn", n.nn()).put("en", n.en())));
    }
    return new JsonObject().put("kinds", out);
  }

  /** 201 with the new board's tokens and share links (H1), shown only now. */
  static void created(RoutingContext rc, String publicUrl, BoardCreation.Created c) {
    Problems.ok(rc, 201, createdBody(rc, publicUrl, c));
  }

  /** The body of {@link #created}: id, kind, title, tokens and links. */
  static JsonObject createdBody(RoutingContext rc, String publicUrl, BoardCreation.Created c) {
    String id = c.meta().id();
    rc.put(AuditTrail.BOARD_ID, id); // rule D6
    String base = base(rc, publicUrl);
    return new JsonObject()
        .put("id", id).put("kind", c.meta().kind()).put("title", c.meta().title())
        .put("tokens", new JsonObject().put("facilitator", c.facilitatorToken()).put("participant", c.participantToken()))
        .put("links", new JsonObject()
            .put("facilitator", base + "/b/" + id + "#t=" + c.facilitatorToken())
            .put("participant", base + "/b/" + id + "#t=" + c.participantToken()));
  }

  /** The server's public base URL (SAMSKAP_PUBLIC_URL, or the request's own host). */
  static String base(RoutingContext rc, String publicUrl) {
    if (publicUrl != null) return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    String host = rc.request().getHeader("Host");
    if (host == null) host = "localhost:" + rc.request().localAddress().port();
    return rc.request().scheme() + "://" + host;
  }
}
