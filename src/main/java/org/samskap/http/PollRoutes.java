package org.samskap.http;

import java.util.ArrayList;
import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.access.BoardAccess;
import org.samskap.util.Tokens;
import org.samskap.domain.polls.Poll;
import org.samskap.domain.polls.PollItem;
import org.samskap.polls.PollLink;
import org.samskap.polls.PollStore;
import org.samskap.protocol.Addresses;
import org.samskap.util.RandomIds;

/**
 * The facilitator's side of link polls (rules P1, P2, P6, P7, P8), all with
 * {@code Authorization: Bearer <facilitator token>} of the poll's board.
 */
final class PollRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(PollRoutes.class);
  static final int MAX_INVITES = 500;
  static final int MAX_BODY_BYTES = 64 * 1024;

  private final PollStore polls;
  private final BoardAccess access;
  private final String publicUrl;

  PollRoutes(PollStore polls, BoardAccess access, String publicUrl) {
    this.polls = polls;
    this.access = access;
    this.publicUrl = publicUrl;
  }

  void mount(Router router) {
    String base = "/api/boards/:boardId/polls";
    router.post(base).handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES)).handler(this::create);
    router.get(base).handler(rc -> authorized(rc, () -> polls.ofBoard(rc.pathParam("boardId")).onComplete(ar -> {
      if (ar.failed()) { unavailable(rc); return; }
      JsonArray out = new JsonArray();
      for (Poll p : ar.result()) out.add(new JsonObject().put("pollId", p.id()).put("title", p.title()).put("open", p.open()));
      PollJson.send(rc, 200, new JsonObject().put("polls", out));
    })));
    router.get(base + "/:pollId/results").handler(rc -> authorized(rc, () -> withPoll(rc, p -> results(rc, p, 200))));
    router.post(base + "/:pollId/close").handler(rc -> authorized(rc, () -> withPoll(rc, p ->
        polls.close(p.id()).onComplete(ar -> {
          if (ar.failed()) { unavailable(rc); return; }
          results(rc, p.closed(), 200);
          publish(rc, p.closed());
        }))));
    router.post(base + "/:pollId/links/:linkId/revoke").handler(rc -> authorized(rc, () -> withPoll(rc, p ->
        polls.revoke(p.id(), rc.pathParam("linkId")).onComplete(ar -> {
          if (ar.failed()) { unavailable(rc); return; }
          if (ar.result() == 0) { Problems.send(rc, 404, "not_found", "The poll has no such link."); return; }
          PollJson.send(rc, 200, new JsonObject().put("revoked", ar.result()));
        }))));
  }

  private void create(RoutingContext rc) {
    String boardId = rc.pathParam("boardId");
    authorized(rc, () -> {
      JsonObject body;
      try {
        body = rc.body().asJsonObject();
      } catch (RuntimeException e) {
        body = null;
      }
      if (body == null) { Problems.send(rc, 400, "bad_request", "The body must be a JSON object."); return; }
      String problem = null;
      List<PollItem> items = new ArrayList<>();
      Object rawItems = body.getValue("items");
      if (!(rawItems instanceof JsonArray arr)) {
        problem = "Field 'items' must be a list of {text, description, targetId}.";
      } else {
        for (int i = 0; i < arr.size() && problem == null; i++) {
          if (!(arr.getValue(i) instanceof JsonObject o) || !(o.getValue("text") instanceof String text)) {
            problem = "Each item needs a string 'text'.";
            break;
          }
          String description = o.getValue("description") instanceof String d ? d.strip() : "";
          String targetId = o.getValue("targetId") instanceof String t ? t : "";
          problem = PollItem.problem(text.strip(), description);
          if (problem == null) items.add(new PollItem("i" + (i + 1), targetId, text.strip(), description));
        }
      }
      String title = body.getValue("title") instanceof String t ? t.strip() : "";
      long maxChoices = body.getValue("maxChoices") instanceof Number n ? n.longValue() : 1;
      if (problem == null) problem = Poll.problem(title, items.size(), maxChoices);
      int invites = body.getValue("invites") instanceof Number n ? n.intValue() : 0;
      boolean shared = Boolean.TRUE.equals(body.getValue("shared"));
      if (problem == null && (invites < 0 || invites > MAX_INVITES)) problem = "Field 'invites' must be 0 to " + MAX_INVITES + ".";
      if (problem == null && invites == 0 && !shared) problem = "Ask for invite links ('invites') or a shared link ('shared': true).";
      if (problem != null) { Problems.send(rc, 400, "bad_request", problem); return; }

      Poll poll = new Poll(RandomIds.of(12), boardId, title, items, (int) maxChoices, true, System.currentTimeMillis());
      String base = BoardRoutes.base(rc, publicUrl) + "/v/" + poll.id();
      List<PollLink> links = new ArrayList<>();
      JsonArray inviteLinks = new JsonArray();
      for (int i = 0; i < invites; i++) {
        String token = Tokens.newToken();
        PollLink l = new PollLink(RandomIds.of(9), poll.id(), PollLink.INVITE, null, Tokens.hash(token), false);
        links.add(l);
        inviteLinks.add(new JsonObject().put("linkId", l.id()).put("url", base + "#t=" + token));
      }
      JsonObject sharedLink = null;
      if (shared) {
        String key = Tokens.newToken();
        PollLink l = new PollLink(RandomIds.of(9), poll.id(), PollLink.SHARED, null, Tokens.hash(key), false);
        links.add(l);
        sharedLink = new JsonObject().put("linkId", l.id()).put("url", base + "#s=" + key);
      }
      JsonObject reply = new JsonObject().put("pollId", poll.id()).put("title", poll.title())
          .put("links", inviteLinks).put("shared", sharedLink);
      polls.create(poll, links).onComplete(ar -> {
        if (ar.failed()) {
          LOG.warn("poll not created: {}", ar.cause().toString());
          unavailable(rc);
          return;
        }
        PollJson.send(rc, 201, reply);
      });
    });
  }

  private void results(RoutingContext rc, Poll p, int status) {
    polls.ballots(p.id()).onComplete(ar -> {
      if (ar.failed()) { unavailable(rc); return; }
      PollJson.send(rc, status, PollJson.results(p, ar.result()));
    });
  }

  /** Rule P8: the board's clients get the new results as an ephemeral {@code poll.results} event. */
  static void publish(RoutingContext rc, PollStore polls, Poll p) {
    polls.ballots(p.id()).onSuccess(b -> rc.vertx().eventBus().publish(Addresses.events(p.boardId()),
        PollJson.results(p, b).put("type", "poll.results").put("ephemeral", true)));
  }

  private void publish(RoutingContext rc, Poll p) {
    publish(rc, polls, p);
  }

  private void authorized(RoutingContext rc, Runnable next) {
    FacilitatorAuth.check(rc, access, rc.pathParam("boardId")).onSuccess(ok -> { if (ok) next.run(); });
  }

  private void withPoll(RoutingContext rc, java.util.function.Consumer<Poll> next) {
    polls.find(rc.pathParam("pollId")).onComplete(ar -> {
      if (ar.failed()) { unavailable(rc); return; }
      Poll p = ar.result().orElse(null);
      if (p == null || !p.boardId().equals(rc.pathParam("boardId"))) {
        Problems.send(rc, 404, "not_found", "The board has no such poll.");
        return;
      }
      next.accept(p);
    });
  }

  static void unavailable(RoutingContext rc) {
    Problems.send(rc, 503, "unavailable", "The database is unavailable; try again.");
  }
}
