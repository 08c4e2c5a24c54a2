package org.samskap.persistence;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.bson.Document;

import org.samskap.boards.AuditLog;
import org.samskap.util.RandomIds;

/** The MongoDB adapter of {@link AuditLog} (rule D6): collection {@code audit}, one document per entry. */
public final class MongoAuditLog implements AuditLog {
  private final Vertx vertx;
  private final MongoCollection<Document> audit;

  public MongoAuditLog(Vertx vertx, MongoDatabase db) {
    this.vertx = vertx;
    this.audit = db.getCollection("audit");
  }

  /** The index by board and time; call once at start. */
  public Future<Void> init() {
    return vertx.executeBlocking(() -> {
      audit.createIndex(Indexes.ascending("b", "at"), new IndexOptions().name("audit_board_time"));
      audit.createIndex(Indexes.ascending("pr", "at"), new IndexOptions().name("audit_project_time")); // rule D12
      return null;
    }, false);
  }

  @Override
  public Future<Void> add(Entry e) {
    return vertx.executeBlocking(() -> {
      audit.insertOne(new Document("_id", RandomIds.of(12)).append("b", e.boardId()).append("a", e.action())
          .append("role", e.role()).append("m", e.memberId()).append("ip", e.address()).append("at", e.at()).append("pr", e.projectId())
          .append("u", e.user()));
      return null;
    }, false);
  }

  @Override
  public Future<List<Entry>> ofBoard(String boardId, int limit) {
    return vertx.executeBlocking(() -> {
      List<Entry> out = new ArrayList<>();
      for (Document d : audit.find(Filters.eq("b", boardId)).sort(Sorts.descending("at")).limit(limit)) out.add(entry(d));
      return out;
    }, false);
  }

  @Override
  public Future<List<Entry>> ofProject(String projectId, int limit) {
    return vertx.executeBlocking(() -> {
      List<Entry> out = new ArrayList<>();
      for (Document d : audit.find(Filters.eq("pr", projectId)).sort(Sorts.descending("at")).limit(limit)) out.add(entry(d));
      return out;
    }, false);
  }

  private static Entry entry(Document d) {
    return new Entry(d.getString("b"), d.getString("a"), d.getString("role"), d.getString("m"), d.getString("ip"),
        ((Number) d.get("at")).longValue(), d.getString("pr"), d.getString("u"));
  }

  @Override
  public Future<Long> deleteBefore(long cutoff) {
    return vertx.executeBlocking(() -> audit.deleteMany(Filters.lt("at", cutoff)).getDeletedCount(), false);
  }
}
