package org.samskap.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.bson.Document;

import org.samskap.projects.ProjectRemains;

/**
 * The MongoDB adapter of {@link ProjectRemains} (rules D10, D11): {@code projects} (the owner's
 * "keep" is the field {@code keptAt} beside {@code project}, which the writer's revision-checked
 * {@code $set} leaves alone), {@code pilots} and {@code measurements} as their adapters lay them
 * out, and the tombstones in {@code deleted_projects} (the id and the time only).
 */
public final class MongoProjectRemains implements ProjectRemains {
  private final Vertx vertx;
  private final MongoCollection<Document> projects;
  private final MongoCollection<Document> pilots;
  private final MongoCollection<Document> measurements;
  private final MongoCollection<Document> tombstones;

  public MongoProjectRemains(Vertx vertx, MongoDatabase db) {
    this.vertx = vertx;
    this.projects = db.getCollection("projects");
    this.pilots = db.getCollection("pilots");
    this.measurements = db.getCollection("measurements");
    this.tombstones = db.getCollection("deleted_projects");
  }

  @Override
  public Future<Void> deletePilots(List<String> pilotIds) {
    if (pilotIds.isEmpty()) return Future.succeededFuture();
    return vertx.executeBlocking(() -> {
      measurements.deleteMany(Filters.in("p", pilotIds));
      pilots.deleteMany(Filters.in("_id", pilotIds));
      return null;
    }, false);
  }

  @Override
  public Future<Boolean> deleteProject(String projectId, long at) {
    return vertx.executeBlocking(() -> {
      if (projects.find(Filters.eq("_id", projectId)).projection(new Document("_id", 1)).first() == null) return false;
      // the tombstone first: a delete cut short after it still answers not_found and can be asked again
      tombstones.replaceOne(Filters.eq("_id", projectId), new Document("_id", projectId).append("at", at),
          new ReplaceOptions().upsert(true));
      projects.deleteOne(Filters.eq("_id", projectId));
      return true;
    }, false);
  }

  @Override
  public Future<Boolean> deleted(String projectId) {
    return vertx.executeBlocking(() -> tombstones.find(Filters.eq("_id", projectId)).first() != null, false);
  }

  @Override
  public Future<Boolean> keep(String projectId, long now) {
    return vertx.executeBlocking(() -> projects.updateOne(Filters.eq("_id", projectId), Updates.set("keptAt", now))
        .getMatchedCount() == 1, false);
  }

  @Override
  public Future<Map<String, Long>> keptAt() {
    return vertx.executeBlocking(() -> {
      Map<String, Long> out = new HashMap<>();
      for (Document d : projects.find(Filters.exists("keptAt")).projection(Projections.include("keptAt"))) {
        if (d.get("keptAt") instanceof Number n) out.put(d.getString("_id"), n.longValue());
      }
      return out;
    }, false);
  }
}
