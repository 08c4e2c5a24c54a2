package org.samskap.projects;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.boards.AuditLog;
import org.samskap.boards.BoardRetention;
import org.samskap.boards.RetentionPeers;
import org.samskap.boards.RetentionStore;
import org.samskap.domain.Reason;
import org.samskap.pilots.PilotStore;
import org.samskap.protocol.Refused;
import org.samskap.util.LogSafe;

/**
 * Rule D11: a project whose last activity (its own last change, creation or owner's "keep", the
 * last activity of each of its boards, D5, and the last change of each of its pilots) is older than
 * {@code SAMSKAP_RETENTION_DAYS} is deleted as {@link ProjectDeletion} deletes it. It runs inside
 * the one daily retention job ({@link BoardRetention}, same setting and clock), before the boards:
 * a board a stored project holds is left to its project, so a kept or active project keeps all its
 * boards. The owner sees when the project will be deleted and may keep it for another period.
 */
public final class ProjectRetention implements RetentionPeers {
  private static final Logger LOG = LoggerFactory.getLogger(ProjectRetention.class);

  private final ProjectStore store;
  private final ProjectRemains remains;
  private final RetentionStore boards;
  private final PilotStore pilots;
  private final ProjectDeletion deletion;
  private final int days;
  private final LongSupplier clock;
  private final AuditLog audit;

  public ProjectRetention(ProjectStore store, ProjectRemains remains, RetentionStore boards, PilotStore pilots,
      ProjectDeletion deletion, int days, LongSupplier clock, AuditLog audit) {
    this.store = store;
    this.remains = remains;
    this.boards = boards;
    this.pilots = pilots;
    this.deletion = deletion;
    this.days = days;
    this.clock = clock;
    this.audit = audit;
  }

  @Override
  public Future<List<String>> deleteInactive(long cutoff, long now) {
    if (days <= 0) return Future.succeededFuture(List.of());
    return Future.all(store.all(), remains.keptAt()).compose(both -> {
      List<ProjectStore.Stored> all = both.resultAt(0);
      Map<String, Long> kept = both.resultAt(1);
      List<String> deleted = new ArrayList<>();
      Future<Void> chain = Future.succeededFuture();
      for (ProjectStore.Stored s : all) {
        String id = s.project().id();
        if (own(s, kept.get(id)) >= cutoff) continue; // active by itself: its boards need not be read
        chain = chain.compose(v -> lastActivity(s, kept.get(id))).compose(last -> last >= cutoff ? Future.<Void>succeededFuture()
            : deletion.deleteWithoutRewrite(id).compose(x -> {
              deleted.add(id);
              // rules D11, D12: logged and audited with the id and the setting only (L1)
              LOG.info("retention: project {} deleted after {} days without activity", id, days);
              return audit.add(AuditLog.Entry.ofProject(id, "retention.delete", "server", null, now));
            }))
            .recover(e -> {
              LOG.warn("retention: project {} not deleted: {}", id, LogSafe.describe(e));
              return Future.succeededFuture();
            });
      }
      return chain.map(v -> deleted);
    });
  }

  @Override
  public Future<Set<String>> heldByProjects(List<String> boardIds) {
    if (boardIds.isEmpty()) return Future.succeededFuture(Set.of());
    return Future.all(store.all(), store.boards()).map(both -> {
      List<ProjectStore.Stored> all = both.resultAt(0);
      List<ProjectStore.BoardRow> rows = both.resultAt(1);
      Set<String> projects = new HashSet<>();
      Set<String> held = new HashSet<>();
      for (ProjectStore.Stored s : all) {
        projects.add(s.project().id());
        s.project().boards().forEach(b -> held.add(b.boardId()));
      }
      rows.stream().filter(r -> r.projectId() != null && projects.contains(r.projectId())).forEach(r -> held.add(r.id()));
      held.retainAll(new HashSet<>(boardIds));
      return held;
    });
  }

  /** The project's own last activity: creation, last change or the owner's last "keep". */
  private static long own(ProjectStore.Stored s, Long keptAt) {
    return Math.max(Math.max(s.project().createdAt(), s.project().updatedAt()), keptAt == null ? 0 : keptAt);
  }

  private Future<Long> lastActivity(ProjectStore.Stored s, Long keptAt) {
    List<Future<Long>> each = new ArrayList<>();
    s.project().boards().forEach(b -> each.add(boards.lastActivity(b.boardId()).map(o -> o.orElse(0L))));
    s.project().pilots().forEach(p -> each.add(pilots.find(p.pilotId()).map(o -> o.map(x -> x.pilot().updatedAt()).orElse(0L))));
    return Future.all(each).map(all -> {
      long last = own(s, keptAt);
      for (Future<Long> f : each) last = Math.max(last, f.result());
      return last;
    });
  }

  /** The project's retention for its owner: {@code {"retentionDays","lastActivity","deletesAt"}}; deletesAt null when off. */
  public Future<JsonObject> status(String projectId) {
    return Future.all(store.find(projectId), remains.keptAt()).compose(both -> {
      java.util.Optional<ProjectStore.Stored> found = both.resultAt(0);
      if (found.isEmpty()) return Future.failedFuture(new Refused(Reason.NOT_FOUND, "There is no such project."));
      Map<String, Long> kept = both.resultAt(1);
      return lastActivity(found.get(), kept.get(projectId)).map(at -> new JsonObject().put("retentionDays", days)
          .put("lastActivity", at).put("deletesAt", days > 0 ? at + days * BoardRetention.DAY_MILLIS : null));
    });
  }

  /** The owner keeps the project for another period from now; answers the new status. */
  public Future<JsonObject> keep(String projectId) {
    return remains.keep(projectId, clock.getAsLong()).compose(found -> found ? status(projectId)
        : Future.failedFuture(new Refused(Reason.NOT_FOUND, "There is no such project.")));
  }
}
