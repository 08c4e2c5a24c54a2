package org.samskap.persistence.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.samskap.persistence.Database;
import org.samskap.testing.DataDirSearch;

/**
 * Rule [D3] (docs/PROTOCOL.md): a deleted document's text is still in the embedded database's
 * file after the delete is committed (MVStore writes new chunks and leaves old ones), and is
 * gone from every file of the data directory once {@link EmbeddedMongo#compactFully} ran,
 * while every document that was not deleted is still there.
 */
class DeletedBytesIT {
  Path dataDir;
  EmbeddedMongo mongo;
  Database database;

  @BeforeEach
  void setUp() throws IOException {
    dataDir = Files.createTempDirectory("samskap-d3");
    mongo = EmbeddedMongo.start(dataDir, 0, false);
    database = Database.connect(mongo.connectionString(), "samskap");
  }

  @AfterEach
  void tearDown() {
    if (database != null) database.close();
    if (mongo != null) mongo.close();
  }

  @Test
  void D3_a_deleted_text_is_in_the_file_after_the_delete_and_in_no_file_after_the_rewrite() throws IOException {
    String marker = "MARKER-d3-" + System.nanoTime() + "-Ærlig-øy";
    MongoCollection<Document> events = database.db().getCollection("events");
    List<Document> keep = new ArrayList<>();
    for (int i = 0; i < 2000; i++) keep.add(new Document("_id", "keep:" + i).append("b", "keep").append("t", "kept note " + i));
    events.insertMany(keep);
    for (int i = 0; i < 50; i++) events.insertOne(new Document("_id", "gone:" + i).append("b", "gone").append("t", marker + " " + i));
    events.deleteMany(Filters.eq("b", "gone"));

    assertTrue(anyFileHolds(dataDir, marker), "without the rewrite the deleted text is still in the file");

    long ms = mongo.compactFully();

    assertFalse(anyFileHolds(dataDir, marker), "the deleted text is in a file after the rewrite (" + ms + " ms)");
    assertEquals(2000, events.countDocuments(Filters.eq("b", "keep")));
    assertEquals("kept note 1999", events.find(Filters.eq("_id", "keep:1999")).first().getString("t"));
  }

  static boolean anyFileHolds(Path dir, String text) throws IOException {
    return DataDirSearch.anyFileHolds(dir, text);
  }
}
