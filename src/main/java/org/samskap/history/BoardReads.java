package org.samskap.history;

import java.util.Map;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import org.samskap.board.BoardWriter;
import org.samskap.util.Plain;

/**
 * Reads a board's durable content from its single writer ({@link BoardWriter#read}, docs/PROTOCOL.md):
 * the content as storage sees it at one version, once everything accepted is durable.
 */
public final class BoardReads {
  /** The board's kind, title, version and storage content (plain maps; without presence). */
  public record Content(String boardId, String kind, String title, long version, Map<String, Object> content) {}

  private BoardReads() {}

  /** The writer's {@code ok} reply; fails when the writer refused. */
  public static Future<JsonObject> raw(BoardWriter writer, String boardId) {
    return writer.read(boardId)
        .map(body -> {
          if (!Boolean.TRUE.equals(body.getBoolean("ok"))) throw new IllegalStateException("read refused: " + body.getString("reason"));
          return body;
        });
  }

  /** Turns a read reply into plain content; call off the event loop for large boards. */
  @SuppressWarnings("unchecked")
  public static Content content(String boardId, JsonObject reply) {
    Map<String, Object> snap = (Map<String, Object>) Plain.of(reply.getJsonObject("snapshot"));
    Map<String, Object> board = (Map<String, Object>) snap.remove("board");
    snap.remove("presence");
    return new Content(boardId, (String) board.get("kind"), (String) board.get("title"), reply.getLong("version"), snap);
  }
}
