package org.samskap.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.vertx.core.Vertx;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.board.BoardMeta;
import org.samskap.board.BoardStore;
import org.samskap.board.LoadedBoard;
import org.samskap.board.Snapshot;
import org.samskap.board.StoredEvent;
import org.samskap.persistence.embedded.EmbeddedMongo;
import org.samskap.testing.TempDirs;

/**
 * The {@link BoardStore} contract against {@link MongoBoardStore} on the real MongoDB driver,
 * talking over the wire to the embedded mongo-java-server with its H2 file backend in a
 * temporary directory, plus what only a file-backed store can show: data survives a restart.
 */
class EmbeddedMongoBoardStoreIT extends BoardStoreContract {
  static final String DATABASE = "samskap-contract";

  private Path dataDir;
  private Vertx vertx;
  private EmbeddedMongo mongo;
  private Database database;

  @Override
  protected BoardStore openStore() throws Exception {
    dataDir = Files.createTempDirectory("samskap-store-it");
    vertx = Vertx.vertx();
    return start();
  }

  /** Starts the embedded server on {@link #dataDir} and a store over it. */
  private MongoBoardStore start() throws Exception {
    mongo = EmbeddedMongo.start(dataDir, 0, false);
    database = Database.connect(mongo.connectionString(), DATABASE);
    MongoBoardStore s = new MongoBoardStore(vertx, database.db());
    await(s.init());
    return s;
  }

  private void stop() {
    if (database != null) database.close();
    if (mongo != null) mongo.close();
    database = null;
    mongo = null;
  }

  @Override
  protected void closeStore() throws Exception {
    stop();
    if (vertx != null) await(vertx.close());
    TempDirs.delete(dataDir);
  }

  @Test
  @DisplayName("J4: a snapshot stored by an older version (format 1: content and replies as plain fields) loads with its tail")
  void a_format_1_snapshot_still_loads() throws Exception {
    BoardMeta meta = createdBoard();
    await(store.append(meta.id(), events(1, 5)));
    Snapshot at3 = snapshot(meta.id(), 3, "Ved 3");
    database.db().getCollection("snapshots").insertOne(new Document("_id", meta.id()).append("v", 3L).append("title", "Ved 3")
        .append("content", new Document(at3.content())).append("replies", at3.recentReplies()));

    LoadedBoard loaded = await(store.load(meta.id()));
    assertEquals(at3, loaded.snapshot());
    assertEquals(events(4, 5), loaded.tail());

    Snapshot at5 = snapshot(meta.id(), 5, "Ved 5");
    await(store.saveSnapshot(at5));
    Document rewritten = database.db().getCollection("snapshots").find(new Document("_id", meta.id())).first();
    assertEquals(2, rewritten.get("format"), "the next snapshot is written in the current format");
    assertEquals(at5, await(store.load(meta.id())).snapshot());
  }

  @Test
  @DisplayName("R3/J4: boards, events and snapshots are in the file after the embedded server is closed and started again")
  void data_survives_closing_and_reopening_the_embedded_server() throws Exception {
    BoardMeta meta = createdBoard();
    BoardMeta other = createdBoard();
    Snapshot at3 = snapshot(meta.id(), 3, "Ved 3");
    await(store.append(meta.id(), events(1, 3)));
    await(store.saveSnapshot(at3));
    await(store.append(meta.id(), events(4, 6)));

    stop();
    assertTrue(Files.exists(dataDir.resolve(EmbeddedMongo.FILE_NAME)), "the database is a file in the data directory");
    store = start();

    assertEquals(Optional.of(meta), await(store.findBoard(meta.id())));
    assertEquals(Optional.of(other), await(store.findBoard(other.id())));
    LoadedBoard loaded = await(store.load(meta.id()));
    assertEquals(at3, loaded.snapshot());
    assertEquals(events(4, 6), loaded.tail());

    // and the reopened log carries on where it stopped, with its rules intact
    await(store.append(meta.id(), events(7, 7)));
    assertNotNull(awaitFailure(store.append(meta.id(), events(7, 7))), "the unique version index is still there");
    assertEquals(events(4, 7), await(store.load(meta.id())).tail());
  }

  @Test
  @DisplayName("S2: an append that meets its version stored by another writer after the load fails, never overwrites it, and the reload sees it")
  void a_version_stored_after_the_load_is_kept_and_seen_on_reload() throws Exception {
    BoardMeta meta = createdBoard();
    await(store.append(meta.id(), events(1, 3)));
    assertEquals(3, await(store.load(meta.id())).tail().size());
    // another process writes version 4 after this board was loaded
    StoredEvent theirs = new StoredEvent(4, "op-theirs", "s9", 42, java.util.Map.of("type", "note.delete", "noteId", "n1"));
    database.db().getCollection("events").insertOne(BoardDocuments.event(meta.id(), theirs));

    Throwable failure = awaitFailure(store.append(meta.id(), events(4, 5)));
    assertTrue(failure.getMessage().contains("already stored"), failure.getMessage());
    LoadedBoard reloaded = await(store.load(meta.id()));
    assertEquals(theirs, reloaded.tail().get(3), "the stored event was not overwritten, and the reload sees it");
    assertEquals(4, reloaded.tail().size(), "nothing of the failed append was stored");
    await(store.append(meta.id(), events(5, 5)));
    assertEquals(5, await(store.load(meta.id())).tail().size(), "the board carries on after the reload");
  }

  @Test
  @DisplayName("an acknowledged write is durable at once: a copy of the journal and the file taken while the server runs has it (S4)")
  void acknowledged_writes_are_in_the_file_while_the_server_runs() throws Exception {
    BoardMeta meta = createdBoard();
    await(store.append(meta.id(), events(1, 2)));
    Path copy = Files.createTempDirectory("samskap-store-copy");
    try {
      // rule S4: the write is in the journal at once and in the file by the next checkpoint; the
      // journal is copied first, so a checkpoint between the two copies leaves nothing out
      Files.copy(dataDir.resolve("samskap.journal"), copy.resolve("samskap.journal"));
      Files.copy(dataDir.resolve(EmbeddedMongo.FILE_NAME), copy.resolve(EmbeddedMongo.FILE_NAME));
      try (EmbeddedMongo second = EmbeddedMongo.start(copy, 0, false);
          Database db = Database.connect(second.connectionString(), DATABASE)) {
        MongoBoardStore reader = new MongoBoardStore(vertx, db.db());
        assertEquals(Optional.of(meta), await(reader.findBoard(meta.id())));
        assertEquals(events(1, 2), await(reader.load(meta.id())).tail());
      }
    } finally {
      TempDirs.delete(copy);
    }
  }

  @Test
  @DisplayName("PM10: a member holds one token per board (asking again replaces it); the board's own links are never a member's; dropping takes only theirs")
  void member_tokens_are_one_per_member_and_apart_from_the_boards_own_links() throws Exception {
    BoardMeta meta = createdBoard();
    String first = org.samskap.util.Tokens.hash("mona-1");
    String second = org.samskap.util.Tokens.hash("mona-2");
    String rolf = org.samskap.util.Tokens.hash("rolf-1");
    assertTrue(await(store.putMemberToken(meta.id(), "s:mona", org.samskap.domain.Role.PARTICIPANT, first)));
    assertTrue(await(store.putMemberToken(meta.id(), "s:rolf", org.samskap.domain.Role.OBSERVER, rolf)));
    assertTrue(await(store.putMemberToken(meta.id(), "s:mona", org.samskap.domain.Role.PARTICIPANT, second)));
    BoardMeta now = await(store.findBoard(meta.id())).orElseThrow();
    assertEquals(meta.tokenHashes().size() + 2, now.tokenHashes().size(), "one per member: " + now.tokenHashes());
    assertEquals(Optional.empty(), now.roleOf(first), "the replaced token opens nothing");
    assertEquals(Optional.of(org.samskap.domain.Role.PARTICIPANT), now.roleOf(second));
    // the board's own participant link (F9) and its first observer link (A13) leave the members' tokens alone
    String participant = org.samskap.util.Tokens.hash("own-participant");
    String observer = org.samskap.util.Tokens.hash("own-observer");
    assertTrue(await(store.replaceToken(meta.id(), org.samskap.domain.Role.PARTICIPANT, participant)));
    assertTrue(await(store.putToken(meta.id(), org.samskap.domain.Role.OBSERVER, observer)));
    now = await(store.findBoard(meta.id())).orElseThrow();
    assertEquals(Optional.of(org.samskap.domain.Role.PARTICIPANT), now.roleOf(second));
    assertEquals(Optional.of(org.samskap.domain.Role.OBSERVER), now.roleOf(rolf), "the observer link was added, not put over Rolf's");
    assertEquals(Optional.of(org.samskap.domain.Role.OBSERVER), now.roleOf(observer));
    await(store.dropMemberTokens(java.util.List.of(meta.id(), "no-such-board"), "s:mona"));
    now = await(store.findBoard(meta.id())).orElseThrow();
    assertEquals(Optional.empty(), now.roleOf(second));
    assertEquals(Optional.of(org.samskap.domain.Role.OBSERVER), now.roleOf(rolf));
    assertEquals(Optional.of(org.samskap.domain.Role.PARTICIPANT), now.roleOf(participant));
    assertEquals(Optional.of(org.samskap.domain.Role.OBSERVER), now.roleOf(observer));
    assertEquals(Boolean.FALSE, await(store.putMemberToken("no-such-board", "s:mona", org.samskap.domain.Role.PARTICIPANT, first)));
  }
}
