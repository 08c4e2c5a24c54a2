package org.samskap.history;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.board.BoardRestore;
import org.samskap.board.BoardWriter;
import org.samskap.domain.Reason;
import org.samskap.protocol.Refused;
import org.samskap.util.RandomIds;
import org.samskap.util.LogSafe;

/**
 * Board history (docs/EXPORT.md): named snapshots of a board's durable content, taken by the
 * facilitator or automatically (on a phase change, when a vote closes, and every
 * {@link #DEFAULT_EVERY_MS} while the board is in use), and restored as one stored op that every
 * connected client sees live. A restore first snapshots the current state ({@code undo}), so
 * restoring that one undoes it.
 */
public final class History {
  private static final Logger LOG = LoggerFactory.getLogger(History.class);
  public static final long DEFAULT_EVERY_MS = 10 * 60_000L;
  /** Automatic snapshots kept per board (the facilitator's own are always kept). */
  public static final int KEEP_AUTOMATIC = 100;

  private final Vertx vertx;
  private final BoardWriter writer;
  private final HistoryStore store;
  private final LongSupplier clock;
  private final long everyMs;
  private final Map<String, Long> lastAuto = new ConcurrentHashMap<>();
  private MessageConsumer<JsonObject> consumer;

  public History(Vertx vertx, BoardWriter writer, HistoryStore store, LongSupplier clock, long everyMs) {
    this.vertx = vertx;
    this.writer = writer;
    this.store = store;
    this.clock = clock;
    this.everyMs = everyMs;
  }

  /** Starts listening to the durable-batch notices of the board writers on this node, and makes the store's index. */
  public Future<Void> start() {
    listen();
    return store.init();
  }

  /**
   * Only starts listening to the notices; the store's index (which only speeds up reads) is then
   * the caller's to make with {@code store().init()} (rule H5: after the server listens).
   */
  public void listen() {
    consumer = vertx.eventBus().localConsumer(BoardRestore.NOTICES, m -> onNotice(m.body()));
  }

  public HistoryStore store() {
    return store;
  }

  private void onNotice(JsonObject n) {
    String boardId = n.getString("boardId");
    JsonArray types = n.getJsonArray("types", new JsonArray());
    if (types.contains(BoardRestore.TYPE)) return;
    long now = clock.getAsLong();
    String reason = null;
    String name = null;
    if (types.contains("phase.set")) {
      reason = "phase";
      name = "Fase endret";
    } else if (types.contains("vote.close")) {
      reason = "vote";
      name = "Avstemning lukket";
    } else {
      Long last = lastAuto.putIfAbsent(boardId, now);
      if (last != null && now - last >= everyMs) {
        reason = "activity";
        name = "Automatisk";
      }
    }
    if (reason == null) return;
    lastAuto.put(boardId, now);
    if (lastAuto.size() > 10_000) lastAuto.values().removeIf(t -> now - t > everyMs); // boards no longer in use
    take(boardId, name, reason).onFailure(e -> LOG.warn("board {}: automatic snapshot not taken: {}", boardId, LogSafe.describe(e)));
  }

  /** Takes a snapshot of the board's durable content now. */
  public Future<HistoryEntry> take(String boardId, String name, String reason) {
    return BoardReads.raw(writer, boardId)
        .compose(reply -> vertx.executeBlocking(() -> BoardReads.content(boardId, reply), false))
        .compose(c -> {
          HistoryEntry e = new HistoryEntry(RandomIds.of(12), boardId, c.kind(), c.version(), name, reason, clock.getAsLong(),
              c.title(), c.content());
          return store.add(e, KEEP_AUTOMATIC).map(v -> e);
        });
  }

  /** The result of a restore: the board's new version and the snapshot that undoes it. */
  public record Restored(long version, HistoryEntry undo) {}

  /** The board's snapshots, newest first, without content. */
  public Future<List<HistoryEntry>> list(String boardId) {
    return store.list(boardId);
  }

  /** Restores snapshot {@code snapshotId} of the board; {@code not_found} if the board has no such snapshot. */
  public Future<Restored> restore(String boardId, String snapshotId) {
    return store.find(boardId, snapshotId).compose(found -> found.isPresent() ? restore(found.get())
        : Future.failedFuture(new Refused(Reason.NOT_FOUND, "There is no such snapshot of this board.")));
  }

  /** Restores {@code entry} as one op, after snapshotting the current state for undo. */
  public Future<Restored> restore(HistoryEntry entry) {
    return take(entry.boardId(), "Før gjenoppretting av «" + entry.name() + "»", "undo").compose(undo -> {
      JsonObject body = new JsonObject().put("clientOpId", "restore-" + RandomIds.of(12)).put("historyId", entry.id())
          .put("name", entry.name()).put("title", entry.title()).put("content", new JsonObject(entry.content()));
      return writer.restore(entry.boardId(), body)
          .map(r -> {
            if (!Boolean.TRUE.equals(r.getBoolean("ok"))) throw new IllegalStateException(r.getString("reason") + ": " + r.getString("message"));
            return new Restored(r.getLong("version"), undo);
          });
    });
  }

  public Future<Void> stop() {
    return consumer == null ? Future.succeededFuture() : consumer.unregister();
  }
}
