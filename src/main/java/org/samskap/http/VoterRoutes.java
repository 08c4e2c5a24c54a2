package org.samskap.http;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import org.samskap.access.GuessLimiter;
import org.samskap.util.Tokens;
import org.samskap.domain.polls.Poll;
import org.samskap.domain.polls.VoterGroup;
import org.samskap.polls.PollLink;
import org.samskap.polls.PollStore;
import org.samskap.util.RandomIds;

/**
 * The voter's side of link polls (rules P2-P9). Voters have no board token: each request
 * carries the token from their link as {@code Authorization: Bearer <token>}. Wrong tokens
 * count against the client address, which is refused for a while after too many (P9).
 */
final class VoterRoutes {
  static final int MAX_BODY_BYTES = 4 * 1024;
  static final int WRONG_TOKENS_PER_MINUTE = 20;
  static final int DEVICE_TOKENS_PER_MINUTE = 300;

  private final PollStore polls;
  private final GuessLimiter guesses;
  private final GuessLimiter devices;
  private final ClientAddress clients;

  VoterRoutes(PollStore polls, ClientAddress clients, LongSupplier clock) {
    this.polls = polls;
    this.clients = clients;
    this.guesses = new GuessLimiter(WRONG_TOKENS_PER_MINUTE, clock);
    this.devices = new GuessLimiter(DEVICE_TOKENS_PER_MINUTE, clock);
  }

  void mount(Router router) {
    router.get("/v/:pollId").handler(rc -> rc.reroute("/vote.html"));
    router.get("/api/polls/:pollId").handler(rc -> withLink(rc, false, (link, poll) ->
        polls.hasBallot(poll.id(), link.hash()).onComplete(ar -> {
          if (ar.failed()) { PollRoutes.unavailable(rc); return; }
          PollJson.send(rc, 200, PollJson.forVoter(poll, link.votes() && ar.result()));
        })));
    router.post("/api/polls/:pollId/tokens").handler(this::device);
    router.post("/api/polls/:pollId/ballots").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES))
        .handler(this::ballot);
  }

  /** Rule P2: a shared link hands this device its own voter token. */
  private void device(RoutingContext rc) {
    withLink(rc, false, (link, poll) -> {
      if (!PollLink.SHARED.equals(link.kind())) {
        Problems.send(rc, 400, "bad_request", "This is not a shared link; vote with it directly.");
        return;
      }
      if (!poll.open()) { closed(rc); return; }
      String ip = clients.of(rc);
      if (devices.blocked(ip)) { tooMany(rc); return; }
      devices.count(ip);
      String token = Tokens.newToken();
      polls.addLink(new PollLink(RandomIds.of(9), poll.id(), PollLink.DEVICE, link.id(), Tokens.hash(token), false))
          .onComplete(ar -> {
            if (ar.failed()) { PollRoutes.unavailable(rc); return; }
            PollJson.send(rc, 201, new JsonObject().put("token", token));
          });
    });
  }

  /** Rules P4-P6: one ballot per token, with a group and 1..maxChoices proposals. */
  private void ballot(RoutingContext rc) {
    withLink(rc, true, (link, poll) -> {
      if (!poll.open()) { closed(rc); return; }
      JsonObject body;
      try {
        body = rc.body().asJsonObject();
      } catch (RuntimeException e) {
        body = null;
      }
      if (body == null) { Problems.send(rc, 400, "bad_request", "The body must be a JSON object {group, choices}."); return; }
      VoterGroup group = VoterGroup.fromWire(body.getValue("group")).orElse(null);
      if (group == null) {
        Problems.send(rc, 400, "bad_request", "Field 'group' must be service_user, relative, employee or other.");
        return;
      }
      List<String> choices = new ArrayList<>();
      if (!(body.getValue("choices") instanceof JsonArray arr)) {
        Problems.send(rc, 400, "bad_request", "Field 'choices' must be a list of proposal ids.");
        return;
      }
      for (Object o : arr) choices.add(String.valueOf(o));
      String problem = poll.ballotProblem(choices);
      if (problem != null) { Problems.send(rc, 400, "bad_request", problem); return; }
      polls.cast(poll.id(), link.hash(), group, choices).onComplete(ar -> {
        if (ar.failed()) { PollRoutes.unavailable(rc); return; }
        if (ar.result() == PollStore.Cast.ALREADY_VOTED) {
          Problems.send(rc, 409, "already_voted", "This link has already been used to vote. Each link votes once.");
          return;
        }
        PollJson.send(rc, 201, new JsonObject().put("ok", true));
        PollRoutes.publish(rc, polls, poll);
      });
    });
  }

  /**
   * Finds the link of the request's token and its poll, answering the refusals: 429 after
   * too many wrong tokens from this address, 401 without a token, 404 for a wrong token or
   * poll (the same for both), 410 for a revoked link.
   */
  private void withLink(RoutingContext rc, boolean mustVote, BiConsumer<PollLink, Poll> next) {
    String ip = clients.of(rc);
    if (guesses.blocked(ip)) { tooMany(rc); return; }
    String token = FacilitatorAuth.bearer(rc);
    if (token == null) {
      Problems.send(rc, 401, "missing_token", "Open the poll with the link you were given.");
      return;
    }
    String pollId = rc.pathParam("pollId");
    polls.link(Tokens.hash(token)).compose(l -> {
      if (l.isEmpty() || !l.get().pollId().equals(pollId)) return io.vertx.core.Future.succeededFuture((Object[]) null);
      return polls.find(pollId).map(p -> p.<Object[]>map(poll -> new Object[] {l.get(), poll}).orElse(null));
    }).onComplete(ar -> {
      if (ar.failed()) { PollRoutes.unavailable(rc); return; }
      if (ar.result() == null) {
        guesses.count(ip);
        Problems.send(rc, 404, "invalid_token", "This voting link is not valid. Check that you copied all of it.");
        return;
      }
      PollLink link = (PollLink) ar.result()[0];
      if (link.revoked()) {
        Problems.send(rc, 410, "link_revoked", "This voting link has been withdrawn by the organiser.");
        return;
      }
      if (mustVote && !link.votes()) {
        Problems.send(rc, 400, "bad_request", "A shared link first gives this device its own token (POST .../tokens).");
        return;
      }
      next.accept(link, (Poll) ar.result()[1]);
    });
  }

  private static void closed(RoutingContext rc) {
    Problems.send(rc, 409, "poll_closed", "The poll is closed; it no longer takes votes.");
  }

  private static void tooMany(RoutingContext rc) {
    rc.response().putHeader("Retry-After", "60");
    Problems.send(rc, 429, "rate_limited", "Too many wrong links from this address; wait a minute and try again.");
  }
}
