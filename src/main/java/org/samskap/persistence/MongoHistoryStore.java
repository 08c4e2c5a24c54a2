package org.samskap.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.bson.Document;

import org.samskap.history.HistoryEntry;
import org.samskap.history.HistoryStore;

/** Collection {@code board_history}: one document per snapshot, indexed on board and time. */
public final class MongoHistoryStore implements HistoryStore {
  private final Vertx vertx;
  private final MongoCollection<Document> history;

  public MongoHistoryStore(Vertx vertx, MongoDatabase db) {
    this.vertx = vertx;
    this.history = db.getCollection("board_history");
  }

  @Override
  public Future<Void> init() {
    return blocking(() -> {
      history.createIndex(Indexes.ascending("b", "at"), new IndexOptions().name("board_time"));
      return null;
    });
  }

  @Override
  public Future<Void> add(HistoryEntry e, int keep) {
    return blocking(() -> {
      history.insertOne(new Document("_id", e.id()).append("b", e.boardId()).append("k", e.kind()).append("v", e.version())
          .append("name", e.name()).append("reason", e.reason()).append("at", e.at()).append("title", e.title())
          .append("content", new Document(e.content())));
      List<String> auto = new ArrayList<>();
      for (Document d : history.find(Filters.and(Filters.eq("b", e.boardId()), Filters.ne("reason", "manual")))
          .projection(Projections.include("_id")).sort(Sorts.descending("at"))) {
        auto.add(d.getString("_id"));
      }
      if (auto.size() > keep) history.deleteMany(Filters.in("_id", auto.subList(keep, auto.size())));
      return null;
    });
  }

  @Override
  public Future<List<HistoryEntry>> list(String boardId) {
    return blocking(() -> {
      List<HistoryEntry> out = new ArrayList<>();
      for (Document d : history.find(Filters.eq("b", boardId)).projection(Projections.exclude("content")).sort(Sorts.descending("at"))) {
        out.add(entry(d, null));
      }
      return out;
    });
  }

  @Override
  public Future<Optional<HistoryEntry>> find(String boardId, String id) {
    return blocking(() -> {
      Document d = history.find(Filters.and(Filters.eq("_id", id), Filters.eq("b", boardId))).first();
      if (d == null) return Optional.empty();
      return Optional.of(entry(d, d.get("content", Document.class)));
    });
  }

  @Override
  public Future<Void> replaceContent(String boardId, String id, Map<String, Object> content) {
    return blocking(() -> {
      history.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("b", boardId)),
          com.mongodb.client.model.Updates.set("content", new Document(content)));
      return null;
    });
  }

  private static HistoryEntry entry(Document d, Map<String, Object> content) {
    return new HistoryEntry(d.getString("_id"), d.getString("b"), d.getString("k"), ((Number) d.get("v")).longValue(),
        d.getString("name"), d.getString("reason"), ((Number) d.get("at")).longValue(), d.getString("title"),
        content == null ? null : new LinkedHashMap<>(content));
  }

  private <T> Future<T> blocking(Callable<T> work) {
    return vertx.executeBlocking(work, false);
  }
}
