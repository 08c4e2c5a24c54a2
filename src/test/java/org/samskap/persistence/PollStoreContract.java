package org.samskap.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.persistence.StoreAwait.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.vertx.core.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.domain.polls.Poll;
import org.samskap.domain.polls.PollItem;
import org.samskap.domain.polls.VoterGroup;
import org.samskap.polls.PollLink;
import org.samskap.polls.PollStore;
import org.samskap.polls.PollStore.Ballot;
import org.samskap.polls.PollStore.Cast;

/**
 * The contract of the {@link PollStore} port (docs/PROTOCOL.md, P rules). Adapters run it by
 * extending it ({@link PortContract}).
 */
public abstract class PollStoreContract extends PortContract<PollStore> {
  /** {@code init} runs on a store just opened, as at a node's start. */
  @BeforeAll
  void initStore() throws Exception {
    await(store.init());
  }

  static Poll poll(String boardId, long createdAt) {
    return new Poll(fresh("poll"), boardId, "Hvilke forslag er viktigst for deg?", List.of(
        new PollItem("a", "n1", "Fast kontaktperson", "Du får én person å ringe."),
        new PollItem("b", "n2", "SMS før besøk æøå", ""),
        new PollItem("c", "", "Kveldsåpent", "")), 2, true, createdAt);
  }

  static PollLink link(Poll p, String kind, String parent) {
    return new PollLink(fresh("link"), p.id(), kind, parent, fresh("hash"), false);
  }

  // ---- polls ----

  @Test
  @DisplayName("P1: create stores the poll and its links; find and link return them as given")
  void create_then_find() throws Exception {
    Poll p = poll(fresh("board"), 1000);
    PollLink invite = link(p, PollLink.INVITE, null);
    PollLink shared = link(p, PollLink.SHARED, null);
    await(store.create(p, List.of(invite, shared)));
    assertEquals(Optional.of(p), await(store.find(p.id())));
    assertEquals(Optional.of(invite), await(store.link(invite.hash())));
    assertEquals(Optional.of(shared), await(store.link(shared.hash())));
  }

  @Test
  @DisplayName("find of an unknown poll and link of an unknown hash are empty, not failures")
  void unknown_is_empty() throws Exception {
    assertEquals(Optional.empty(), await(store.find(fresh("nosuch"))));
    assertEquals(Optional.empty(), await(store.link(fresh("nosuch"))));
  }

  @Test
  @DisplayName("init may run again at the next start")
  void init_twice() throws Exception {
    await(store.init());
  }

  @Test
  @DisplayName("ofBoard lists the board's polls oldest first, and only the board's")
  void of_board_oldest_first() throws Exception {
    String board = fresh("board");
    Poll late = poll(board, 3000);
    Poll early = poll(board, 1000);
    Poll middle = poll(board, 2000);
    for (Poll p : List.of(late, early, middle)) await(store.create(p, List.of()));
    await(store.create(poll(fresh("board"), 1500), List.of()));
    assertEquals(List.of(early, middle, late), await(store.ofBoard(board)));
    assertEquals(List.of(), await(store.ofBoard(fresh("board"))));
  }

  @Test
  @DisplayName("P6: close marks the poll closed and answers true; an unknown poll answers false")
  void close_poll() throws Exception {
    Poll p = poll(fresh("board"), 1000);
    await(store.create(p, List.of()));
    assertTrue(await(store.close(p.id())));
    assertFalse(await(store.find(p.id())).orElseThrow().open());
    assertFalse(await(store.close(fresh("nosuch"))));
  }

  // ---- links ----

  @Test
  @DisplayName("P3: addLink stores a device link under its shared link; link finds it by hash")
  void add_device_link() throws Exception {
    Poll p = poll(fresh("board"), 1000);
    PollLink shared = link(p, PollLink.SHARED, null);
    await(store.create(p, List.of(shared)));
    PollLink device = link(p, PollLink.DEVICE, shared.id());
    await(store.addLink(device));
    assertEquals(Optional.of(device), await(store.link(device.hash())));
  }

  @Test
  @DisplayName("P3: two links with the same token hash cannot both be stored")
  void link_hash_is_unique() throws Exception {
    Poll p = poll(fresh("board"), 1000);
    PollLink first = link(p, PollLink.INVITE, null);
    await(store.create(p, List.of(first)));
    PollLink same = new PollLink(fresh("link"), p.id(), PollLink.INVITE, null, first.hash(), false);
    assertTrue(StoreAwait.awaitFailure(store.addLink(same)) != null);
    assertEquals(Optional.of(first), await(store.link(first.hash())));
  }

  @Test
  @DisplayName("P7: revoke revokes the link and every device token it handed out, counts them, and leaves other links")
  void revoke_link_and_devices() throws Exception {
    Poll p = poll(fresh("board"), 1000);
    PollLink shared = link(p, PollLink.SHARED, null);
    PollLink invite = link(p, PollLink.INVITE, null);
    await(store.create(p, List.of(shared, invite)));
    PollLink d1 = link(p, PollLink.DEVICE, shared.id());
    PollLink d2 = link(p, PollLink.DEVICE, shared.id());
    await(store.addLink(d1));
    await(store.addLink(d2));
    assertEquals(0L, await(store.revoke(fresh("otherpoll"), shared.id())), "a link is revoked only through its own poll");
    assertEquals(3L, await(store.revoke(p.id(), shared.id())));
    for (PollLink l : List.of(shared, d1, d2)) assertTrue(await(store.link(l.hash())).orElseThrow().revoked(), l.kind());
    assertFalse(await(store.link(invite.hash())).orElseThrow().revoked());
  }

  // ---- ballots ----

  @Test
  @DisplayName("P5: a token's first ballot is stored; its second is ALREADY_VOTED and changes nothing")
  void one_ballot_per_token() throws Exception {
    Poll p = poll(fresh("board"), 1000);
    await(store.create(p, List.of()));
    String token = fresh("t");
    assertFalse(await(store.hasBallot(p.id(), token)));
    assertEquals(Cast.STORED, await(store.cast(p.id(), token, VoterGroup.RELATIVE, List.of("a", "b"))));
    assertTrue(await(store.hasBallot(p.id(), token)));
    assertEquals(Cast.ALREADY_VOTED, await(store.cast(p.id(), token, VoterGroup.EMPLOYEE, List.of("c"))));
    assertEquals(List.of(new Ballot(VoterGroup.RELATIVE, List.of("a", "b"))), await(store.ballots(p.id())));
  }

  @Test
  @DisplayName("P5: the same token may vote in another poll; ballots lists only the poll's own, with group and choices")
  void ballots_are_per_poll() throws Exception {
    Poll p = poll(fresh("board"), 1000);
    Poll q = poll(fresh("board"), 1000);
    await(store.create(p, List.of()));
    await(store.create(q, List.of()));
    String token = fresh("t");
    assertEquals(Cast.STORED, await(store.cast(p.id(), token, VoterGroup.SERVICE_USER, List.of("a"))));
    assertEquals(Cast.STORED, await(store.cast(q.id(), token, VoterGroup.OTHER, List.of("c", "b"))));
    assertEquals(Cast.STORED, await(store.cast(p.id(), fresh("t"), VoterGroup.EMPLOYEE, List.of("b"))));
    List<Ballot> ofP = new ArrayList<>(await(store.ballots(p.id())));
    ofP.sort((x, y) -> x.group().compareTo(y.group()));
    assertEquals(List.of(new Ballot(VoterGroup.SERVICE_USER, List.of("a")), new Ballot(VoterGroup.EMPLOYEE, List.of("b"))), ofP);
    assertEquals(List.of(new Ballot(VoterGroup.OTHER, List.of("c", "b"))), await(store.ballots(q.id())), "choices keep their order");
    assertFalse(await(store.hasBallot(q.id(), fresh("t"))));
  }

  @Test
  @DisplayName("P5: many racing ballots of one token store exactly one")
  void racing_ballots_store_one() throws Exception {
    Poll p = poll(fresh("board"), 1000);
    await(store.create(p, List.of()));
    String token = fresh("t");
    List<Future<Cast>> casts = new ArrayList<>();
    for (int i = 0; i < 12; i++) casts.add(store.cast(p.id(), token, VoterGroup.RELATIVE, List.of(i % 2 == 0 ? "a" : "b")));
    long stored = 0;
    for (Future<Cast> f : casts) if (await(f) == Cast.STORED) stored++;
    assertEquals(1, stored);
    assertEquals(1, await(store.ballots(p.id())).size());
  }
}
