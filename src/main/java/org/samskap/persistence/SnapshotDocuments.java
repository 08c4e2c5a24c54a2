package org.samskap.persistence;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.MongoClientSettings;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Binary;
import org.bson.Document;

import org.samskap.board.Snapshot;

/**
 * The BSON shape of a board snapshot (one document per board in {@code snapshots}).
 *
 * <p>Format 2 (written now): {@code {_id, v, title, format: 2, body: BinData}}, where
 * {@code body} holds the BSON bytes of {@code {content, replies}}. The database stores and
 * returns the body as one opaque value, so a snapshot of a 5000-note board is one byte array
 * for it rather than some 50 000 nested values to walk on every write and read; the embedded
 * server spent most of a cold board load doing that (docs/PERFORMANCE.md). Only this server
 * reads inside a snapshot, always by {@code _id}, so nothing queries those fields.
 *
 * <p>Format 1 (written before): {@code {_id, v, title, content, replies}} with no
 * {@code format} field. It is still read, so boards snapshotted by an older version load
 * unchanged and are rewritten as format 2 at their next snapshot.
 */
final class SnapshotDocuments {
  static final int FORMAT = 2;
  private static final Codec<Document> CODEC = MongoClientSettings.getDefaultCodecRegistry().get(Document.class);

  private SnapshotDocuments() {}

  static Document document(Snapshot s) {
    Document body = new Document("content", new Document(new LinkedHashMap<>(s.content())))
        .append("replies", s.recentReplies());
    return new Document("_id", s.boardId()).append("v", s.version()).append("title", s.title())
        .append("format", FORMAT).append("body", new Binary(encode(body)));
  }

  /** Reads format 1 and 2; fails with the reason on a format this version does not know. */
  static Snapshot snapshot(Document d) {
    Object format = d.get("format");
    Document body;
    if (format == null) {
      body = d;
    } else if (format instanceof Number n && n.intValue() == FORMAT && d.get("body") instanceof Binary b) {
      body = decode(b.getData());
    } else {
      throw new IllegalStateException("snapshot of board " + d.get("_id") + " has format " + format
          + ", which this version of Samskap cannot read (it reads 1 and " + FORMAT + ")");
    }
    return new Snapshot(d.getString("_id"), ((Number) d.get("v")).longValue(), d.getString("title"),
        body.get("content", Document.class), replies(body.get("replies")));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> replies(Object stored) {
    return stored == null ? List.of() : (List<Map<String, Object>>) stored;
  }

  static byte[] encode(Document d) {
    BasicOutputBuffer out = new BasicOutputBuffer();
    try (BsonBinaryWriter writer = new BsonBinaryWriter(out)) {
      CODEC.encode(writer, d, EncoderContext.builder().build());
    }
    return out.toByteArray();
  }

  static Document decode(byte[] bytes) {
    try (BsonBinaryReader reader = new BsonBinaryReader(ByteBuffer.wrap(bytes))) {
      return CODEC.decode(reader, DecoderContext.builder().build());
    }
  }
}
