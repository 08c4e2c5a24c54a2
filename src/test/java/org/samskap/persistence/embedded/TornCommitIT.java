package org.samskap.persistence.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.backend.KeyValue;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.board.BoardMeta;
import org.samskap.board.StoredEvent;
import org.samskap.persistence.Database;
import org.samskap.persistence.MongoBoardStore;
import org.samskap.testing.TempDirs;

/**
 * Rule [S1] (docs/ARCHITECTURE.md, "The embedded default"): the state a torn commit leaves in
 * the embedded database's file - an event document without its {@code _id} index entry, or an
 * index entry without its document (issue 15) - is written with MVStore directly, exactly as
 * mongo-java-server's H2 backend lays it out, and the embedded server is started on it. The
 * board must load at its last whole version, take the next write, and keep every event that
 * was whole. Before the fix the board with a document orphan failed every write of the next
 * version with "Document with key ... already existed", forever.
 */
class TornCommitIT {
  static final String DATABASE = "samskap";
  static final String EVENTS_DATA = "databases." + DATABASE + ".events";
  static final String EVENTS_ID_INDEX = DATABASE + ".events._index__id_";

  Path dataDir;
  Vertx vertx;
  EmbeddedMongo mongo;
  Database database;
  MongoBoardStore store;

  @BeforeEach
  void setUp() throws Exception {
    dataDir = Files.createTempDirectory("samskap-torn");
    vertx = Vertx.vertx();
  }

  @AfterEach
  void tearDown() throws Exception {
    stop();
    await(vertx.close());
    TempDirs.delete(dataDir);
  }

  private void start() throws Exception {
    mongo = EmbeddedMongo.start(dataDir, 0, false);
    database = Database.connect(mongo.connectionString(), DATABASE);
    store = new MongoBoardStore(vertx, database.db());
    await(store.init());
  }

  private void stop() {
    if (database != null) database.close();
    if (mongo != null) mongo.close();
    database = null;
    mongo = null;
  }

  /** A board with events 1..{@code last}, written through the server and closed cleanly. */
  private BoardMeta boardWithEvents(long last) throws Exception {
    start();
    BoardMeta meta = new BoardMeta("torn" + System.nanoTime(), "ideas", "Riven", 1_700_000_000_000L, Map.of());
    await(store.createBoard(meta));
    await(store.append(meta.id(), events(1, last, "kept")));
    stop();
    return meta;
  }

  static StoredEvent event(long v, String tag) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "note.move");
    body.put("noteId", "n1");
    body.put("x", (double) v);
    body.put("y", 2.0);
    return new StoredEvent(v, tag + "-" + v, "s1", 1_700_000_000_000L + v, body);
  }

  static List<StoredEvent> events(long from, long to, String tag) {
    List<StoredEvent> out = new ArrayList<>();
    for (long v = from; v <= to; v++) out.add(event(v, tag));
    return out;
  }

  /** The event document as the server stores it (mongo-java-server's own Document type). */
  static de.bwaldvogel.mongo.bson.Document storedDocument(String boardId, long v, String tag) {
    de.bwaldvogel.mongo.bson.Document d = new de.bwaldvogel.mongo.bson.Document();
    d.put("_id", boardId + ":" + v);
    d.put("b", boardId);
    d.put("v", v);
    d.put("c", tag + "-" + v);
    d.put("by", "s1");
    d.put("at", 1_700_000_000_000L + v);
    d.put("e", new de.bwaldvogel.mongo.bson.Document("type", "note.move"));
    return d;
  }

  private MVStore openFile() {
    return new MVStore.Builder().fileName(dataDir.resolve(EmbeddedMongo.FILE_NAME).toString()).autoCommitDisabled().open();
  }

  @Test
  @DisplayName("S1: an event document without its _id index entry (the issue's state) is indexed again; the board takes the next version")
  void document_without_index_entry_heals() throws Exception {
    BoardMeta meta = boardWithEvents(20);
    try (MVStore file = openFile()) {
      MVMap<Object, Object> data = file.openMap(EVENTS_DATA);
      MVMap<Object, Object> index = file.openMap(EVENTS_ID_INDEX);
      assertNotNull(data.get(meta.id() + ":20"), "the layout this test writes is the server's");
      assertNotNull(index.get(new KeyValue(meta.id() + ":20")));
      data.put(meta.id() + ":21", storedDocument(meta.id(), 21, "torn"));
      file.commit();
    }

    start();
    List<StoredEvent> loaded = await(store.load(meta.id())).tail();
    assertEquals(events(1, 20, "kept"), loaded.subList(0, 20), "every whole event is kept");
    assertEquals(21, loaded.size(), "the torn event follows version 20, so it is whole again and loads");
    await(store.append(meta.id(), events(22, 23, "fresh")));
    List<StoredEvent> tail = await(store.load(meta.id())).tail();
    assertEquals(events(22, 23, "fresh"), tail.subList(21, 23), "the board takes new writes after it");
    assertEquals(23, store.countEvents(meta.id()));
  }

  @Test
  @DisplayName("S1: an _id index entry without its event document is dropped; the board loads and takes the next version")
  void index_entry_without_document_heals() throws Exception {
    BoardMeta meta = boardWithEvents(20);
    try (MVStore file = openFile()) {
      MVMap<Object, Object> index = file.openMap(EVENTS_ID_INDEX);
      index.put(new KeyValue(meta.id() + ":21"), meta.id() + ":21");
      file.commit();
    }

    start();
    assertEquals(events(1, 20, "kept"), await(store.load(meta.id())).tail());
    await(store.append(meta.id(), events(21, 21, "fresh")));
    assertEquals(event(21, "fresh"), await(store.load(meta.id())).tail().get(20));
  }

  @Test
  @DisplayName("S1: the start-up check mends orphans of both kinds, drops a torn event beyond a gap and leaves whole documents alone")
  void startup_check_repairs_the_file() throws Exception {
    BoardMeta meta = boardWithEvents(5);
    try (MVStore file = openFile()) {
      MVMap<Object, Object> data = file.openMap(EVENTS_DATA);
      data.put(meta.id() + ":6", storedDocument(meta.id(), 6, "torn"));
      data.put(meta.id() + ":9", storedDocument(meta.id(), 9, "torn"));
      file.openMap(EVENTS_ID_INDEX).put(new KeyValue(meta.id() + ":7"), meta.id() + ":7");
      file.commit();
    }
    start();
    stop();
    try (MVStore file = openFile()) {
      MVMap<Object, Object> data = file.openMap(EVENTS_DATA);
      MVMap<Object, Object> index = file.openMap(EVENTS_ID_INDEX);
      assertTrue(index.containsKey(new KeyValue(meta.id() + ":6")), "the document without index entry that follows 5 is indexed");
      assertFalse(index.containsKey(new KeyValue(meta.id() + ":7")), "the index entry without document is gone");
      assertNull(data.get(meta.id() + ":9"), "the torn event beyond the gap at 7-8 is gone");
      assertFalse(index.containsKey(new KeyValue(meta.id() + ":9")));
      for (long v = 1; v <= 5; v++) {
        assertNotNull(data.get(meta.id() + ":" + v), "whole event " + v + " kept");
        assertTrue(index.containsKey(new KeyValue(meta.id() + ":" + v)), "index of whole event " + v + " kept");
      }
      assertEquals(data.sizeAsLong(), index.sizeAsLong(), "every document has its index entry and no entry more");
    }
  }

  @Test
  @DisplayName("S2: an insert that meets a document without index entry at run time mends it; the board's next write passes")
  void live_document_orphan_is_mended_by_the_failed_insert() throws Exception {
    BoardMeta meta = boardWithEvents(20);
    start();
    MVStore live = mongo.backend().getMvStore();
    live.<Object, Object>openMap(EVENTS_DATA).put(meta.id() + ":21", storedDocument(meta.id(), 21, "torn"));

    Throwable first = awaitFailure(store.append(meta.id(), events(21, 22, "fresh")));
    assertFalse(first.getMessage().contains("note.move") || first.getMessage().contains("already existed"),
        "the failure names versions, not stored content: " + first.getMessage());
    assertTrue(mongo.backend().keysMended() > 0, "the failed insert mended the key");
    List<StoredEvent> reloaded = await(store.load(meta.id())).tail();
    assertEquals(events(1, 20, "kept"), reloaded.subList(0, 20));
    assertEquals(21, reloaded.size(), "the board reloads at 21: the insert's own 21 is whole now");
    await(store.append(meta.id(), events(22, 22, "fresh")));
    assertEquals(22, await(store.load(meta.id())).tail().size(), "and takes the next write: no loop");
  }

  @Test
  @DisplayName("S2: an insert that meets an index entry without document at run time mends it and the append passes on its one retry")
  void live_index_orphan_is_mended_and_the_append_retried() throws Exception {
    BoardMeta meta = boardWithEvents(20);
    start();
    MVStore live = mongo.backend().getMvStore();
    live.<Object, Object>openMap(EVENTS_ID_INDEX).put(new KeyValue(meta.id() + ":21"), meta.id() + ":21");

    await(store.append(meta.id(), events(21, 22, "fresh")));
    assertEquals(events(21, 22, "fresh"), await(store.load(meta.id())).tail().subList(20, 22));
    assertTrue(mongo.backend().keysMended() > 0);
  }

  static Throwable awaitFailure(Future<?> f) throws Exception {
    try {
      f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      return e.getCause();
    }
    throw new AssertionError("expected the append to fail");
  }

  static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
  }
}
