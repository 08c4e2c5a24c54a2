package org.samskap.polls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.domain.Reason;
import org.samskap.domain.polls.VoterGroup;
import org.samskap.persistence.Database;
import org.samskap.persistence.MongoPollStore;
import org.samskap.persistence.embedded.EmbeddedMongo;
import org.samskap.protocol.Addresses;
import org.samskap.protocol.Refused;
import org.samskap.testing.TempDirs;

/** {@link PollService} on the real embedded store: the rules P1, P5-P8 as the service answers them. */
class PollServiceIT {
  static final String BOARD = "pollServiceBoard1";

  Path dir;
  Vertx vertx;
  EmbeddedMongo mongo;
  Database database;
  MongoPollStore store;
  PollService service;
  final BlockingQueue<JsonObject> boardEvents = new LinkedBlockingQueue<>();

  @BeforeEach
  void start() throws Exception {
    dir = Files.createTempDirectory("samskap-poll-service");
    vertx = Vertx.vertx();
    mongo = EmbeddedMongo.start(dir, 0, false);
    database = Database.connect(mongo.connectionString(), "samskap");
    store = new MongoPollStore(vertx, database.db());
    await(store.init());
    service = new PollService(vertx, store, () -> 1_000L);
    vertx.eventBus().<JsonObject>consumer(Addresses.events(BOARD), m -> boardEvents.add(m.body()));
  }

  @AfterEach
  void stop() throws Exception {
    database.close();
    mongo.close();
    await(vertx.close());
    TempDirs.delete(dir);
  }

  PollService.Created twoProposals(int invites) throws Exception {
    return await(service.create(BOARD, new PollService.Draft("Hva først?", List.of(
        new PollService.Proposal("Digital innsjekk", "", "n1"), new PollService.Proposal("Flere hender", "", "n2")), 1, invites, false)));
  }

  @Test
  @DisplayName("P1: a poll without invite links or a shared link is refused bad_request, and nothing is stored")
  void a_poll_needs_a_link() throws Exception {
    Refused r = refused(service.create(BOARD, new PollService.Draft("Hva først?",
        List.of(new PollService.Proposal("Digital innsjekk", "", "")), 1, 0, false)));
    assertEquals(Reason.BAD_REQUEST, r.reason());
    assertEquals(List.of(), await(service.ofBoard(BOARD)));
  }

  @Test
  @DisplayName("P5, P8: a token votes once; the repeat is already_voted, the results count one ballot, and the board hears them")
  void one_ballot_per_token() throws Exception {
    PollService.Created c = twoProposals(1);
    PollService.Voter voter = await(service.voter(c.poll().id(), c.invites().get(0).secret(), true));
    await(service.vote(voter, () -> new PollStore.Ballot(VoterGroup.RELATIVE, List.of("i2"))));
    Refused again = refused(service.vote(voter, () -> new PollStore.Ballot(VoterGroup.RELATIVE, List.of("i1"))));
    assertEquals(Reason.ALREADY_VOTED, again.reason());
    assertEquals(1, await(service.results(c.poll())).getInteger("ballots"));
    JsonObject event = boardEvents.poll(5, TimeUnit.SECONDS);
    assertEquals("poll.results", event.getString("type"));
    assertEquals(1, event.getInteger("ballots"));
  }

  @Test
  @DisplayName("P6, P8: a closed poll refuses a ballot with poll_closed; closing publishes the final results")
  void a_closed_poll_takes_no_votes() throws Exception {
    PollService.Created c = twoProposals(1);
    JsonObject results = await(service.close(c.poll()));
    assertEquals(false, results.getBoolean("open"));
    assertEquals(false, boardEvents.poll(5, TimeUnit.SECONDS).getBoolean("open"));
    PollService.Voter voter = await(service.voter(c.poll().id(), c.invites().get(0).secret(), true));
    Refused r = refused(service.vote(voter, () -> new PollStore.Ballot(VoterGroup.OTHER, List.of("i1"))));
    assertEquals(Reason.POLL_CLOSED, r.reason());
    assertEquals(0, await(service.results(c.poll())).getInteger("ballots"));
  }

  @Test
  @DisplayName("P7: a wrong token is invalid_token (answered as not found), a revoked link is link_revoked")
  void wrong_and_revoked_links() throws Exception {
    PollService.Created c = twoProposals(1);
    Refused wrong = refused(service.voter(c.poll().id(), "not-a-token", false));
    assertEquals(Reason.NO_SUCH_LINK, wrong.reason());
    assertEquals("invalid_token", wrong.reason().code());
    assertEquals(1L, await(service.revoke(c.poll(), c.invites().get(0).linkId())));
    assertEquals(Reason.LINK_REVOKED, refused(service.voter(c.poll().id(), c.invites().get(0).secret(), false)).reason());
  }

  static Refused refused(Future<?> f) {
    ExecutionException e = assertThrows(ExecutionException.class, () -> await(f));
    return assertInstanceOf(Refused.class, e.getCause());
  }

  static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }
}
