package org.samskap.persistence.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.samskap.testing.TempDirs;

/**
 * Rule [S4] (docs/ARCHITECTURE.md): the journal's records read back exactly as the server
 * decoded the command (every BSON type the driver sends keeps its Java type and value), and
 * reading stops at the first torn or damaged record.
 */
class JournalTest {
  Path dir;
  Journal journal;

  @BeforeEach
  void setUp() throws Exception {
    dir = Files.createTempDirectory("samskap-journal");
    journal = new Journal(dir.resolve(Journal.FILE_NAME));
  }

  @AfterEach
  void tearDown() throws Exception {
    journal.close();
    TempDirs.delete(dir);
  }

  static Document everyType() {
    Document nested = new Document("note", "Ærlig tale, øy og å").append("n", 7);
    Document d = new Document("_id", new ObjectId());
    d.put("int", 42);
    d.put("long", 42L);
    d.put("bigLong", Long.MAX_VALUE);
    d.put("double", 0.1);
    d.put("decimal", new Decimal128(new BigDecimal("1234567.891")));
    d.put("bool", true);
    d.put("null", null);
    d.put("date", Instant.ofEpochMilli(1_764_633_600_123L));
    d.put("bin", new BinData(new byte[] {0, 1, 2, (byte) 0xff}));
    d.put("uuid", UUID.fromString("01234567-89ab-cdef-0123-456789abcdef"));
    d.put("ts", new BsonTimestamp(1_764_633_600L << 32 | 5));
    d.put("min", MinKey.getInstance());
    d.put("max", MaxKey.getInstance());
    d.put("nested", nested);
    d.put("list", new ArrayList<>(List.of(1, 2L, "three", new Document("four", 4.0))));
    return d;
  }

  @Test
  void S4_every_value_type_round_trips_exactly() throws Exception {
    Document insert = new Document("insert", "events");
    insert.put("ordered", true);
    insert.put("documents", new ArrayList<>(List.of(everyType(), everyType())));
    insert.put("$db", "samskap");
    Document update = new Document("update", "boards");
    update.put("updates", List.of(new Document("q", new Document("_id", "b1")).append("u",
        new Document("$inc", new Document("rev", 1L)))));

    journal.append(1, "samskap", "insert", insert);
    journal.append(2, "samskap", "update", update);
    journal.write(journal.swap(), true);

    Journal.Contents back = journal.read();
    assertNull(back.stop(), "read to the end");
    assertEquals(2, back.entries().size());
    Journal.Entry first = back.entries().get(0);
    assertEquals(1, first.seq());
    assertEquals("samskap", first.db());
    assertEquals("insert", first.command());
    assertEquals(insert, first.query());
    assertSameTypes(insert, first.query());
    assertEquals(update, back.entries().get(1).query());
    assertSameTypes(update, back.entries().get(1).query());
  }

  /** Equal values of another type (Integer for Long, Double for Decimal128) would replay as something else. */
  static void assertSameTypes(Object expected, Object actual) {
    if (expected == null) {
      assertNull(actual);
      return;
    }
    if (expected instanceof List<?>) {
      assertEquals(true, actual instanceof List<?>, "a list: " + actual);
    } else {
      assertEquals(expected.getClass(), actual.getClass(), "type of " + expected);
    }
    if (expected instanceof Document e) {
      Document a = (Document) actual;
      assertEquals(new ArrayList<>(e.keySet()), new ArrayList<>(a.keySet()), "field order");
      for (String k : e.keySet()) assertSameTypes(e.get(k), a.get(k));
    } else if (expected instanceof List<?> e) {
      List<?> a = (List<?>) actual;
      assertEquals(e.size(), a.size());
      for (int i = 0; i < e.size(); i++) assertSameTypes(e.get(i), a.get(i));
    }
  }

  private void appendThree() throws Exception {
    for (int i = 1; i <= 3; i++) journal.append(i, "samskap", "insert", new Document("insert", "c").append("n", i));
    journal.write(journal.swap(), false);
  }

  @Test
  void S4_a_torn_last_record_ends_the_read() throws Exception {
    appendThree();
    Path file = dir.resolve(Journal.FILE_NAME);
    long size = Files.size(file);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(size - 3);
    }
    Journal.Contents back = journal.read();
    assertEquals(2, back.entries().size(), "the torn third record is not read");
    assertEquals("torn record", back.stop());
  }

  @Test
  void S4_a_damaged_record_ends_the_read() throws Exception {
    appendThree();
    Path file = dir.resolve(Journal.FILE_NAME);
    byte[] bytes = Files.readAllBytes(file);
    int second = Journal.HEADER + java.nio.ByteBuffer.wrap(bytes).getInt(0);
    bytes[second + Journal.HEADER + 10] ^= 0x20; // one bit of the second record's body
    Files.write(file, bytes);
    Journal.Contents back = journal.read();
    assertEquals(1, back.entries().size(), "the damaged record and everything after it are not read");
    assertEquals("bad checksum", back.stop());
  }

  @Test
  void S4_zeros_after_the_last_record_are_a_clean_end_and_emptying_zeroes_the_file() throws Exception {
    appendThree();
    Path file = dir.resolve(Journal.FILE_NAME);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.allocate(100), ch.size());
    }
    Journal.Contents back = journal.read();
    assertEquals(3, back.entries().size());
    assertNull(back.stop());

    journal.empty(true, false);
    assertEquals(0, Files.size(file));
    assertEquals(0, journal.read().entries().size());
  }
}
