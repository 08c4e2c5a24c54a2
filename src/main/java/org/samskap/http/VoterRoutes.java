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
import org.samskap.domain.Reason;
import org.samskap.util.Tokens;
import org.samskap.domain.polls.VoterGroup;
import org.samskap.polls.PollService;
import org.samskap.polls.PollStore;
import org.samskap.protocol.Refused;

/**
 * The voter's side of link polls (rules P2-P9). Voters have no board token: each request
 * carries the token from their link as {@code Authorization: Bearer <token>}. Wrong tokens
 * count against the client address, which is refused for a while after too many (P9).
 */
final class VoterRoutes {
  static final int MAX_BODY_BYTES = 4 * 1024;
  static final int WRONG_TOKENS_PER_MINUTE = 20;
  static final int DEVICE_TOKENS_PER_MINUTE = 300;

  private final PollService polls;
  private final GuessLimiter guesses;
  private final GuessLimiter devices;
  private final ClientAddress clients;

  VoterRoutes(PollService polls, ClientAddress clients, LongSupplier clock) {
    this.polls = polls;
    this.clients = clients;
    this.guesses = new GuessLimiter(WRONG_TOKENS_PER_MINUTE, clock);
    this.devices = new GuessLimiter(DEVICE_TOKENS_PER_MINUTE, clock);
  }

  void mount(Router router) {
    router.get("/v/:pollId").handler(rc -> rc.reroute("/vote.html"));
    router.get("/api/polls/:pollId").handler(rc -> withVoter(rc, false, (voter, ip) -> polls.ballotPaper(voter)
        .onFailure(e -> fail(rc, e)).onSuccess(paper -> Problems.ok(rc, 200, paper))));
    router.post("/api/polls/:pollId/tokens").handler(rc -> withVoter(rc, false, (voter, ip) -> polls.deviceToken(voter, () -> {
      if (devices.blocked(ip)) return false;
      devices.count(ip);
      return true;
    }).onFailure(e -> fail(rc, e)).onSuccess(token -> Problems.ok(rc, 201, new JsonObject().put("token", token)))));
    router.post("/api/polls/:pollId/ballots").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES))
        .handler(rc -> withVoter(rc, true, (voter, ip) -> polls.vote(voter, () -> ballot(rc))
            .onFailure(e -> fail(rc, e)).onSuccess(v -> Problems.ok(rc, 201, new JsonObject().put("ok", true)))));
  }

  /** Rule P4: the ballot of the request body, {group, choices}. */
  private static PollStore.Ballot ballot(RoutingContext rc) {
    JsonObject body;
    try {
      body = rc.body().asJsonObject();
    } catch (RuntimeException e) {
      body = null;
    }
    if (body == null) throw new Refused(Reason.BAD_REQUEST, "The body must be a JSON object {group, choices}.");
    VoterGroup group = VoterGroup.fromWire(body.getValue("group"))
        .orElseThrow(() -> new Refused(Reason.BAD_REQUEST, "Field 'group' must be service_user, relative, employee or other."));
    if (!(body.getValue("choices") instanceof JsonArray arr)) {
      throw new Refused(Reason.BAD_REQUEST, "Field 'choices' must be a list of proposal ids.");
    }
    List<String> choices = new ArrayList<>();
    for (Object o : arr) choices.add(String.valueOf(o));
    return new PollStore.Ballot(group, choices);
  }

  /**
   * Finds the voter link of the request's token: 429 after too many wrong tokens from this
   * address, 401 without a token; a wrong token counts against the address (P9).
   */
  private void withVoter(RoutingContext rc, boolean mustVote, BiConsumer<PollService.Voter, String> next) {
    String ip = clients.of(rc);
    if (guesses.blocked(ip)) {
      fail(rc, new Refused(Reason.RATE_LIMITED, PollService.TOO_MANY));
      return;
    }
    String token = FacilitatorAuth.bearer(rc);
    if (token == null) {
      Problems.send(rc, Reason.MISSING_TOKEN, "Open the poll with the link you were given.");
      return;
    }
    polls.voter(rc.pathParam("pollId"), token, mustVote).onSuccess(v -> next.accept(v, ip)).onFailure(e -> {
      if (e instanceof Refused r && r.reason() == Reason.NO_SUCH_LINK) guesses.count(ip);
      fail(rc, e);
    });
  }

  /** Rule P9: a rate-limited voter is told when to try again. */
  private static void fail(RoutingContext rc, Throwable e) {
    if (e instanceof Refused r && r.reason() == Reason.RATE_LIMITED) rc.response().putHeader("Retry-After", "60");
    Problems.fail(rc, e);
  }
}
