package org.samskap.boards;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.access.BoardAccess;
import org.samskap.board.BoardWriter;
import org.samskap.domain.Reason;
import org.samskap.protocol.Addresses;
import org.samskap.protocol.Refused;
import org.samskap.util.LogSafe;

/**
 * Deletes a board for good (rules D1-D3, docs/PROTOCOL.md). The board's single writer deletes
 * its event log, snapshot and board document once every op accepted before is durable, and
 * tells everyone listening ({@code board.deleted}); then this use case removes what other
 * features keep of the board ({@link BoardRemains}, before and after), closes every socket that holds it, and
 * rewrites the database file ({@link StoreCompaction}) before it answers. The caller checked
 * the facilitator token (or the retention job decided).
 */
public final class BoardDeletion {
  private static final Logger LOG = LoggerFactory.getLogger(BoardDeletion.class);
  /** How long the sockets keep the {@code board.deleted} event before they are closed. */
  static final long CLOSE_DELAY_MILLIS = 250;

  private final Vertx vertx;
  private final BoardWriter writer;
  private final BoardAccess access;
  private final BoardRemains remains;
  private final StoreCompaction compaction;

  public BoardDeletion(Vertx vertx, BoardWriter writer, BoardAccess access, BoardRemains remains, StoreCompaction compaction) {
    this.vertx = vertx;
    this.writer = writer;
    this.access = access;
    this.remains = remains;
    this.compaction = compaction;
  }

  /** Completes once everything of the board is deleted and the file rewritten; fails with {@link Refused}. */
  public Future<Void> delete(String boardId) {
    return deleteWithoutRewrite(boardId).compose(v -> rewrite());
  }

  /** Rule D3: rewrites the database file (after one or more deletes). */
  public Future<Void> rewrite() {
    return compaction.compact().map(ms -> {
      LOG.info("database file rewritten after a delete in {} ms", ms);
      return (Void) null;
    });
  }

  /** As {@link #delete} without the file's rewrite, for several deletes in a row (retention, D5). */
  public Future<Void> deleteWithoutRewrite(String boardId) {
    // What other features keep is removed before (so a delete cut short can be asked again and
    // finish) and after the writer's delete (so nothing made meanwhile is left behind).
    return remains.removeOf(boardId)
        .recover(e -> {
          LOG.warn("board {}: not deleted, its polls, history or pilot copies could not be removed: {}", boardId,
              LogSafe.describe(e));
          return Future.failedFuture(new Refused(Reason.UNAVAILABLE, "The database is unavailable; try again."));
        })
        .compose(v -> writer.delete(boardId))
        .recover(e -> Future.failedFuture(new Refused(Reason.UNAVAILABLE, "The board could not be reached; try again.")))
        .compose(reply -> {
          if (!reply.getBoolean("ok", false)) {
            Reason r = Reason.NOT_FOUND.code().equals(reply.getString("reason")) ? Reason.NOT_FOUND : Reason.UNAVAILABLE;
            return Future.failedFuture(new Refused(r, reply.getString("message", "The board could not be deleted.")));
          }
          access.markGone(boardId);
          vertx.setTimer(CLOSE_DELAY_MILLIS, t -> vertx.eventBus().publish(Addresses.CLOSE_SOCKETS,
              new JsonObject().put("boardId", boardId).put("everyone", true).put("reason", Reason.NOT_FOUND.code())));
          return remains.removeOf(boardId)
              .recover(e -> {
                LOG.warn("board {}: deleted, but its polls, history or pilot copies not yet: {}", boardId, LogSafe.describe(e));
                return Future.failedFuture(new Refused(Reason.UNAVAILABLE,
                    "The board is deleted, but not everything it left; ask again."));
              });
        });
  }
}
