package org.samskap.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import org.samskap.kinds.BoardKind;
import org.samskap.kinds.BoardModel;
import org.samskap.util.Plain;

/**
 * The one generic hook of board history in the runtime (docs/EXPORT.md): a {@code board.restore}
 * event replaces the whole model with one rebuilt from stored content, through the same
 * {@link BoardKind#restore} that loads snapshots, so no kind needs code for it. The event is
 * stored like any op (durable before {@code ok}, replayed on load, gapless version), published
 * redacted (only {@code historyId} and {@code name}), and clients answer it by fetching a
 * snapshot with {@code since}. After each durable batch the actor also tells the history
 * recorder on this node which event types it wrote ({@link #NOTICES}, local only).
 */
public final class BoardRestore {
  public static final String TYPE = "board.restore";
  /** Local address of durable-batch notices: {@code {"boardId","version","types":[...]}}. */
  public static final String NOTICES = "samskap.history.notices";
  private static final DeliveryOptions LOCAL = new DeliveryOptions().setLocalOnly(true);

  private BoardRestore() {}

  public static boolean is(Map<String, Object> event) {
    return TYPE.equals(event.get("type"));
  }

  /** The stored event of a restore request {@code {"historyId","name","title","content"}}: plain maps only. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> event(Map<String, Object> body) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("type", TYPE);
    e.put("historyId", body.get("historyId"));
    e.put("name", body.get("name"));
    e.put("title", body.get("title"));
    e.put("content", Plain.of(body.get("content")));
    return e;
  }

  @SuppressWarnings("unchecked")
  static BoardModel model(BoardKind kind, Map<String, Object> event) {
    if (!(event.get("title") instanceof String title) || !(event.get("content") instanceof Map<?, ?> content)) {
      throw new IllegalArgumentException("a restore needs 'title' and 'content'");
    }
    return kind.restore(title, (Map<String, Object>) Plain.of(content));
  }

  static Map<String, Object> publicEvent(Map<String, Object> event) {
    Map<String, Object> pub = new LinkedHashMap<>();
    pub.put("type", TYPE);
    pub.put("historyId", event.get("historyId"));
    pub.put("name", event.get("name"));
    return pub;
  }

  static void notice(Vertx vertx, String boardId, long version, List<StoredEvent> batch) {
    Set<String> types = new LinkedHashSet<>();
    for (StoredEvent e : batch) types.add(String.valueOf(e.body().get("type")));
    vertx.eventBus().send(NOTICES, new JsonObject().put("boardId", boardId).put("version", version)
        .put("types", new JsonArray(new ArrayList<>(types))), LOCAL);
  }
}
