package org.samskap.history;

import java.util.Map;
import java.util.Objects;

/**
 * One named snapshot of a board's durable content (docs/EXPORT.md, history). {@code reason}:
 * {@code manual}, {@code phase}, {@code vote}, {@code activity} or {@code undo} (taken just before a
 * restore, so restoring it undoes the restore). {@code content} is null in listings.
 */
public record HistoryEntry(String id, String boardId, String kind, long version, String name, String reason, long at,
    String title, Map<String, Object> content) {
  public HistoryEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(boardId, "boardId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reason, "reason");
  }
}
