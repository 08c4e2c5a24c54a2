package org.samskap.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.board.Snapshot;

/** The stored shape of snapshots: format 2 is written, formats 1 and 2 are read (J4 across upgrades). */
class SnapshotDocumentsTest {

  static Snapshot sample() {
    Map<String, Object> note = new LinkedHashMap<>();
    note.put("id", "n1");
    note.put("text", "Bedre dagtilbud æøå 😀");
    note.put("x", 10.5);
    note.put("clusterId", null);
    note.put("votes", List.of("m1", "m2"));
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("notes", List.of(note));
    content.put("clusters", List.of());
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("ok", true);
    reply.put("version", 7L);
    reply.put("noteId", "n1");
    return new Snapshot("b1", 7, "Tittel", content, List.of(Map.of("c", "op-7", "r", reply)));
  }

  @Test
  @DisplayName("J4: a snapshot is written as format 2, its content and replies one binary value, and reads back equal")
  void format_2_round_trips() {
    Snapshot s = sample();
    Document d = SnapshotDocuments.document(s);
    assertEquals(2, d.get("format"));
    assertInstanceOf(Binary.class, d.get("body"));
    assertNull(d.get("content"), "the content is inside the body, not beside it");
    assertNull(d.get("replies"), "the replies are inside the body, not beside it");
    assertEquals(s, SnapshotDocuments.snapshot(d));
  }

  @Test
  @DisplayName("J4: a format 1 snapshot (no format field, content and replies as plain fields) still reads")
  void format_1_still_reads() {
    Snapshot s = sample();
    Document old = new Document("_id", "b1").append("v", 7L).append("title", "Tittel")
        .append("content", new Document(s.content())).append("replies", new ArrayList<>(s.recentReplies()));
    assertEquals(s, SnapshotDocuments.snapshot(old));
  }

  @Test
  @DisplayName("J4: a format 1 snapshot without replies reads with an empty dedupe window")
  void format_1_without_replies() {
    Document old = new Document("_id", "b1").append("v", 0L).append("title", "Import")
        .append("content", new Document("notes", List.of()));
    Snapshot back = SnapshotDocuments.snapshot(old);
    assertEquals(List.of(), back.recentReplies());
    assertEquals(0L, back.version());
  }

  @Test
  @DisplayName("a snapshot in a format this version does not know fails with the board id and the format")
  void unknown_format_fails_with_its_reason() {
    Document newer = new Document("_id", "b1").append("v", 7L).append("title", "T").append("format", 3)
        .append("body", new Binary(new byte[] {1}));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SnapshotDocuments.snapshot(newer));
    assertEquals("snapshot of board b1 has format 3, which this version of Samskap cannot read (it reads 1 and 2)", e.getMessage());
  }

  @Test
  @DisplayName("the body is plain BSON: its bytes decode to the content and replies as they were")
  void body_is_plain_bson() {
    Snapshot s = sample();
    byte[] bytes = ((Binary) SnapshotDocuments.document(s).get("body")).getData();
    Document body = SnapshotDocuments.decode(bytes);
    assertEquals(List.of("content", "replies"), new ArrayList<>(body.keySet()));
    @SuppressWarnings("unchecked")
    Map<String, Object> note = ((List<Map<String, Object>>) body.get("content", Document.class).get("notes")).get(0);
    assertTrue(note.containsKey("clusterId"));
    assertEquals("Bedre dagtilbud æøå 😀", note.get("text"));
  }
}
