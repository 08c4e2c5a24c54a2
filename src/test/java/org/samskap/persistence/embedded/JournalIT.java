package org.samskap.persistence.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.samskap.testing.TempDirs;

/**
 * Rule [S4] (docs/ARCHITECTURE.md): a write is durable once its journal record is written;
 * MVStore commits only at checkpoints. Real driver, real wire, real H2 file; a "crash" closes
 * the file and the journal with no checkpoint ({@link EmbeddedMongo#crashForTest}, as a
 * {@code kill -9} leaves them: the records are in the file, the MVStore has only its last
 * checkpoint), then the same directory is opened again. The housekeeping checkpoint is held off
 * (one an hour) so every write below is in the journal only when the crash comes.
 */
class JournalIT {
  static final long NO_CHECKPOINT = 3_600_000;

  Path dataDir;
  EmbeddedMongo mongo;
  MongoClient client;

  @BeforeEach
  void setUp() throws Exception {
    dataDir = Files.createTempDirectory("samskap-journal-it");
  }

  @AfterEach
  void tearDown() {
    if (client != null) client.close();
    if (mongo != null) mongo.close();
    TempDirs.delete(dataDir);
  }

  private MongoCollection<Document> open(String name) {
    mongo = EmbeddedMongo.start(dataDir, "127.0.0.1", 0, false, NO_CHECKPOINT);
    client = MongoClients.create(mongo.connectionString());
    return client.getDatabase("samskap").getCollection(name);
  }

  private MongoCollection<Document> collection(String name) {
    return client.getDatabase("samskap").getCollection(name);
  }

  private void crash() {
    client.close();
    client = null;
    mongo.crashForTest();
    mongo = null;
  }

  private Path journalFile() {
    return dataDir.resolve(Journal.FILE_NAME);
  }

  static Document typed(int i) {
    return new Document("_id", "typed:" + i).append("oid", new ObjectId()).append("int", i).append("long", (long) i << 33)
        .append("dbl", i + 0.25).append("dec", new Decimal128(new BigDecimal("10.0" + i))).append("date", new Date(1_764_633_600_000L + i))
        .append("bin", new Binary(new byte[] {(byte) i, 2, 3})).append("text", "lapp nr. " + i + " på tavla");
  }

  /** Every kind of write Samskap sends, each acknowledged before the crash. */
  private List<Document> writeEveryKind() {
    MongoCollection<Document> c = collection("events");
    List<Document> typed = new ArrayList<>();
    for (int i = 0; i < 20; i++) typed.add(typed(i));
    c.insertMany(typed.subList(0, 10));
    for (int i = 10; i < 20; i++) c.insertOne(typed.get(i));
    c.insertOne(new Document("b", "no id from the caller")); // the driver sets the _id
    MongoCollection<Document> boards = collection("boards");
    boards.insertOne(new Document("_id", "board-1").append("rev", 0L).append("tokens", List.of()));
    for (int i = 0; i < 25; i++) boards.updateOne(Filters.eq("_id", "board-1"), Updates.inc("rev", 1L));
    boards.updateOne(Filters.eq("_id", "board-1"), Updates.push("tokens", new Document("hash", "h1").append("role", "edit")));
    boards.replaceOne(Filters.eq("_id", "tomb-1"), new Document("_id", "tomb-1").append("at", 5L), new ReplaceOptions().upsert(true));
    c.deleteOne(Filters.eq("_id", "typed:3"));
    c.deleteMany(Filters.in("_id", "typed:4", "typed:5"));
    assertNotNull(boards.findOneAndUpdate(Filters.eq("_id", "board-1"), Updates.set("phase", "pilot")));
    collection("polls").createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
    collection("polls").insertOne(new Document("_id", "p1").append("code", "ABC"));
    return typed;
  }

  private void assertEveryKindStored(List<Document> typed) {
    MongoCollection<Document> c = collection("events");
    for (Document d : typed) {
      Document back = c.find(Filters.eq("_id", d.get("_id"))).first();
      String id = d.getString("_id");
      if (id.equals("typed:3") || id.equals("typed:4") || id.equals("typed:5")) {
        assertNull(back, id + " was deleted before the crash");
      } else {
        assertEquals(d, back, "every value, with its type, as written: " + id);
      }
    }
    assertEquals(1, c.countDocuments(Filters.eq("b", "no id from the caller")));
    Document board = collection("boards").find(Filters.eq("_id", "board-1")).first();
    assertNotNull(board);
    assertEquals(25L, board.get("rev"), "each $inc applied exactly once");
    assertEquals("pilot", board.getString("phase"));
    assertEquals(1, board.getList("tokens", Document.class).size());
    assertEquals(5L, collection("boards").find(Filters.eq("_id", "tomb-1")).first().get("at"));
    assertEquals(1, collection("polls").countDocuments());
    boolean unique = false;
    for (Document ix : collection("polls").listIndexes()) unique |= Boolean.TRUE.equals(ix.get("unique"));
    assertTrue(unique, "the unique index made before the crash is there");
  }

  @Test
  void S4_acknowledged_writes_survive_a_crash_between_checkpoints() throws Exception {
    open("events");
    long checkpointsBefore = mongo.backend().checkpoints();
    List<Document> typed = writeEveryKind();
    assertEquals(checkpointsBefore, mongo.backend().checkpoints(), "no checkpoint ran: the writes are in the journal only");
    assertTrue(Files.size(journalFile()) > 0, "the acknowledged writes are in the journal");
    crash();

    open("events");
    assertEveryKindStored(typed);
    assertEquals(0, Files.size(journalFile()), "the start's checkpoint emptied the journal");
    collection("boards").updateOne(Filters.eq("_id", "board-1"), Updates.inc("rev", 1L));
    assertEquals(26L, collection("boards").find(Filters.eq("_id", "board-1")).first().get("rev"), "and it takes new writes");
  }

  @Test
  void S4_replay_is_idempotent_across_two_crashes_in_a_row() throws Exception {
    open("events");
    List<Document> typed = writeEveryKind();
    crash();
    // the journal as the first crash left it: a crash between the next start's checkpoint and the
    // emptying of the journal leaves exactly this beside a file that already holds every record
    Path copy = dataDir.resolveSibling(dataDir.getFileName() + ".journal-copy");
    Files.copy(journalFile(), copy, StandardCopyOption.REPLACE_EXISTING);
    try {
      open("events");
      assertEveryKindStored(typed);
      crash();
      Files.copy(copy, journalFile(), StandardCopyOption.REPLACE_EXISTING);

      open("events");
      assertEveryKindStored(typed); // the $inc count above would be 50 if the records ran twice
      // and a third crash after new writes: numbering goes on past the replayed records
      collection("boards").updateOne(Filters.eq("_id", "board-1"), Updates.inc("rev", 1L));
      crash();
      open("events");
      assertEquals(26L, collection("boards").find(Filters.eq("_id", "board-1")).first().get("rev"));
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  @Test
  void S4_a_torn_last_record_is_ignored_and_the_journal_takes_new_records_after_it() throws Exception {
    MongoCollection<Document> c = open("events");
    for (int i = 0; i < 30; i++) c.insertOne(new Document("_id", "ok:" + i).append("n", i));
    long seq = mongo.backend().writes();
    crash();
    // a record the crash cut off while it was appended (so never answered): the next number,
    // an insert of its own, only part of it in the file
    Path other = Files.createTempDirectory("samskap-journal-torn");
    try {
      Journal j = new Journal(other.resolve(Journal.FILE_NAME));
      de.bwaldvogel.mongo.bson.Document insert = new de.bwaldvogel.mongo.bson.Document("insert", "events");
      insert.put("documents", List.of(new de.bwaldvogel.mongo.bson.Document("_id", "torn").append("n", -1)));
      j.append(seq + 1, "samskap", "insert", insert);
      j.write(j.swap(), false);
      j.close();
      byte[] record = Files.readAllBytes(other.resolve(Journal.FILE_NAME));
      try (FileChannel ch = FileChannel.open(journalFile(), StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
        ch.write(ByteBuffer.wrap(record, 0, record.length - 7));
      }
    } finally {
      TempDirs.delete(other);
    }

    c = open("events");
    assertEquals(30, c.countDocuments(), "every acknowledged insert, and not the torn one");
    assertNull(c.find(Filters.eq("_id", "torn")).first());
    c.insertOne(new Document("_id", "after"));
    crash();
    c = open("events");
    assertEquals(31, c.countDocuments(), "the write after the torn record survives the next crash: no garbage before it");
    assertNotNull(c.find(Filters.eq("_id", "after")).first());
  }

  @Test
  void S4_a_checkpoint_empties_the_journal_and_the_file_holds_everything() throws Exception {
    MongoCollection<Document> c = open("events");
    for (int i = 0; i < 10; i++) c.insertOne(new Document("_id", "cp:" + i));
    assertTrue(Files.size(journalFile()) > 0);
    mongo.backend().checkpoint(false, false);
    assertEquals(0, Files.size(journalFile()), "the checkpoint emptied the journal");
    crash();
    c = open("events");
    assertEquals(10, c.countDocuments(), "with an empty journal the file alone holds every write");
  }

  @Test
  void S4_D3_a_delete_that_a_checkpoint_stored_before_the_rewrite_leaves_no_text_in_any_file() throws Exception {
    String marker = "MARKER-s4-" + System.nanoTime() + "-Ærlig";
    MongoCollection<Document> c = open("events");
    List<Document> keep = new ArrayList<>();
    for (int i = 0; i < 500; i++) keep.add(new Document("_id", "keep:" + i).append("t", "kept note " + i));
    c.insertMany(keep);
    for (int i = 0; i < 20; i++) c.insertOne(new Document("_id", "gone:" + i).append("b", "gone").append("t", marker + " " + i));
    mongo.backend().checkpoint(true, false); // the text is in the file, as a housekeeping round leaves it
    assertEquals(20, c.deleteMany(Filters.eq("b", "gone")).getDeletedCount());
    mongo.backend().checkpoint(true, false); // and so is the delete, before the rewrite begins
    assertTrue(org.samskap.testing.DataDirSearch.anyFileHolds(dataDir, marker), "the text is in the file before the rewrite");

    mongo.compactFully();

    assertEquals(List.of(), org.samskap.testing.DataDirSearch.filesHolding(dataDir, marker), "the deleted text is in a file after the rewrite");
    assertEquals(500, c.countDocuments());
    crash(); // and the rewritten file reads back whole from the disk
    c = open("events");
    assertEquals(500, c.countDocuments());
    assertEquals("kept note 499", c.find(Filters.eq("_id", "keep:499")).first().getString("t"));
  }
}
