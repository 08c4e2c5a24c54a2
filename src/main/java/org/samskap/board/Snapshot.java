package org.samskap.board;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A board's state at one durable version, as stored: title, kind-specific content
 * (notes and clusters), and the recent client op ids with their replies (rule R2 across restarts).
 */
public record Snapshot(String boardId, long version, String title, Map<String, Object> content,
    List<Map<String, Object>> recentReplies) {
  public Snapshot {
    Objects.requireNonNull(boardId, "boardId");
    Objects.requireNonNull(title, "title");
    content = Collections.unmodifiableMap(new LinkedHashMap<>(content));
    recentReplies = List.copyOf(recentReplies);
  }
}
