package org.samskap.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.bson.Document;

import org.samskap.boards.RetentionStore;

/**
 * The MongoDB adapter of {@link RetentionStore} (rule D5). The facilitator's "keep" is the
 * field {@code keptAt} of the board document; the newest event is found by {@code _id} from the
 * snapshot's version on (every read is by {@code _id}, as in {@link MongoBoardStore}).
 */
public final class MongoRetentionStore implements RetentionStore {
  static final int CHUNK = 64;

  private final Vertx vertx;
  private final MongoCollection<Document> boards;
  private final MongoCollection<Document> events;
  private final MongoCollection<Document> snapshots;

  public MongoRetentionStore(Vertx vertx, MongoDatabase db) {
    this.vertx = vertx;
    this.boards = db.getCollection("boards");
    this.events = db.getCollection("events");
    this.snapshots = db.getCollection("snapshots");
  }

  @Override
  public Future<OptionalLong> lastActivity(String boardId) {
    return vertx.executeBlocking(() -> {
      Document b = boards.find(Filters.eq("_id", boardId)).projection(Projections.include("createdAt", "keptAt")).first();
      return b == null ? OptionalLong.empty() : OptionalLong.of(last(b));
    }, false);
  }

  @Override
  public Future<List<String>> inactiveSince(long cutoff) {
    return vertx.executeBlocking(() -> {
      List<String> out = new ArrayList<>();
      // a board created or kept after the cutoff is active; only the others need their events read
      for (Document b : boards.find(Filters.and(Filters.lt("createdAt", cutoff),
          Filters.or(Filters.exists("keptAt", false), Filters.lt("keptAt", cutoff))))
          .projection(Projections.include("createdAt", "keptAt"))) {
        if (last(b) < cutoff) out.add(b.getString("_id"));
      }
      return out;
    }, false);
  }

  @Override
  public Future<Boolean> keep(String boardId, long now) {
    return vertx.executeBlocking(() -> boards.updateOne(Filters.eq("_id", boardId), Updates.set("keptAt", now))
        .getMatchedCount() == 1, false);
  }

  private long last(Document board) {
    long t = number(board.get("createdAt"));
    t = Math.max(t, number(board.get("keptAt")));
    return Math.max(t, newestEventAt(board.getString("_id")));
  }

  /** The time of the board's newest event, or 0 when it has none. */
  private long newestEventAt(String boardId) {
    Document snap = snapshots.find(Filters.eq("_id", boardId)).projection(Projections.include("v")).first();
    long v = snap == null ? 0 : number(snap.get("v"));
    long at = v > 0 ? eventAt(boardId, v) : 0;
    for (long from = v + 1; ; from += CHUNK) {
      List<String> ids = new ArrayList<>(CHUNK);
      for (long x = from; x < from + CHUNK; x++) ids.add(BoardDocuments.eventId(boardId, x));
      int found = 0;
      for (Document e : events.find(Filters.in("_id", ids)).projection(Projections.include("at"))) {
        at = Math.max(at, number(e.get("at")));
        found++;
      }
      if (found < CHUNK) return at;
    }
  }

  private long eventAt(String boardId, long version) {
    Document e = events.find(Filters.eq("_id", BoardDocuments.eventId(boardId, version))).projection(Projections.include("at")).first();
    return e == null ? 0 : number(e.get("at"));
  }

  private static long number(Object o) {
    return o instanceof Number n ? n.longValue() : 0;
  }
}
