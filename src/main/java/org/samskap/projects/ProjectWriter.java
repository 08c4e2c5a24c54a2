package org.samskap.projects;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;

import org.samskap.domain.Reason;
import org.samskap.domain.projects.Checklists;
import org.samskap.domain.projects.ProjectInvalid;
import org.samskap.protocol.Refused;

/**
 * Rule PJ9: one writer per project. Every change of a project goes to {@code project.<id>}
 * (a local consumer, never bridged), where one writer takes the changes in order, decides each
 * with the pure rules, writes it with the revision check and only then replies and publishes
 * {@code {type, rev}} on {@code project.<id>.events}. A write that lost a race (another node, the
 * start-up placement) reloads and decides once more; a failed write answers {@code unavailable}
 * and forgets the cached project, so nothing unwritten is ever served.
 */
public final class ProjectWriter {
  private final Vertx vertx;
  private final ProjectStore store;
  private final Checklists checklists;
  private final LongSupplier clock;
  private final Supplier<String> ids;
  private final Map<String, Writer> writers = new ConcurrentHashMap<>();
  /** Rule D10: where the writer deletes a project; null: deleting is refused {@code unavailable}. */
  private ProjectRemains remains;

  /** Wires deleting (rule D10, {@link ProjectDeletion}) before the first delete. */
  public ProjectWriter remains(ProjectRemains remains) {
    this.remains = remains;
    return this;
  }

  /**
   * Rule D10: the project's writer deletes the project document in line with its changes (every
   * change before is written, every change after finds no project) and publishes
   * {@code project.deleted}. Completes with the ids of the boards and pilots the project held last
   * ({@code {"boards":[..],"pilots":[..]}}), or fails {@code not_found} / {@code unavailable}.
   */
  public Future<JsonObject> delete(String projectId) {
    writers.computeIfAbsent(projectId, Writer::new);
    return vertx.eventBus().<JsonObject>request(ProjectAddresses.writer(projectId), new JsonObject().put("type", DELETE))
        .transform(ar -> ar.succeeded() ? Future.succeededFuture(ar.result().body())
            : Future.failedFuture(ar.cause() instanceof ReplyException r && r.failureCode() == 404
                ? new Refused(Reason.NOT_FOUND, "There is no such project.")
                : new Refused(Reason.UNAVAILABLE, "The database is unavailable; try again.")));
  }

  static final String DELETE = "project.delete";

  public ProjectWriter(Vertx vertx, ProjectStore store, Checklists checklists, LongSupplier clock, Supplier<String> ids) {
    this.vertx = vertx;
    this.store = store;
    this.checklists = checklists;
    this.clock = clock;
    this.ids = ids;
  }

  /**
   * Sends a change to the project's writer; completes with the project's new revision once the
   * change is durable, or fails with a {@link Refused} (a broken rule, or {@code unavailable}).
   */
  public Future<Long> send(String projectId, JsonObject op) {
    writers.computeIfAbsent(projectId, Writer::new);
    return vertx.eventBus().<JsonObject>request(ProjectAddresses.writer(projectId), op).transform(ar -> {
      if (ar.failed()) {
        boolean missing = ar.cause() instanceof ReplyException r && r.failureCode() == 404;
        return Future.failedFuture(missing ? new Refused(Reason.NOT_FOUND, "There is no such project.")
            : new Refused(Reason.UNAVAILABLE, "The database is unavailable; nothing was saved. Try again."));
      }
      JsonObject body = ar.result().body();
      if (body.getValue("error") instanceof String code) {
        return Future.failedFuture(ProjectService.refused(new ProjectInvalid(code, body.getString("field", ""),
            body.getString("message", ""))));
      }
      return Future.succeededFuture(body.getLong("rev"));
    });
  }

  /** The writer of one project: its consumer, queue and cached stored state (on one context). */
  private final class Writer {
    private final String id;
    private final Deque<Message<JsonObject>> queue = new ArrayDeque<>();
    private ProjectStore.Stored current;
    private boolean busy;

    Writer(String id) {
      this.id = id;
      vertx.eventBus().<JsonObject>localConsumer(ProjectAddresses.writer(id), m -> {
        queue.add(m);
        if (!busy) next();
      });
    }

    private void next() {
      Message<JsonObject> m = queue.poll();
      if (m == null) {
        busy = false;
        return;
      }
      busy = true;
      handle(m, true).onComplete(ar -> next());
    }

    private Future<Void> handle(Message<JsonObject> m, boolean retry) {
      Future<ProjectStore.Stored> loaded = current != null ? Future.succeededFuture(current)
          : store.find(id).map(o -> o.orElse(null));
      return loaded.compose(s -> {
        if (s == null) {
          m.fail(404, "There is no such project.");
          return Future.<Void>succeededFuture();
        }
        current = s;
        if (DELETE.equals(m.body().getString("type"))) return deleteNow(m, s);
        ProjectOps.Next next;
        try {
          next = ProjectOps.apply(s, m.body(), checklists, clock.getAsLong(), ids);
        } catch (ProjectInvalid e) {
          m.reply(new JsonObject().put("error", e.code()).put("field", e.field()).put("message", e.getMessage()));
          return Future.<Void>succeededFuture();
        }
        return store.update(next.project(), next.tokenHashes(), s.rev()).compose(written -> {
          if (!written) {
            current = null;
            if (retry) return handle(m, false);
            m.fail(503, "conflict");
            return Future.<Void>succeededFuture();
          }
          current = new ProjectStore.Stored(s.rev() + 1, next.project(), next.tokenHashes());
          m.reply(new JsonObject().put("rev", current.rev()));
          vertx.eventBus().publish(ProjectAddresses.events(id), new JsonObject().put("type", m.body().getString("type"))
              .put("rev", current.rev()).put("projectId", id));
          return Future.<Void>succeededFuture();
        });
      }).recover(e -> {
        current = null;
        m.fail(503, "unavailable");
        return Future.succeededFuture();
      });
    }

    /** Rule D10: deletes the project, then tells the project's listeners. */
    private Future<Void> deleteNow(Message<JsonObject> m, ProjectStore.Stored s) {
      if (remains == null) return Future.failedFuture("no project deletion wired");
      current = null;
      return remains.deleteProject(id, clock.getAsLong()).compose(found -> {
        if (!found) {
          m.fail(404, "There is no such project.");
          return Future.<Void>succeededFuture();
        }
        io.vertx.core.json.JsonArray boards = new io.vertx.core.json.JsonArray();
        s.project().boards().forEach(b -> boards.add(b.boardId()));
        io.vertx.core.json.JsonArray pilots = new io.vertx.core.json.JsonArray();
        s.project().pilots().forEach(p -> pilots.add(p.pilotId()));
        m.reply(new JsonObject().put("boards", boards).put("pilots", pilots));
        vertx.eventBus().publish(ProjectAddresses.events(id), new JsonObject().put("type", "project.deleted")
            .put("rev", s.rev() + 1).put("projectId", id));
        return Future.<Void>succeededFuture();
      });
    }
  }
}
