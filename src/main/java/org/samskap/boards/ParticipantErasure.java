package org.samskap.boards;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.domain.Erasure;
import org.samskap.history.HistoryEntry;
import org.samskap.history.HistoryStore;
import org.samskap.kinds.BoardKinds;
import org.samskap.kinds.BoardModel;
import org.samskap.kinds.Viewer;
import org.samskap.protocol.Addresses;
import org.samskap.util.LogSafe;
import org.samskap.util.Plain;

/**
 * Rule D8c (docs/PROTOCOL.md): what an erasure does outside the board's writer. The writer has
 * stored the erasure and compacted the board's own log; it then asks here
 * ({@link Addresses#ERASE_REMAINS}) that every history snapshot of the board is erased the same
 * way (each loaded into its kind's model, erased through the same seam, {@link BoardModel#erase},
 * and written back), that the database file is rewritten ({@link StoreCompaction}, as a delete
 * does, D3), and that the audit log records the erasure (D6). Link-poll ballots name no member,
 * so they hold nothing to erase.
 */
public final class ParticipantErasure {
  private static final Logger LOG = LoggerFactory.getLogger(ParticipantErasure.class);
  /** The audit action of an erasure (D6). */
  public static final String AUDIT_ACTION = "erase";

  private final Vertx vertx;
  private final HistoryStore history;
  private final BoardKinds kinds;
  private final StoreCompaction compaction;
  private final AuditLog audit;

  public ParticipantErasure(Vertx vertx, HistoryStore history, BoardKinds kinds, StoreCompaction compaction, AuditLog audit) {
    this.vertx = vertx;
    this.history = history;
    this.kinds = kinds;
    this.compaction = compaction;
    this.audit = audit;
  }

  /** Takes the writers' requests on this node. */
  public ParticipantErasure start() {
    vertx.eventBus().<JsonObject>consumer(Addresses.ERASE_REMAINS, this::handle);
    return this;
  }

  private void handle(Message<JsonObject> msg) {
    JsonObject ask = msg.body();
    String boardId = ask.getString("boardId");
    Set<String> names = new HashSet<>();
    ask.getJsonArray("names", new io.vertx.core.json.JsonArray()).forEach(n -> names.add(String.valueOf(n)));
    Erasure erasure = new Erasure(ask.getString("memberId"), names, Set.of(), ask.getBoolean("publicNotes", false));
    // twice: a history snapshot read from the board just before the erasure may be written meanwhile
    eraseHistory(boardId, ask.getString("kind"), erasure)
        .compose(n -> eraseHistory(boardId, ask.getString("kind"), erasure))
        .compose(n -> compaction.compact())
        .onSuccess(ms -> {
          LOG.info("board {}: participant erased, database file rewritten in {} ms", boardId, ms);
          msg.reply(new JsonObject().put("ok", true));
          audit.add(new AuditLog.Entry(boardId, AUDIT_ACTION, ask.getString("role", "participant"), ask.getString("by"), null,
                  ask.getLong("at", 0L)))
              .onFailure(e -> LOG.warn("board {}: erasure not written to the audit log: {}", boardId, LogSafe.describe(e)));
        })
        .onFailure(e -> {
          LOG.warn("board {}: history or file rewrite after an erasure failed: {}", boardId, LogSafe.describe(e));
          msg.fail(503, "unavailable");
        });
  }

  /** Erases the member from every history snapshot of the board; completes with how many were rewritten. */
  Future<Integer> eraseHistory(String boardId, String kind, Erasure erasure) {
    return history.list(boardId).compose(entries -> {
      Future<Integer> chain = Future.succeededFuture(0);
      for (HistoryEntry listed : entries) {
        chain = chain.compose(n -> history.find(boardId, listed.id()).compose(found -> {
          if (found.isEmpty() || found.get().content() == null) return Future.succeededFuture(n);
          Map<String, Object> content = erased(kind, found.get(), erasure);
          if (content == null) return Future.succeededFuture(n);
          return history.replaceContent(boardId, listed.id(), content).map(n + 1);
        }));
      }
      return chain;
    });
  }

  /** The snapshot's content with the member erased; null when its kind cannot erase. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> erased(String kind, HistoryEntry entry, Erasure erasure) {
    BoardModel model = kinds.require(entry.kind() == null ? kind : entry.kind())
        .restore(entry.title() == null ? "" : entry.title(), (Map<String, Object>) Plain.of(entry.content()));
    return model.erase(erasure) == null ? null : model.content(Viewer.STORAGE);
  }
}
