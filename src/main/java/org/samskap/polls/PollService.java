package org.samskap.polls;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import org.samskap.util.Tokens;
import org.samskap.domain.Reason;
import org.samskap.domain.polls.Poll;
import org.samskap.domain.polls.PollItem;
import org.samskap.protocol.Addresses;
import org.samskap.protocol.Refused;
import org.samskap.util.RandomIds;

/**
 * The link poll use cases (docs/PROTOCOL.md, rules P1-P9) after the caller is authorised:
 * create a poll with its voter links, read and close it, revoke links, let a shared link hand
 * out device tokens, and take one ballot per token. Results go to the board's clients after
 * every ballot and on closing (P8). Every refusal is a {@link Refused} with a domain reason.
 */
public final class PollService {
  public static final int MAX_INVITES = 500;
  public static final String TOO_MANY = "Too many wrong links from this address; wait a minute and try again.";

  private final Vertx vertx;
  private final PollStore polls;
  private final LongSupplier clock;

  public PollService(Vertx vertx, PollStore polls, LongSupplier clock) {
    this.vertx = vertx;
    this.polls = polls;
    this.clock = clock;
  }

  /** A poll as the facilitator asked for it, parsed but not yet checked (texts already stripped). */
  public record Draft(String title, List<Proposal> items, long maxChoices, int invites, boolean shared) {}

  public record Proposal(String text, String description, String targetId) {}

  /** A voter link and its secret (token or shared key), shown only now (P3). */
  public record NewLink(String linkId, String secret) {}

  /** A new poll, its invite links and its shared link (or null). */
  public record Created(Poll poll, List<NewLink> invites, NewLink shared) {}

  /** The voter link a request's token opened, and its poll. */
  public record Voter(PollLink link, Poll poll) {}

  /** Rule P1: checks the draft in full, then stores the poll and its links at once. */
  public Future<Created> create(String boardId, Draft d) {
    List<PollItem> items = new ArrayList<>();
    for (Proposal p : d.items()) {
      String problem = PollItem.problem(p.text(), p.description());
      if (problem != null) return refused(Reason.BAD_REQUEST, problem);
      items.add(new PollItem("i" + (items.size() + 1), p.targetId(), p.text(), p.description()));
    }
    String problem = Poll.problem(d.title(), items.size(), d.maxChoices());
    if (problem == null && (d.invites() < 0 || d.invites() > MAX_INVITES)) problem = "Field 'invites' must be 0 to " + MAX_INVITES + ".";
    if (problem == null && d.invites() == 0 && !d.shared()) problem = "Ask for invite links ('invites') or a shared link ('shared': true).";
    if (problem != null) return refused(Reason.BAD_REQUEST, problem);
    Poll poll = new Poll(RandomIds.of(12), boardId, d.title(), items, (int) d.maxChoices(), true, clock.getAsLong());
    List<PollLink> links = new ArrayList<>();
    List<NewLink> invites = new ArrayList<>();
    for (int i = 0; i < d.invites(); i++) invites.add(newLink(poll, PollLink.INVITE, null, links));
    NewLink shared = d.shared() ? newLink(poll, PollLink.SHARED, null, links) : null;
    return polls.create(poll, links).map(v -> new Created(poll, invites, shared));
  }

  public Future<List<Poll>> ofBoard(String boardId) {
    return polls.ofBoard(boardId);
  }

  /** The board's poll, or {@code not_found} (also for another board's poll). */
  public Future<Poll> find(String boardId, String pollId) {
    return polls.find(pollId).compose(found -> found.isPresent() && found.get().boardId().equals(boardId)
        ? Future.succeededFuture(found.get()) : refused(Reason.NOT_FOUND, "The board has no such poll."));
  }

  /** Rule P8: the counts per group and in total. */
  public Future<JsonObject> results(Poll p) {
    return polls.ballots(p.id()).map(b -> PollJson.results(p, b));
  }

  /** Closes the poll (P6) and tells the board's clients its final results (P8). */
  public Future<JsonObject> close(Poll p) {
    Poll closed = p.closed();
    return polls.close(p.id()).compose(v -> results(closed)).onSuccess(r -> publish(closed.boardId(), r));
  }

  /**
   * Rule P12: opens a closed poll again, so its links vote again (ballots already cast stay,
   * one per token still holds, P5), and tells the board's clients (P8).
   */
  public Future<JsonObject> reopen(Poll p) {
    Poll open = p.reopened();
    return polls.reopen(p.id()).compose(v -> results(open)).onSuccess(r -> publish(open.boardId(), r));
  }

  /** Rule P7: the number of links revoked (a shared link takes its device tokens with it). */
  public Future<Long> revoke(Poll p, String linkId) {
    return polls.revoke(p.id(), linkId).compose(n -> n == 0 ? refused(Reason.NOT_FOUND, "The poll has no such link.") : Future.succeededFuture(n));
  }

  /**
   * The link of a voter's token and its poll: {@code invalid_token} (404, the same for a wrong
   * token and an unknown poll), {@code link_revoked}, or, when {@code mustVote}, bad_request for
   * a shared key, which only hands out tokens (P2, P7).
   */
  public Future<Voter> voter(String pollId, String token, boolean mustVote) {
    return polls.link(Tokens.hash(token)).compose(l -> {
      if (l.isEmpty() || !l.get().pollId().equals(pollId)) return Future.succeededFuture((Voter) null);
      return polls.find(pollId).map(p -> p.map(poll -> new Voter(l.get(), poll)).orElse(null));
    }).compose(v -> {
      if (v == null) return refused(Reason.NO_SUCH_LINK, "This voting link is not valid. Check that you copied all of it.");
      if (v.link().revoked()) return refused(Reason.LINK_REVOKED, "This voting link has been withdrawn by the organiser.");
      if (mustVote && !v.link().votes()) {
        return refused(Reason.BAD_REQUEST, "A shared link first gives this device its own token (POST .../tokens).");
      }
      return Future.succeededFuture(v);
    });
  }

  /** The poll as this voter sees it, and whether the link has voted. */
  public Future<JsonObject> ballotPaper(Voter v) {
    return polls.hasBallot(v.poll().id(), v.link().hash()).map(voted -> PollJson.forVoter(v.poll(), v.link().votes() && voted));
  }

  /** Rule P2: a shared link hands this device its own token; {@code admit} is the per-address cap (P9). */
  public Future<String> deviceToken(Voter v, BooleanSupplier admit) {
    if (!PollLink.SHARED.equals(v.link().kind())) return refused(Reason.BAD_REQUEST, "This is not a shared link; vote with it directly.");
    if (!v.poll().open()) return closed();
    if (!admit.getAsBoolean()) return refused(Reason.RATE_LIMITED, TOO_MANY);
    String token = Tokens.newToken();
    return polls.addLink(new PollLink(RandomIds.of(9), v.poll().id(), PollLink.DEVICE, v.link().id(), Tokens.hash(token), false))
        .map(x -> token);
  }

  /**
   * Rules P4-P6: one ballot per token, from an open poll, with a group and 1..maxChoices
   * proposals. {@code ballot} parses the request; it may throw a {@link Refused}.
   */
  public Future<Void> vote(Voter v, Supplier<PollStore.Ballot> ballot) {
    Poll poll = v.poll();
    if (!poll.open()) return closed();
    PollStore.Ballot b;
    try {
      b = ballot.get();
    } catch (Refused r) {
      return Future.failedFuture(r);
    }
    String problem = poll.ballotProblem(b.choices());
    if (problem != null) return refused(Reason.BAD_REQUEST, problem);
    return polls.cast(poll.id(), v.link().hash(), b.group(), b.choices()).compose(cast -> {
      if (cast == PollStore.Cast.ALREADY_VOTED) {
        return refused(Reason.ALREADY_VOTED, "This link has already been used to vote. Each link votes once.");
      }
      results(poll).onSuccess(r -> publish(poll.boardId(), r));
      return Future.<Void>succeededFuture();
    });
  }

  /**
   * Rule P10: a new voter link ({@code invite} or {@code shared}) for an open poll, shown once;
   * with {@code replaces}, that link is revoked once the new one is stored (P7), so the old link
   * is refused from then on and every other link keeps working.
   */
  public Future<NewLink> addLink(Poll p, String kind, String replaces) {
    if (!p.open()) return closed();
    if (!PollLink.INVITE.equals(kind) && !PollLink.SHARED.equals(kind)) {
      return refused(Reason.BAD_REQUEST, "Field 'kind' must be 'invite' or 'shared'.");
    }
    List<PollLink> links = new ArrayList<>();
    NewLink made = newLink(p, kind, null, links);
    return polls.addLink(links.get(0)).compose(v -> replaces == null ? Future.succeededFuture(made) : revoke(p, replaces).map(n -> made));
  }

  /** Rule P8: the board's clients get the results as an ephemeral {@code poll.results} event. */
  private void publish(String boardId, JsonObject results) {
    org.samskap.protocol.SharedEvent.publish(vertx, Addresses.events(boardId),
        results.copy().put("type", "poll.results").put("ephemeral", true)); // E6
  }

  private static NewLink newLink(Poll poll, String kind, String parent, List<PollLink> links) {
    String secret = Tokens.newToken();
    PollLink l = new PollLink(RandomIds.of(9), poll.id(), kind, parent, Tokens.hash(secret), false);
    links.add(l);
    return new NewLink(l.id(), secret);
  }

  private static <T> Future<T> closed() {
    return refused(Reason.POLL_CLOSED, "The poll is closed; it no longer takes votes.");
  }

  private static <T> Future<T> refused(Reason reason, String message) {
    return Future.failedFuture(new Refused(reason, message));
  }
}
