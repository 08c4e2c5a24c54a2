package org.samskap.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.util.Tokens;
import org.samskap.board.BoardMeta;
import org.samskap.board.BoardStore;
import org.samskap.board.LoadedBoard;
import org.samskap.board.Snapshot;
import org.samskap.board.StoredEvent;
import org.samskap.domain.Role;

/**
 * The contract of the {@link BoardStore} port. Every adapter runs this suite by extending it
 * and saying how to open and close a fresh, empty store.
 */
public abstract class BoardStoreContract {
  protected BoardStore store;

  /** A fresh store with no boards. Called before each test. */
  protected abstract BoardStore openStore() throws Exception;

  /** Releases what {@link #openStore} opened. Called after each test. */
  protected abstract void closeStore() throws Exception;

  @BeforeEach
  void openStoreForTest() throws Exception {
    store = openStore();
  }

  @AfterEach
  void closeStoreAfterTest() throws Exception {
    closeStore();
  }

  // ---- helpers ----

  protected static <T> T await(Future<T> f) throws Exception {
    try {
      return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("expected success, got " + e.getCause(), e.getCause());
    }
  }

  protected static Throwable awaitFailure(Future<?> f) throws Exception {
    try {
      Object value = f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
      return fail("expected a failure, got " + value);
    } catch (ExecutionException e) {
      return e.getCause();
    }
  }

  protected static BoardMeta newMeta(String title) {
    Map<String, Role> hashes = new LinkedHashMap<>();
    hashes.put(Tokens.hash(Tokens.newToken()), Role.FACILITATOR);
    hashes.put(Tokens.hash(Tokens.newToken()), Role.PARTICIPANT);
    return new BoardMeta(UUID.randomUUID().toString().replace("-", ""), "ideas", title, 1_700_000_000_000L, hashes);
  }

  protected static StoredEvent event(long version) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "note.move");
    body.put("noteId", "n" + (version % 3));
    body.put("x", version + 0.5);
    body.put("y", -1.0 * version);
    return new StoredEvent(version, "op-" + version, "session-" + (version % 2), 1_700_000_000_000L + version, body);
  }

  protected static List<StoredEvent> events(long from, long to) {
    List<StoredEvent> out = new ArrayList<>();
    for (long v = from; v <= to; v++) out.add(event(v));
    return out;
  }

  protected static Snapshot snapshot(String boardId, long version, String title) {
    Map<String, Object> note = new LinkedHashMap<>();
    note.put("id", "n1");
    note.put("text", "Bedre dagtilbud æøå 😀");
    note.put("x", 10.5);
    note.put("y", -20.0);
    note.put("color", "yellow");
    note.put("clusterId", null);
    note.put("author", "Kari");
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("notes", List.of(note));
    content.put("clusters", List.of());
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("ok", true);
    reply.put("version", version);
    return new Snapshot(boardId, version, title, content, List.of(Map.of("c", "op-" + version, "r", reply)));
  }

  protected static List<Long> versions(List<StoredEvent> events) {
    return events.stream().map(StoredEvent::version).toList();
  }

  protected BoardMeta createdBoard() throws Exception {
    BoardMeta meta = newMeta("Workshop " + UUID.randomUUID());
    await(store.createBoard(meta));
    return meta;
  }

  // ---- boards ----

  @Test
  @DisplayName("createBoard stores the board and findBoard returns it as it was given")
  void create_then_find() throws Exception {
    BoardMeta meta = createdBoard();
    Optional<BoardMeta> found = await(store.findBoard(meta.id()));
    assertEquals(Optional.of(meta), found);
    assertEquals(meta.tokenHashes(), found.orElseThrow().tokenHashes());
  }

  @Test
  @DisplayName("PJ6: a board made in a project keeps its project and phase in its meta, through findBoard and load")
  void project_and_phase_survive() throws Exception {
    BoardMeta meta = new BoardMeta(org.samskap.util.RandomIds.of(16), "ideas", "I prosjekt", 1L,
        Map.of(Tokens.hash(Tokens.newToken()), Role.FACILITATOR), "prj-123456789", 3);
    await(store.createBoard(meta));
    BoardMeta found = await(store.findBoard(meta.id())).orElseThrow();
    assertEquals(List.of("prj-123456789", 3), List.of(found.projectId(), found.phase()));
    assertEquals(meta, await(store.load(meta.id())).meta());
  }

  @Test
  @DisplayName("findBoard of an unknown id is empty, not a failure")
  void find_unknown_is_empty() throws Exception {
    assertEquals(Optional.empty(), await(store.findBoard("no-such-board")));
  }

  @Test
  @DisplayName("createBoard with an id that exists fails and leaves the first board as it was")
  void duplicate_create_fails() throws Exception {
    BoardMeta first = createdBoard();
    BoardMeta imposter = new BoardMeta(first.id(), "ideas", "Imposter", 2L, Map.of(Tokens.hash("x"), Role.FACILITATOR));
    assertNotNull(awaitFailure(store.createBoard(imposter)));
    assertEquals(Optional.of(first), await(store.findBoard(first.id())));
  }

  @Test
  @DisplayName("load of an unknown board fails")
  void load_unknown_fails() throws Exception {
    assertNotNull(awaitFailure(store.load("no-such-board")));
  }

  @Test
  @DisplayName("a new board loads with its metadata, no snapshot and no events")
  void load_new_board() throws Exception {
    BoardMeta meta = createdBoard();
    LoadedBoard loaded = await(store.load(meta.id()));
    assertEquals(meta, loaded.meta());
    assertNull(loaded.snapshot());
    assertEquals(List.of(), loaded.tail());
  }

  // ---- the event log ----

  @Test
  @DisplayName("R4: appended consecutive versions load back in order, field for field")
  void append_then_load_in_order() throws Exception {
    BoardMeta meta = createdBoard();
    await(store.append(meta.id(), events(1, 3)));
    await(store.append(meta.id(), events(4, 4)));
    await(store.append(meta.id(), events(5, 9)));
    LoadedBoard loaded = await(store.load(meta.id()));
    assertEquals(events(1, 9), loaded.tail());
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), versions(loaded.tail()));
  }

  @Test
  @DisplayName("R4: a long log (more than one read chunk) loads completely and in order")
  void long_log_loads_completely() throws Exception {
    BoardMeta meta = createdBoard();
    for (long v = 1; v <= 600; v += 100) await(store.append(meta.id(), events(v, v + 99)));
    List<StoredEvent> tail = await(store.load(meta.id())).tail();
    assertEquals(600, tail.size());
    assertEquals(events(1, 600), tail);
  }

  @Test
  @DisplayName("load reads a tail that ends exactly where one read of the log ends, and one just past it")
  void tails_at_read_boundaries() throws Exception {
    for (int n : new int[] {32, 33, 96, 97}) {
      BoardMeta meta = createdBoard();
      await(store.append(meta.id(), events(1, n)));
      assertEquals(events(1, n), await(store.load(meta.id())).tail(), n + " events");
    }
  }

  @Test
  @DisplayName("event fields keep their types, including an explicit null (no cluster)")
  void event_fields_round_trip() throws Exception {
    BoardMeta meta = createdBoard();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "note.create");
    body.put("noteId", "n1");
    body.put("text", "Middag sammen 😀");
    body.put("x", 1.25);
    body.put("y", -3.0);
    body.put("color", "pink");
    body.put("clusterId", null);
    body.put("author", "Ola");
    StoredEvent e = new StoredEvent(1, "op:1.a_b-c", "sess", 42L, body);
    await(store.append(meta.id(), List.of(e)));
    StoredEvent back = await(store.load(meta.id())).tail().get(0);
    assertEquals(e, back);
    assertTrue(back.body().containsKey("clusterId"));
    assertEquals(e.toWire(), back.toWire());
  }

  @Test
  @DisplayName("R4/R2: appending a version that is already stored fails and stores nothing of that batch")
  void duplicate_version_fails_and_stores_nothing() throws Exception {
    BoardMeta meta = createdBoard();
    await(store.append(meta.id(), events(1, 3)));
    StoredEvent other = new StoredEvent(3, "op-other", "s", 0, Map.of("type", "note.delete", "noteId", "n1"));
    List<StoredEvent> batch = new ArrayList<>(List.of(other));
    batch.addAll(events(4, 5));
    assertNotNull(awaitFailure(store.append(meta.id(), batch)));
    assertEquals(events(1, 3), await(store.load(meta.id())).tail(), "the stored 3 was kept and 4, 5 were not stored");
    await(store.append(meta.id(), events(4, 5)));
    assertEquals(versions(events(1, 5)), versions(await(store.load(meta.id())).tail()), "the log carries on");
  }

  @Test
  @DisplayName("R4: appending with a gap after the last version fails and stores nothing")
  void gap_after_the_log_fails_and_stores_nothing() throws Exception {
    BoardMeta meta = createdBoard();
    await(store.append(meta.id(), events(1, 2)));
    assertNotNull(awaitFailure(store.append(meta.id(), events(4, 5))));
    await(store.append(meta.id(), events(3, 3)));
    assertEquals(events(1, 3), await(store.load(meta.id())).tail(), "4 and 5 from the failed append were not stored");
  }

  @Test
  @DisplayName("R4: a first append must start at version 1")
  void first_append_starts_at_one() throws Exception {
    BoardMeta meta = createdBoard();
    assertNotNull(awaitFailure(store.append(meta.id(), events(2, 3))));
    await(store.append(meta.id(), events(1, 1)));
    assertEquals(events(1, 1), await(store.load(meta.id())).tail());
  }

  @Test
  @DisplayName("R4: a batch whose own versions are not consecutive fails and stores nothing")
  void non_consecutive_batch_fails_and_stores_nothing() throws Exception {
    BoardMeta meta = createdBoard();
    await(store.append(meta.id(), events(1, 1)));
    List<StoredEvent> withGap = List.of(event(2), event(3), event(5));
    assertNotNull(awaitFailure(store.append(meta.id(), withGap)));
    List<StoredEvent> repeated = List.of(event(2), event(2));
    assertNotNull(awaitFailure(store.append(meta.id(), repeated)));
    assertEquals(events(1, 1), await(store.load(meta.id())).tail());
    await(store.append(meta.id(), events(2, 3)));
    assertEquals(events(1, 3), await(store.load(meta.id())).tail());
  }

  @Test
  @DisplayName("the logs of two boards are separate")
  void boards_have_separate_logs() throws Exception {
    BoardMeta a = createdBoard();
    BoardMeta b = createdBoard();
    await(store.append(a.id(), events(1, 3)));
    await(store.append(b.id(), events(1, 1)));
    assertEquals(3, await(store.load(a.id())).tail().size());
    assertEquals(1, await(store.load(b.id())).tail().size());
  }

  // ---- snapshots ----

  @Test
  @DisplayName("J4: events then their snapshot; load returns the snapshot and only the events after it")
  void append_with_snapshot() throws Exception {
    BoardMeta meta = createdBoard();
    await(store.append(meta.id(), events(1, 2)));
    Snapshot at4 = snapshot(meta.id(), 4, "Ved 4");
    await(store.append(meta.id(), events(3, 4)));
    await(store.saveSnapshot(at4));
    await(store.append(meta.id(), events(5, 7)));
    LoadedBoard loaded = await(store.load(meta.id()));
    assertEquals(at4, loaded.snapshot());
    assertEquals(events(5, 7), loaded.tail());
  }

  @Test
  @DisplayName("J4: saveSnapshot replaces the earlier snapshot; load returns the newest and the tail after it")
  void save_snapshot_replaces() throws Exception {
    BoardMeta meta = createdBoard();
    await(store.append(meta.id(), events(1, 5)));
    await(store.saveSnapshot(snapshot(meta.id(), 2, "Ved 2")));
    LoadedBoard first = await(store.load(meta.id()));
    assertEquals(2L, first.snapshot().version());
    assertEquals(events(3, 5), first.tail());

    Snapshot at5 = snapshot(meta.id(), 5, "Ved 5");
    await(store.saveSnapshot(at5));
    LoadedBoard second = await(store.load(meta.id()));
    assertEquals(at5, second.snapshot());
    assertEquals("Ved 5", second.snapshot().title());
    assertEquals(List.of(), second.tail());
    assertEquals(meta, second.meta(), "the snapshot does not change the board's metadata");
  }

  @Test
  @DisplayName("D8b: compacting before a version empties the older bodies, keeps their versions, op ids and times, and the log gapless")
  void compact_events_before_a_version() throws Exception {
    BoardMeta meta = createdBoard();
    BoardMeta other = createdBoard();
    await(store.append(meta.id(), events(1, 5)));
    await(store.append(other.id(), events(1, 2)));
    await(store.saveSnapshot(snapshot(meta.id(), 3, "Ved 3")));
    await(store.compactEventsBefore(meta.id(), 3));
    await(store.append(meta.id(), events(6, 6)));
    LoadedBoard loaded = await(store.load(meta.id()));
    assertEquals(3L, loaded.snapshot().version());
    assertEquals(events(4, 6), loaded.tail());
    // a snapshot at 0 makes load read the whole log
    await(store.saveSnapshot(snapshot(meta.id(), 0, "Ved 0")));
    List<StoredEvent> all = await(store.load(meta.id())).tail();
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), versions(all));
    for (StoredEvent e : all.subList(0, 2)) {
      assertEquals(BoardStore.COMPACTED, e.body(), "version " + e.version());
      assertEquals(event(e.version()).clientOpId(), e.clientOpId());
      assertEquals(event(e.version()).at(), e.at());
    }
    assertEquals(events(3, 6), all.subList(2, 6));
    assertEquals(events(1, 2), await(store.load(other.id())).tail(), "another board's log is untouched");
  }

  @Test
  @DisplayName("J4: snapshot content, recent replies and nulls inside them survive storage")
  void snapshot_content_round_trips() throws Exception {
    BoardMeta meta = createdBoard();
    await(store.append(meta.id(), events(1, 1)));
    Snapshot s = snapshot(meta.id(), 1, "Tittel");
    await(store.saveSnapshot(s));
    Snapshot back = await(store.load(meta.id())).snapshot();
    assertEquals(s, back);
    assertEquals(s.recentReplies(), back.recentReplies());
    @SuppressWarnings("unchecked")
    Map<String, Object> note = ((List<Map<String, Object>>) back.content().get("notes")).get(0);
    assertTrue(note.containsKey("clusterId"));
    assertNull(note.get("clusterId"));
    assertEquals("Bedre dagtilbud æøå 😀", note.get("text"));
  }

  @Test
  @DisplayName("a snapshot of one board does not affect another")
  void snapshots_are_per_board() throws Exception {
    BoardMeta a = createdBoard();
    BoardMeta b = createdBoard();
    await(store.append(a.id(), events(1, 2)));
    await(store.saveSnapshot(snapshot(a.id(), 2, "A")));
    await(store.append(b.id(), events(1, 2)));
    assertNull(await(store.load(b.id())).snapshot());
    assertEquals(events(1, 2), await(store.load(b.id())).tail());
  }

  // ---- links ----

  @Test
  @DisplayName("F9: replaceToken swaps the hash of one role's token; the old hash opens nothing and the other role keeps its own")
  void replace_token_swaps_one_role() throws Exception {
    BoardMeta meta = createdBoard();
    String oldParticipant = hashOf(meta, Role.PARTICIPANT);
    String facilitator = hashOf(meta, Role.FACILITATOR);
    String fresh = Tokens.hash(Tokens.newToken());
    assertTrue(await(store.replaceToken(meta.id(), Role.PARTICIPANT, fresh)));
    BoardMeta after = await(store.findBoard(meta.id())).orElseThrow();
    assertEquals(Optional.of(Role.PARTICIPANT), after.roleOf(fresh));
    assertEquals(Optional.empty(), after.roleOf(oldParticipant), "the revoked link opens nothing");
    assertEquals(Optional.of(Role.FACILITATOR), after.roleOf(facilitator));
    assertEquals(2, after.tokenHashes().size());
    assertEquals(after, await(store.load(meta.id())).meta(), "a load sees the new hash too");
  }

  @Test
  @DisplayName("F9: replaceToken of an unknown board answers false and creates nothing")
  void replace_token_of_unknown_board() throws Exception {
    assertEquals(Boolean.FALSE, await(store.replaceToken("no-such-board", Role.PARTICIPANT, Tokens.hash("x"))));
    assertEquals(Optional.empty(), await(store.findBoard("no-such-board")));
  }

  @Test
  @DisplayName("O1: once every append has completed, the write backlog is empty")
  void backlog_is_empty_when_idle() throws Exception {
    BoardMeta meta = createdBoard();
    await(store.append(meta.id(), events(1, 3)));
    await(store.append(meta.id(), events(4, 5)));
    assertEquals(0, store.writeBacklog());
  }

  private static String hashOf(BoardMeta meta, Role role) {
    return meta.tokenHashes().entrySet().stream().filter(e -> e.getValue() == role).map(Map.Entry::getKey).findFirst().orElseThrow();
  }

  // ---- health ----

  @Test
  @DisplayName("H2: ping succeeds while the database answers")
  void ping_succeeds() throws Exception {
    await(store.ping());
  }

  @Test
  @DisplayName("X3: discardSnapshot removes a snapshot written before its board document (an import whose second write failed)")
  void discard_snapshot_of_an_import() throws Exception {
    BoardMeta meta = newMeta("Import");
    await(store.saveSnapshot(snapshot(meta.id(), 0, "Import")));
    await(store.discardSnapshot(meta.id()));
    await(store.createBoard(meta));
    LoadedBoard loaded = await(store.load(meta.id()));
    assertEquals(null, loaded.snapshot(), "nothing of the failed import is left");
  }
}
