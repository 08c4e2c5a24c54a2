package org.samskap.boards;

import java.util.List;
import java.util.function.LongSupplier;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.domain.Reason;
import org.samskap.protocol.Refused;
import org.samskap.util.LogSafe;

/**
 * Rule D5: a board without activity for {@code SAMSKAP_RETENTION_DAYS} days is deleted as
 * {@link BoardDeletion} deletes it, by a job that runs once a day (a Vert.x timer; the first
 * run a minute after start). The facilitator sees when that will be and may keep the board
 * for another period. Time comes from the server's one clock, so tests move it.
 */
public final class BoardRetention {
  private static final Logger LOG = LoggerFactory.getLogger(BoardRetention.class);
  public static final long DAY_MILLIS = 24L * 60 * 60 * 1000;
  static final long FIRST_RUN_MILLIS = 60_000;

  private final Vertx vertx;
  private final RetentionStore store;
  private final BoardDeletion deletion;
  private final int days;
  private final LongSupplier clock;
  private final AuditLog audit;
  private long timer = -1;
  private boolean running;
  /** Rule D11: the project retention, asked first in every run. */
  private RetentionPeers peers = RetentionPeers.NONE;

  /** Wires the project retention (rule D11) into this one daily job. */
  public BoardRetention peers(RetentionPeers peers) {
    this.peers = peers;
    return this;
  }

  public BoardRetention(Vertx vertx, RetentionStore store, BoardDeletion deletion, int days, LongSupplier clock,
      AuditLog audit) {
    this.audit = audit;
    this.vertx = vertx;
    this.store = store;
    this.deletion = deletion;
    this.days = days;
    this.clock = clock;
  }

  /** Starts the daily job; does nothing when retention is off (0 days). */
  public void start() {
    if (days <= 0) return;
    timer = vertx.setTimer(FIRST_RUN_MILLIS, t -> {
      runOnce();
      timer = vertx.setPeriodic(DAY_MILLIS, p -> runOnce());
    });
  }

  public void stop() {
    if (timer >= 0) vertx.cancelTimer(timer);
  }

  /**
   * One run: deletes every board whose last activity is older than the setting, one after the
   * other, then rewrites the database file once (D3). Completes with the ids deleted.
   */
  public Future<List<String>> runOnce() {
    if (days <= 0 || running) return Future.succeededFuture(List.of());
    running = true;
    long now = clock.getAsLong();
    long cutoff = now - days * DAY_MILLIS;
    // D11: inactive projects go first (with their boards); a board a stored project holds is its project's to delete
    Future<List<String>> projects = peers.deleteInactive(cutoff, now).recover(e -> {
      LOG.warn("retention: projects not checked: {}", LogSafe.describe(e));
      return Future.succeededFuture(List.of());
    });
    return projects.compose(gone -> store.inactiveSince(cutoff).compose(all -> peers.heldByProjects(all)
        .recover(e -> Future.succeededFuture(java.util.Set.copyOf(all))) // unknown: delete no board this run
        .map(held -> all.stream().filter(id -> !held.contains(id)).toList()))
        .map(ids -> java.util.Map.entry(gone.size(), ids))).compose(run -> {
      List<String> ids = run.getValue();
      Future<Void> chain = Future.succeededFuture();
      List<String> deleted = new java.util.ArrayList<>();
      for (String id : ids) {
        chain = chain.compose(v -> deletion.deleteWithoutRewrite(id)
            .compose(x -> {
              deleted.add(id);
              // rules D5, D6: the retention job's deletes are logged and audited (ids and times only, L1)
              LOG.info("retention: board {} deleted after {} days without activity", id, days);
              return audit.add(new AuditLog.Entry(id, "retention.delete", "server", null, null, now));
            })
            .recover(e -> {
              LOG.warn("retention: board {} not deleted: {}", id, LogSafe.describe(e));
              return Future.succeededFuture();
            }).mapEmpty());
      }
      // D6: the audit log is itself covered by retention
      return chain.compose(v -> audit.deleteBefore(cutoff)).compose(n -> deleted.isEmpty() && n == 0 && run.getKey() == 0
          ? Future.succeededFuture() : deletion.rewrite()).map(v -> deleted);
    }).onComplete(ar -> running = false);
  }

  /** The board's retention for its facilitator: {@code {"retentionDays","lastActivity","deletesAt"}}; deletesAt null when off. */
  public Future<JsonObject> status(String boardId) {
    return store.lastActivity(boardId).compose(last -> {
      if (last.isEmpty()) return Future.failedFuture(new Refused(Reason.NOT_FOUND, "No such board."));
      long at = last.getAsLong();
      return Future.succeededFuture(new JsonObject().put("retentionDays", days).put("lastActivity", at)
          .put("deletesAt", days > 0 ? at + days * DAY_MILLIS : null));
    });
  }

  /** The facilitator keeps the board for another period from now; answers the new status. */
  public Future<JsonObject> keep(String boardId) {
    return store.keep(boardId, clock.getAsLong()).compose(found -> found ? status(boardId)
        : Future.failedFuture(new Refused(Reason.NOT_FOUND, "No such board.")));
  }
}
