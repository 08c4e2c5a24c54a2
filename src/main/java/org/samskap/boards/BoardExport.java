package org.samskap.boards;

import java.util.function.LongSupplier;

import io.vertx.core.Future;
import io.vertx.core.Vertx;

import org.samskap.board.BoardWriter;
import org.samskap.domain.Reason;
import org.samskap.exports.BoardSnapshot;
import org.samskap.exports.CsvDialect;
import org.samskap.exports.ExportFile;
import org.samskap.exports.ExportLang;
import org.samskap.history.BoardReads;
import org.samskap.history.HistoryEntry;
import org.samskap.history.HistoryStore;
import org.samskap.protocol.Refused;

/**
 * A board as a file (docs/EXPORT.md): the live board's durable content, read from its writer
 * at one consistent version ({@link BoardWriter#read}), or one history snapshot, rendered in a
 * format by the kind's exports ({@link BoardExports}) off the event loop. The caller has
 * checked the facilitator token.
 */
public final class BoardExport {
  private final Vertx vertx;
  private final BoardWriter writer;
  private final HistoryStore history;
  private final LongSupplier clock;

  public BoardExport(Vertx vertx, BoardWriter writer, HistoryStore history, LongSupplier clock) {
    this.vertx = vertx;
    this.writer = writer;
    this.history = history;
    this.clock = clock;
  }

  /** The live board in {@code format} (one of {@link BoardExports#FORMATS}). */
  public Future<ExportFile> current(String boardId, String format, ExportLang lang) {
    return current(boardId, format, lang, CsvDialect.COMMA);
  }

  /** As above, a CSV in {@code dialect} (docs/EXPORT.md [X18]). */
  public Future<ExportFile> current(String boardId, String format, ExportLang lang, CsvDialect dialect) {
    return BoardReads.raw(writer, boardId).compose(reply -> vertx.executeBlocking(() -> {
      BoardReads.Content c = BoardReads.content(boardId, reply);
      return BoardExports.render(format, new BoardSnapshot(boardId, c.kind(), c.title(), c.version(), clock.getAsLong(), c.content()), lang, dialect);
    }, false));
  }

  /** History snapshot {@code snapshotId} of the board, read-only; {@code not_found} if the board has no such snapshot. */
  public Future<ExportFile> snapshot(String boardId, String snapshotId, String format, ExportLang lang) {
    return snapshot(boardId, snapshotId, format, lang, CsvDialect.COMMA);
  }

  /** As above, a CSV in {@code dialect} (docs/EXPORT.md [X18]). */
  public Future<ExportFile> snapshot(String boardId, String snapshotId, String format, ExportLang lang, CsvDialect dialect) {
    return history.find(boardId, snapshotId).compose(found -> {
      if (found.isEmpty()) return Future.failedFuture(new Refused(Reason.NOT_FOUND, "There is no such snapshot of this board."));
      HistoryEntry e = found.get();
      BoardSnapshot s = new BoardSnapshot(e.boardId(), e.kind(), e.title(), e.version(), e.at(), e.content());
      return vertx.executeBlocking(() -> BoardExports.render(format, s, lang, dialect), false);
    });
  }
}
