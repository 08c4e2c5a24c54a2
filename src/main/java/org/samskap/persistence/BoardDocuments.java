package org.samskap.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.samskap.board.BoardMeta;
import org.samskap.board.StoredEvent;
import org.samskap.domain.Role;

/** The BSON shape of boards and events (snapshots: {@link SnapshotDocuments}). */
final class BoardDocuments {
  private BoardDocuments() {}

  static String eventId(String boardId, long version) {
    return boardId + ":" + version;
  }

  static Document meta(BoardMeta m) {
    List<Document> tokens = new ArrayList<>();
    m.tokenHashes().forEach((hash, role) -> tokens.add(new Document("hash", hash).append("role", role.wire())));
    Document d = new Document("_id", m.id()).append("kind", m.kind()).append("title", m.title())
        .append("createdAt", m.createdAt()).append("tokens", tokens);
    if (m.projectId() != null) d.append("projectId", m.projectId()).append("phase", m.phase());
    return d;
  }

  static BoardMeta meta(Document d) {
    Map<String, Role> hashes = new LinkedHashMap<>();
    for (Document t : d.getList("tokens", Document.class)) {
      hashes.put(t.getString("hash"), Role.fromWire(t.getString("role")).orElseThrow());
    }
    return new BoardMeta(d.getString("_id"), d.getString("kind"), d.getString("title"),
        ((Number) d.get("createdAt")).longValue(), hashes, d.getString("projectId"),
        d.get("phase") instanceof Number n ? n.intValue() : 0);
  }

  static Document event(String boardId, StoredEvent e) {
    return new Document("_id", eventId(boardId, e.version())).append("b", boardId).append("v", e.version())
        .append("c", e.clientOpId()).append("by", e.by()).append("at", e.at())
        .append("e", new Document(new LinkedHashMap<>(e.body())));
  }

  static StoredEvent event(Document d) {
    return new StoredEvent(((Number) d.get("v")).longValue(), d.getString("c"), d.getString("by"),
        ((Number) d.get("at")).longValue(), d.get("e", Document.class));
  }
}
