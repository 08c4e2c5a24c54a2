package org.samskap.http;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.access.BoardAccess;
import org.samskap.domain.Reason;
import org.samskap.util.Tokens;
import org.samskap.domain.polls.Poll;
import org.samskap.polls.PollService;
import org.samskap.protocol.Refused;
import org.samskap.util.LogSafe;

/**
 * The facilitator's side of link polls (rules P1, P2, P6, P7, P8), all with
 * {@code Authorization: Bearer <facilitator token>} of the poll's board. The use cases are
 * {@link PollService}'s; this class parses, authorises and writes the answers.
 */
final class PollRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(PollRoutes.class);
  static final int MAX_BODY_BYTES = 64 * 1024;

  private final PollService polls;
  private final BoardAccess access;
  private final String publicUrl;

  PollRoutes(PollService polls, BoardAccess access, String publicUrl) {
    this.polls = polls;
    this.access = access;
    this.publicUrl = publicUrl;
  }

  void mount(Router router) {
    String base = "/api/boards/:boardId/polls";
    router.post(base).handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES)).handler(rc -> authorized(rc, () -> create(rc)));
    router.get(base).handler(rc -> authorized(rc, () -> polls.ofBoard(rc.pathParam("boardId")).onFailure(e -> Problems.fail(rc, e))
        .onSuccess(list -> {
          JsonArray out = new JsonArray();
          for (Poll p : list) {
            out.add(new JsonObject().put("pollId", p.id()).put("title", p.title()).put("open", p.open()).put("createdAt", p.createdAt()));
          }
          Problems.ok(rc, 200, new JsonObject().put("polls", out));
        })));
    router.get(base + "/:pollId/results").handler(rc -> withPoll(rc, p -> answer(rc, polls.results(p), r -> r)));
    router.post(base + "/:pollId/close").handler(rc -> withPoll(rc, p -> answer(rc, polls.close(p), r -> r)));
    router.post(base + "/:pollId/reopen").handler(rc -> withPoll(rc, p -> answer(rc, polls.reopen(p), r -> r))); // rule P12
    router.post(base + "/:pollId/links").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES)) // rule P10
        .handler(rc -> withPoll(rc, p -> {
          JsonObject body;
          try {
            body = rc.body().asJsonObject();
          } catch (RuntimeException e) {
            body = null;
          }
          String kind = body != null && body.getValue("kind") instanceof String k ? k : "";
          String replaces = body != null && body.getValue("replaces") instanceof String r ? r : null;
          polls.addLink(p, kind, replaces).onFailure(e -> Problems.fail(rc, e)).onSuccess(l -> {
            String url = BoardRoutes.base(rc, publicUrl) + "/v/" + p.id() + (kind.equals("shared") ? "#s=" : "#t=") + l.secret();
            Problems.ok(rc, 201, new JsonObject().put("linkId", l.linkId()).put("kind", kind).put("url", url));
          });
        }));
    router.post(base + "/:pollId/links/:linkId/revoke").handler(rc -> withPoll(rc, p ->
        answer(rc, polls.revoke(p, rc.pathParam("linkId")), n -> new JsonObject().put("revoked", n))));
  }

  private void create(RoutingContext rc) {
    PollService.Draft draft;
    try {
      draft = draft(rc);
    } catch (Refused r) {
      Problems.send(rc, r);
      return;
    }
    polls.create(rc.pathParam("boardId"), draft).onFailure(e -> {
      if (!(e instanceof Refused)) LOG.warn("poll not created: {}", LogSafe.describe(e));
      Problems.fail(rc, e);
    }).onSuccess(c -> {
      String base = BoardRoutes.base(rc, publicUrl) + "/v/" + c.poll().id();
      JsonArray invites = new JsonArray();
      c.invites().forEach(l -> invites.add(new JsonObject().put("linkId", l.linkId()).put("url", base + "#t=" + l.secret())));
      JsonObject shared = c.shared() == null ? null
          : new JsonObject().put("linkId", c.shared().linkId()).put("url", base + "#s=" + c.shared().secret());
      Problems.ok(rc, 201, new JsonObject().put("pollId", c.poll().id()).put("title", c.poll().title())
          .put("links", invites).put("shared", shared));
    });
  }

  /** The request body as a draft poll; the rules on its values are checked by the service. */
  private static PollService.Draft draft(RoutingContext rc) {
    JsonObject body;
    try {
      body = rc.body().asJsonObject();
    } catch (RuntimeException e) {
      body = null;
    }
    if (body == null) throw new Refused(Reason.BAD_REQUEST, "The body must be a JSON object.");
    if (!(body.getValue("items") instanceof JsonArray arr)) {
      throw new Refused(Reason.BAD_REQUEST, "Field 'items' must be a list of {text, description, targetId}.");
    }
    List<PollService.Proposal> items = new ArrayList<>();
    for (Object o : arr) {
      if (!(o instanceof JsonObject item) || !(item.getValue("text") instanceof String text)) {
        throw new Refused(Reason.BAD_REQUEST, "Each item needs a string 'text'.");
      }
      String description = item.getValue("description") instanceof String d ? d.strip() : "";
      String targetId = item.getValue("targetId") instanceof String t ? t : "";
      items.add(new PollService.Proposal(text.strip(), description, targetId));
    }
    String title = body.getValue("title") instanceof String t ? t.strip() : "";
    long maxChoices = body.getValue("maxChoices") instanceof Number n ? n.longValue() : 1;
    int invites = body.getValue("invites") instanceof Number n ? n.intValue() : 0;
    return new PollService.Draft(title, items, maxChoices, invites, Boolean.TRUE.equals(body.getValue("shared")));
  }

  private static <T> void answer(RoutingContext rc, io.vertx.core.Future<T> result, java.util.function.Function<T, JsonObject> body) {
    result.onFailure(e -> Problems.fail(rc, e)).onSuccess(r -> Problems.ok(rc, 200, body.apply(r)));
  }

  private void authorized(RoutingContext rc, Runnable next) {
    FacilitatorAuth.check(rc, access, rc.pathParam("boardId")).onSuccess(ok -> { if (ok) next.run(); });
  }

  private void withPoll(RoutingContext rc, Consumer<Poll> next) {
    authorized(rc, () -> polls.find(rc.pathParam("boardId"), rc.pathParam("pollId"))
        .onFailure(e -> Problems.fail(rc, e)).onSuccess(next::accept));
  }
}
