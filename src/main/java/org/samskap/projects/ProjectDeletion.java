package org.samskap.projects;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.boards.BoardDeletion;
import org.samskap.domain.Reason;
import org.samskap.pilots.PilotAddresses;
import org.samskap.protocol.Refused;
import org.samskap.util.LogSafe;

/**
 * Deletes a project with everything in it (rule D10, docs/PROTOCOL.md): every board placed in it
 * (or whose meta names it, PJ11) through the board deletion (D1: its clients told
 * {@code board.deleted}, its polls, ballots and history gone), every pilot in it or made from one
 * of its boards (with token hashes, gains, measurements and provenance), then the project document
 * itself (decisions, ticks, saved templates, token hashes) through its one writer (PJ9), which tells
 * the project page {@code project.deleted}, and at last one rewrite of the database file (D3).
 * Boards and pilots go first, so a delete cut short leaves the project to be deleted again; what
 * was added meanwhile is deleted after the writer's delete. The caller checked the owner token
 * (or the retention job decided, D11).
 */
public final class ProjectDeletion {
  private static final Logger LOG = LoggerFactory.getLogger(ProjectDeletion.class);

  private final Vertx vertx;
  private final ProjectStore store;
  private final ProjectWriter writer;
  private final ProjectRemains remains;
  private final BoardDeletion boards;

  public ProjectDeletion(Vertx vertx, ProjectStore store, ProjectWriter writer, ProjectRemains remains, BoardDeletion boards) {
    this.vertx = vertx;
    this.store = store;
    this.writer = writer.remains(remains);
    this.remains = remains;
    this.boards = boards;
  }

  /** Completes once everything of the project is deleted and the file rewritten; fails with {@link Refused}. */
  public Future<Void> delete(String projectId) {
    return deleteWithoutRewrite(projectId).compose(v -> boards.rewrite());
  }

  /** True when the project was deleted before (D10: a second delete, or any later use, is {@code not_found}). */
  public Future<Boolean> deleted(String projectId) {
    return remains.deleted(projectId);
  }

  /** As {@link #delete} without the file's rewrite, for several deletes in a row (retention, D11). */
  public Future<Void> deleteWithoutRewrite(String projectId) {
    return store.find(projectId).compose(found -> {
      if (found.isEmpty()) return Future.failedFuture(new Refused(Reason.NOT_FOUND, "There is no such project."));
      Set<String> boardIds = new LinkedHashSet<>();
      found.get().project().boards().forEach(b -> boardIds.add(b.boardId()));
      Set<String> pilotIds = new LinkedHashSet<>();
      found.get().project().pilots().forEach(p -> pilotIds.add(p.pilotId()));
      // boards whose meta names the project but are not placed yet (PJ11), and pilots made from its boards
      return store.boards().compose(rows -> {
        rows.stream().filter(r -> projectId.equals(r.projectId())).forEach(r -> boardIds.add(r.id()));
        return store.pilots();
      }).compose(rows -> {
        rows.stream().filter(r -> r.matrixBoardId() != null && boardIds.contains(r.matrixBoardId())).forEach(r -> pilotIds.add(r.id()));
        return deleteParts(boardIds, pilotIds);
      }).recover(e -> Future.failedFuture(unavailable(projectId, e)))
          .compose(v -> writer.delete(projectId))
          .compose(last -> {
            Set<String> lateBoards = new LinkedHashSet<>();
            last.getJsonArray("boards").forEach(o -> { if (!boardIds.contains(o)) lateBoards.add((String) o); });
            Set<String> latePilots = new LinkedHashSet<>();
            last.getJsonArray("pilots").forEach(o -> { if (!pilotIds.contains(o)) latePilots.add((String) o); });
            return deleteParts(lateBoards, latePilots).recover(e -> Future.failedFuture(unavailable(projectId, e)));
          });
    });
  }

  private Future<Void> deleteParts(Set<String> boardIds, Set<String> pilotIds) {
    Future<Void> chain = Future.succeededFuture();
    for (String b : boardIds) {
      chain = chain.compose(v -> boards.deleteWithoutRewrite(b).recover(e -> e instanceof Refused r && r.reason() == Reason.NOT_FOUND
          ? Future.succeededFuture() : Future.failedFuture(e)));
    }
    List<String> pilots = new ArrayList<>(pilotIds);
    return chain.compose(v -> remains.deletePilots(pilots)).onSuccess(v -> pilots.forEach(p ->
        vertx.eventBus().publish(PilotAddresses.events(p), new JsonObject().put("type", "pilot.deleted").put("pilotId", p))));
  }

  private static Refused unavailable(String projectId, Throwable e) {
    if (e instanceof Refused r && r.reason() != Reason.UNAVAILABLE) return r;
    LOG.warn("project {}: not (fully) deleted: {}", projectId, LogSafe.describe(e));
    return new Refused(Reason.UNAVAILABLE, "The project could not be deleted completely; ask again.");
  }
}
