package org.samskap.board;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

import org.samskap.kinds.BoardModel;
import org.samskap.kinds.Viewer;
import org.samskap.protocol.SharedSnapshot;

/**
 * The snapshots one board's writer hands out: to a join or catch-up, with the content encoded
 * once per board version and view class (rule T9), and to the server itself as storage sees it.
 * Runs on the writer's context.
 */
final class BoardViews {
  static final int MAX_SHARED_VIEWS = 8;

  private final BoardMeta meta;
  private final BoardModel model;
  private final BoardRoom room;
  private final LongSupplier version;
  /** Encoded content by view class, for {@link #sharedVersion} only (rule T9). */
  private final Map<Object, Buffer> shared = new HashMap<>();
  private long sharedVersion = -1;

  BoardViews(BoardMeta meta, BoardModel model, BoardRoom room, LongSupplier version) {
    this.meta = meta;
    this.model = model;
    this.room = room;
    this.version = version;
  }

  /**
   * Rule T9: the snapshot of a join or catch-up with its content encoded once per board version
   * and view class ({@link BoardModel#viewClass}) and shared by every reply that has it, so a
   * storm of joins on a big board costs one encoding, not one per socket. A viewer whose
   * content is their own gets an encoding of their own. Presence is made per reply.
   */
  SharedSnapshot shared(Viewer viewer) {
    Object viewClass = model.viewClass(viewer);
    long now = version.getAsLong();
    if (sharedVersion != now) {
      shared.clear();
      sharedVersion = now;
    }
    Buffer content = viewClass == null ? null : shared.get(viewClass);
    if (content == null) {
      content = SharedSnapshot.encodeContent(model.content(viewer));
      if (viewClass != null && shared.size() < MAX_SHARED_VIEWS) shared.put(viewClass, content);
    }
    JsonObject head = new JsonObject()
        .put("board", new JsonObject().put("id", meta.id()).put("kind", meta.kind()).put("title", model.title()))
        .put("presence", room.toJson());
    return SharedSnapshot.of(head, content);
  }

  /** The whole snapshot as plain JSON, e.g. for {@link Viewer#STORAGE}. */
  JsonObject json(Viewer viewer) {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("board", Map.of("id", meta.id(), "kind", meta.kind(), "title", model.title()));
    content.putAll(model.content(viewer));
    content.put("presence", room.toJson());
    return new JsonObject(content);
  }
}
