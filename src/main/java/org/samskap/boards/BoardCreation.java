package org.samskap.boards;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.access.BoardAccess;
import org.samskap.util.Tokens;
import org.samskap.board.BoardMeta;
import org.samskap.board.BoardStore;
import org.samskap.board.Snapshot;
import org.samskap.domain.Reason;
import org.samskap.domain.Role;
import org.samskap.domain.ideas.IdeaLimits;
import org.samskap.exports.ImportException;
import org.samskap.exports.ImportReader;
import org.samskap.exports.NotesCsvImport;
import org.samskap.kinds.BoardKinds;
import org.samskap.protocol.Refused;
import org.samskap.util.RandomIds;
import org.samskap.util.LogSafe;

/**
 * New boards: an empty one of a kind (rule H1), or one imported from an export file or a notes
 * CSV (docs/EXPORT.md). Each gets a facilitator and a participant token, handed out once; only
 * their hashes are stored. An import is checked in full first, then written as the new board's
 * snapshot, then its board document; if that last write fails the snapshot is removed, so
 * nothing is ever half imported.
 */
public final class BoardCreation {
  private static final Logger LOG = LoggerFactory.getLogger(BoardCreation.class);

  private final Vertx vertx;
  private final BoardStore store;
  private final BoardAccess access;
  private final BoardKinds kinds;
  private final int maxTextChars;
  private final LongSupplier clock;

  public BoardCreation(Vertx vertx, BoardStore store, BoardAccess access, BoardKinds kinds, int maxTextChars, LongSupplier clock) {
    this.vertx = vertx;
    this.store = store;
    this.access = access;
    this.kinds = kinds;
    this.maxTextChars = maxTextChars;
    this.clock = clock;
  }

  /** A new board and its two tokens. */
  public record Created(BoardMeta meta, String facilitatorToken, String participantToken) {}

  /** Rule H1: {@code kind} and {@code title} as the request gave them (null when absent or not text). */
  public Future<Created> create(String kind, String rawTitle) {
    return create(kind, rawTitle, null, 0);
  }

  /** Rule H1 for a board made from a project's page: it carries the project and phase in its meta (PJ6). */
  public Future<Created> create(String kind, String rawTitle, String projectId, int phase) {
    if (kind == null || kinds.get(kind).isEmpty()) {
      return refused(Reason.UNKNOWN_KIND, "Field 'kind' must be one of: \"" + String.join("\", \"", kinds.names()) + "\".");
    }
    if (rawTitle == null || rawTitle.isBlank()) return refused(Reason.BAD_REQUEST, "Field 'title' must be a non-empty string.");
    String title = rawTitle.strip();
    if (title.codePointCount(0, title.length()) > IdeaLimits.DEFAULT_MAX_LABEL_CHARS) {
      return refused(Reason.TEXT_TOO_LONG, "The title may have at most " + IdeaLimits.DEFAULT_MAX_LABEL_CHARS + " characters.");
    }
    Tokened t = tokened(kind, title, projectId, phase);
    return store.createBoard(t.meta).onFailure(e -> LOG.warn("board not created: {}", LogSafe.describe(e))).map(v -> remembered(t));
  }

  /** A board from an export file, or ({@code csv}) from a notes CSV titled {@code csvTitle}. */
  public Future<Created> importFile(byte[] bytes, boolean csv, String csvTitle) {
    return vertx.executeBlocking(() -> {
      ImportReader.Parsed parsed = csv ? NotesCsvImport.read(new ByteArrayInputStream(bytes), csvTitle)
          : ImportReader.read(new ByteArrayInputStream(bytes));
      return BoardImport.check(kinds, parsed, maxTextChars);
    }, false).recover(e -> {
      if (e instanceof ImportException ie) {
        return refused(Reason.BAD_REQUEST, ie.getMessage(), ie.field() == null ? Map.of() : Map.of("field", ie.field()));
      }
      LOG.warn("import failed: {}", LogSafe.describe(e));
      return refused(Reason.BAD_REQUEST, "The file could not be read.");
    }).compose(this::store);
  }

  /** Parses and checks an export file (JSON) in full without storing anything; blocking. Throws {@link ImportException}. */
  public BoardImport.Checked checkImport(byte[] bytes) {
    return BoardImport.check(kinds, ImportReader.read(new ByteArrayInputStream(bytes)), maxTextChars);
  }

  /** Stores a checked import as a new board of a project's phase (PJ14), as {@link #importFile} stores one. */
  public Future<Created> storeImported(BoardImport.Checked checked, String projectId, int phase) {
    return store(checked, projectId, phase);
  }

  private Future<Created> store(BoardImport.Checked checked) {
    return store(checked, null, 0);
  }

  private Future<Created> store(BoardImport.Checked checked, String projectId, int phase) {
    Tokened t = tokened(checked.kind(), checked.title(), projectId, phase);
    String id = t.meta.id();
    // The snapshot first: without its board document it is invisible, so a crash between the
    // two writes leaves no half-imported board anyone can open.
    return store.saveSnapshot(new Snapshot(id, 0, checked.title(), checked.content(), List.of()))
        .compose(v -> store.createBoard(t.meta).recover(e -> store.discardSnapshot(id).transform(x -> Future.failedFuture(e))))
        .transform(ar -> {
          if (ar.succeeded()) return Future.succeededFuture(remembered(t));
          LOG.warn("import not stored: {}", LogSafe.describe(ar.cause()));
          return refused(Reason.UNAVAILABLE, "The database is unavailable; nothing was imported. Try again.");
        });
  }

  private record Tokened(BoardMeta meta, String facilitator, String participant) {}

  private Tokened tokened(String kind, String title, String projectId, int phase) {
    String facilitator = Tokens.newToken();
    String participant = Tokens.newToken();
    Map<String, Role> hashes = new LinkedHashMap<>();
    hashes.put(Tokens.hash(facilitator), Role.FACILITATOR);
    hashes.put(Tokens.hash(participant), Role.PARTICIPANT);
    return new Tokened(new BoardMeta(RandomIds.of(16), kind, title, clock.getAsLong(), hashes, projectId, phase), facilitator, participant);
  }

  private Created remembered(Tokened t) {
    access.remember(t.meta);
    return new Created(t.meta, t.facilitator, t.participant);
  }

  private static <T> Future<T> refused(Reason reason, String message) {
    return refused(reason, message, Map.of());
  }

  private static <T> Future<T> refused(Reason reason, String message, Map<String, Object> details) {
    return Future.failedFuture(new Refused(reason, message, details));
  }
}
