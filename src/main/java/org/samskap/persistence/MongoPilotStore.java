package org.samskap.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.samskap.domain.pilots.Group;
import org.samskap.domain.pilots.Measurement;
import org.samskap.domain.pilots.Pilot;
import org.samskap.pilots.PilotStore;
import org.samskap.protocol.pilots.PilotCodec;

/**
 * The MongoDB adapter of {@link PilotStore} on the sync driver, kept off the event loop.
 * {@code pilots}: one document per pilot, {@code {_id, rev, src, access, pilot}}, where {@code src}
 * (matrix board id and item id) has a unique index so an item becomes at most one pilot.
 * {@code measurements}: one document per value, indexed on {@code (p, g, d)}.
 */
public final class MongoPilotStore implements PilotStore {
  private final Vertx vertx;
  private final MongoCollection<Document> pilots;
  private final MongoCollection<Document> measurements;

  public MongoPilotStore(Vertx vertx, MongoDatabase db) {
    this.vertx = vertx;
    this.pilots = db.getCollection("pilots");
    this.measurements = db.getCollection("measurements");
  }

  public Future<Void> init() {
    return blocking(() -> {
      pilots.createIndex(Indexes.ascending("src"), new IndexOptions().unique(true).name("source_item"));
      measurements.createIndex(Indexes.ascending("p", "g", "d"), new IndexOptions().name("pilot_gain_date"));
      return null;
    });
  }

  static String source(Pilot p) {
    return p.provenance().matrixBoardId() + ":" + p.provenance().itemId();
  }

  @Override
  public Future<Void> create(Pilot pilot, Map<String, String> tokenHashes) {
    return blocking(() -> {
      Document doc = new Document("_id", pilot.id()).append("rev", 1L).append("src", source(pilot))
          .append("access", new Document(new LinkedHashMap<>(tokenHashes))).append("pilot", new Document(PilotCodec.pilot(pilot)));
      try {
        pilots.insertOne(doc);
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) throw e;
        Document existing = pilots.find(Filters.eq("src", source(pilot))).projection(new Document("_id", 1)).first();
        if (existing == null) throw e;
        throw new AlreadyConverted(existing.getString("_id"));
      }
      return null;
    });
  }

  @Override
  public Future<Void> createImported(Pilot pilot, Map<String, String> tokenHashes, List<Measurement> ms) {
    return blocking(() -> {
      List<Document> docs = new ArrayList<>();
      for (Measurement m : ms) docs.add(measurementDoc(m));
      if (!docs.isEmpty()) measurements.insertMany(docs);
      try {
        pilots.insertOne(new Document("_id", pilot.id()).append("rev", 1L).append("src", "import:" + pilot.id())
            .append("access", new Document(new LinkedHashMap<>(tokenHashes))).append("pilot", new Document(PilotCodec.pilot(pilot))));
      } catch (RuntimeException e) {
        // only what this call stored: a pilot already stored under the id keeps its own measurements
        List<Object> ids = docs.stream().map(d -> d.get("_id")).toList();
        if (!ids.isEmpty()) measurements.deleteMany(Filters.and(Filters.eq("p", pilot.id()), Filters.in("_id", ids)));
        throw e;
      }
      return null;
    });
  }

  @Override
  public Future<Boolean> replaceToken(String pilotId, String role, String oldHash, String newHash) {
    // Hashes are hex, so they are safe as field names; the filter makes it a compare-and-set.
    return blocking(() -> pilots.updateOne(Filters.and(Filters.eq("_id", pilotId), Filters.eq("access." + oldHash, role)),
        com.mongodb.client.model.Updates.combine(com.mongodb.client.model.Updates.unset("access." + oldHash),
            com.mongodb.client.model.Updates.set("access." + newHash, role))).getModifiedCount() == 1);
  }

  @Override
  public Future<Optional<Stored>> find(String pilotId) {
    return blocking(() -> {
      Document d = pilots.find(Filters.eq("_id", pilotId)).first();
      if (d == null) return Optional.empty();
      Map<String, String> access = new LinkedHashMap<>();
      d.get("access", Document.class).forEach((k, v) -> access.put(k, String.valueOf(v)));
      return Optional.of(new Stored(((Number) d.get("rev")).longValue(), PilotCodec.pilot(d.get("pilot", Document.class)), access));
    });
  }

  @Override
  public Future<Boolean> update(Pilot next, long expectedRev) {
    return blocking(() -> pilots.updateOne(Filters.and(Filters.eq("_id", next.id()), Filters.eq("rev", expectedRev)),
        new Document("$set", new Document("pilot", new Document(PilotCodec.pilot(next))).append("rev", expectedRev + 1)))
        .getModifiedCount() == 1);
  }

  @Override
  public Future<Void> addMeasurement(Measurement m) {
    return blocking(() -> {
      measurements.insertOne(measurementDoc(m));
      return null;
    });
  }

  private static Document measurementDoc(Measurement m) {
    return new Document("_id", m.id()).append("p", m.pilotId()).append("g", m.gainId())
        .append("d", m.date().toString()).append("v", m.value()).append("grp", m.group().wire())
        .append("why", m.gapReason()).append("r", m.round()).append("at", m.recordedAt());
  }

  @Override
  public Future<List<Measurement>> measurements(String pilotId, String gainId, int limit) {
    Bson filter = gainId == null ? Filters.eq("p", pilotId) : Filters.and(Filters.eq("p", pilotId), Filters.eq("g", gainId));
    return blocking(() -> {
      List<Measurement> out = new ArrayList<>();
      for (Document d : measurements.find(filter).sort(Sorts.ascending("p", "g", "d")).limit(limit)) {
        out.add(new Measurement(d.getString("_id"), d.getString("p"), d.getString("g"), LocalDate.parse(d.getString("d")),
            ((Number) d.get("v")).doubleValue(), Group.fromWire(d.getString("grp")).orElse(Group.ALL), d.getString("why"),
            ((Number) d.get("r")).intValue(), ((Number) d.get("at")).longValue()));
      }
      return out;
    });
  }

  @Override
  public Future<Boolean> deleteMeasurement(String pilotId, String measurementId) {
    return blocking(() -> measurements.deleteOne(Filters.and(Filters.eq("_id", measurementId), Filters.eq("p", pilotId)))
        .getDeletedCount() == 1);
  }

  private <T> Future<T> blocking(Callable<T> work) {
    return vertx.executeBlocking(work, false);
  }
}
