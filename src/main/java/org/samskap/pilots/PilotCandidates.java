package org.samskap.pilots;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.access.BoardAccess;
import org.samskap.util.Tokens;
import org.samskap.board.BoardWriter;
import org.samskap.domain.Reason;
import org.samskap.domain.pilots.Pilot;
import org.samskap.domain.pilots.PilotInvalid;
import org.samskap.domain.pilots.Provenance;
import org.samskap.exports.ExportFile;
import org.samskap.exports.ExportLang;
import org.samskap.exports.ImportException;
import org.samskap.exports.ImportReader;
import org.samskap.exports.PilotExports;
import org.samskap.exports.PilotFiles;
import org.samskap.kinds.matrix.MatrixKind;
import org.samskap.util.Plain;
import org.samskap.protocol.Refused;
import org.samskap.util.RandomIds;
import org.samskap.util.LogSafe;

/**
 * Where pilots come from and go to: a candidate made of an accepted matrix item (PL1), a pilot
 * imported from an export file, and a pilot's export files (docs/EXPORT.md). Each new pilot gets
 * two new tokens, handed out once (PL0).
 */
public final class PilotCandidates {
  private static final Logger LOG = LoggerFactory.getLogger(PilotCandidates.class);

  private final Vertx vertx;
  private final PilotStore store;
  private final BoardAccess boards;
  private final BoardWriter writer;
  private final LongSupplier clock;
  private java.util.function.Function<Pilot, Future<Void>> afterCreate = p -> Future.succeededFuture();

  /**
   * What runs after a pilot made from a matrix item is stored, before the answer (PJ16: the
   * project of its matrix board takes it in). A failure there is logged and the pilot still made.
   */
  public PilotCandidates afterCreate(java.util.function.Function<Pilot, Future<Void>> hook) {
    this.afterCreate = hook;
    return this;
  }

  public PilotCandidates(Vertx vertx, PilotStore store, BoardAccess boards, BoardWriter writer, LongSupplier clock) {
    this.vertx = vertx;
    this.store = store;
    this.boards = boards;
    this.writer = writer;
    this.clock = clock;
  }

  /** A new pilot and its two tokens (the only time they are shown). */
  public record Created(Pilot pilot, String editorToken, String viewerToken) {}

  /**
   * Rule PL1: reads the matrix board's durable content from its writer and copies the accepted
   * item's text, source, aggregate and decision into a new pilot's provenance. The caller has
   * checked that it holds the board's facilitator token (PL2).
   */
  public Future<Created> fromMatrixItem(String boardId, String itemId, List<String> journeySteps) {
    return boards.kindOf(boardId)
        .compose(kind -> kind.equals(Optional.of(MatrixKind.NAME)) ? writer.read(boardId)
            : Future.<JsonObject>failedFuture(new Refused(Reason.WRONG_KIND, "The board is not a prioritisation matrix.")))
        .map(reply -> provenance(reply, boardId, itemId, journeySteps))
        .compose(prov -> {
          Pilot pilot = Pilot.candidate(RandomIds.of(12), prov, prov.copiedAt());
          String editor = Tokens.newToken();
          String viewer = Tokens.newToken();
          return store.create(pilot, PilotService.hashes(editor, viewer))
              .compose(v -> afterCreate.apply(pilot).recover(e -> {
                LOG.warn("pilot not placed in its project now (the next start places it): {}", LogSafe.describe(e));
                return Future.succeededFuture();
              }))
              .map(v -> new Created(pilot, editor, viewer));
        })
        .recover(e -> Future.failedFuture(e instanceof PilotStore.AlreadyConverted a ? new Refused(Reason.ALREADY_CONVERTED,
            "This item is already pilot " + a.pilotId() + "; open it with the matrix facilitator token.",
            Map.of("pilotId", a.pilotId(), "link", "/p/" + a.pilotId()))
            : e instanceof PilotInvalid pi ? PilotService.refused(pi) : e));
  }

  /** A new pilot, with new ids and tokens, from a pilot's JSON export (docs/EXPORT.md). */
  public Future<Created> fromExport(byte[] bytes) {
    String id = RandomIds.of(12);
    return vertx.executeBlocking(() -> PilotExports.read(ImportReader.read(new ByteArrayInputStream(bytes)), id, () -> RandomIds.of(12)), false)
        .recover(e -> Future.failedFuture(e instanceof ImportException ie
            ? new Refused(Reason.BAD_REQUEST, ie.getMessage(), ie.field() == null ? Map.of() : Map.of("field", ie.field()))
            : new Refused(Reason.BAD_REQUEST, "The file could not be read.")))
        .compose(imported -> {
          String editor = Tokens.newToken();
          String viewer = Tokens.newToken();
          return store.createImported(imported.pilot(), PilotService.hashes(editor, viewer), imported.measurements())
              .transform(ar -> {
                if (ar.succeeded()) return Future.succeededFuture(new Created(imported.pilot(), editor, viewer));
                LOG.warn("pilot import not stored: {}", LogSafe.describe(ar.cause()));
                return Future.failedFuture(new Refused(Reason.UNAVAILABLE, "The database is unavailable; nothing was imported. Try again."));
              });
        });
  }

  /** The pilot as a file in one of {@link PilotFiles#FORMATS}, rendered off the event loop. */
  public Future<ExportFile> export(PilotStore.Stored s, String format, ExportLang lang) {
    return store.measurements(s.pilot().id(), null, PilotExports.MAX_MEASUREMENTS)
        .compose(ms -> vertx.executeBlocking(() -> PilotFiles.render(format, s.pilot(), s.rev(), clock.getAsLong(), ms, lang), false))
        .onFailure(e -> LOG.warn("pilot {}: export {} failed: {}", s.pilot().id(), format, LogSafe.describe(e)));
  }

  /** The accepted item's provenance, copied from the matrix board's durable content. */
  private Provenance provenance(JsonObject reply, String boardId, String itemId, List<String> steps) {
    if (!Boolean.TRUE.equals(reply.getBoolean("ok"))) throw new Refused(Reason.UNAVAILABLE, "The matrix board could not be read; try again.");
    JsonObject snap = reply.getJsonObject("snapshot");
    for (Object o : snap.getJsonArray("accepted", new JsonArray())) {
      JsonObject item = (JsonObject) o;
      if (!itemId.equals(item.getString("id"))) continue;
      JsonObject source = item.getJsonObject("source");
      return new Provenance(boardId, itemId, item.getString("text", ""), source == null ? null : Plain.map(source),
          Plain.map(item.getJsonObject("aggregate", new JsonObject())), Plain.map(item.getJsonObject("decision", new JsonObject())),
          steps, clock.getAsLong());
    }
    for (Object o : snap.getJsonArray("items", new JsonArray())) {
      if (itemId.equals(((JsonObject) o).getString("id"))) {
        throw new Refused(Reason.NOT_ACCEPTED, "Item " + itemId + " is not accepted on the matrix; accept it before making a pilot.");
      }
    }
    throw new Refused(Reason.NOT_FOUND, "There is no item " + itemId + " on the matrix board.");
  }
}
