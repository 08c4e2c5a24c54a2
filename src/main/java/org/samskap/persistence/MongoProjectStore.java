package org.samskap.persistence;

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
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.bson.Document;

import org.samskap.domain.projects.Project;
import org.samskap.projects.ProjectCodec;
import org.samskap.projects.ProjectStore;

/**
 * The MongoDB adapter of {@link ProjectStore} on the sync driver, kept off the event loop.
 * {@code projects}: one document per project, {@code {_id, rev, access: {hash: role}, project}};
 * an update names the revision it read (PJ9). The start-up placement (PJ11) also reads the
 * {@code boards} and {@code pilots} collections without their content, and sets a board's
 * {@code projectId} and {@code phase}.
 */
public final class MongoProjectStore implements ProjectStore {
  private final Vertx vertx;
  private final MongoCollection<Document> projects;
  private final MongoCollection<Document> boards;
  private final MongoCollection<Document> pilots;

  public MongoProjectStore(Vertx vertx, MongoDatabase db) {
    this.vertx = vertx;
    this.projects = db.getCollection("projects");
    this.boards = db.getCollection("boards");
    this.pilots = db.getCollection("pilots");
  }

  @Override
  public Future<Void> create(Project project, Map<String, String> tokenHashes) {
    return blocking(() -> {
      try {
        projects.insertOne(new Document("_id", project.id()).append("rev", 1L)
            .append("access", new Document(new LinkedHashMap<>(tokenHashes))).append("project", new Document(ProjectCodec.document(project))));
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) throw new AlreadyExists(project.id());
        throw e;
      }
      return null;
    });
  }

  @Override
  public Future<Optional<Stored>> find(String projectId) {
    return blocking(() -> Optional.ofNullable(projects.find(Filters.eq("_id", projectId)).first()).map(MongoProjectStore::stored));
  }

  @Override
  public Future<Boolean> update(Project next, Map<String, String> tokenHashes, long expectedRev) {
    return blocking(() -> projects.updateOne(Filters.and(Filters.eq("_id", next.id()), Filters.eq("rev", expectedRev)),
        new Document("$set", new Document("project", new Document(ProjectCodec.document(next)))
            .append("access", new Document(new LinkedHashMap<>(tokenHashes))).append("rev", expectedRev + 1)))
        .getModifiedCount() == 1);
  }

  @Override
  public Future<List<Stored>> all() {
    return blocking(() -> {
      List<Stored> out = new ArrayList<>();
      for (Document d : projects.find()) out.add(stored(d));
      return out;
    });
  }

  @Override
  public Future<List<Stored>> ofMember(String subject) {
    return where(Filters.eq("project.membership.members.subject", subject));
  }

  @Override
  public Future<List<Stored>> invitedAs(String email) {
    return where(Filters.eq("project.membership.invites.email", email));
  }

  private Future<List<Stored>> where(org.bson.conversions.Bson filter) {
    return blocking(() -> {
      List<Stored> out = new ArrayList<>();
      for (Document d : projects.find(filter)) out.add(stored(d));
      return out;
    });
  }

  @Override
  public Future<List<BoardRow>> boards() {
    return blocking(() -> {
      List<BoardRow> out = new ArrayList<>();
      for (Document d : boards.find().projection(BOARD_FIELDS)) out.add(row(d));
      return out;
    });
  }

  @Override
  public Future<Optional<BoardRow>> board(String boardId) {
    return blocking(() -> Optional.ofNullable(boards.find(Filters.eq("_id", boardId)).projection(BOARD_FIELDS).first())
        .map(MongoProjectStore::row));
  }

  private static final org.bson.conversions.Bson BOARD_FIELDS = Projections.include("kind", "title", "createdAt", "projectId", "phase");

  private static BoardRow row(Document d) {
    return new BoardRow(d.getString("_id"), d.getString("kind"), d.getString("title"),
        d.get("createdAt") instanceof Number n ? n.longValue() : 0L, d.getString("projectId"),
        d.get("phase") instanceof Number p ? p.intValue() : 0);
  }

  @Override
  public Future<List<PilotRow>> pilots() {
    return blocking(() -> {
      List<PilotRow> out = new ArrayList<>();
      for (Document d : pilots.find().projection(Projections.include("pilot.title", "pilot.provenance.matrixBoardId"))) {
        Document p = d.get("pilot", Document.class);
        Document prov = p == null ? null : p.get("provenance", Document.class);
        out.add(new PilotRow(d.getString("_id"), p == null ? "" : p.getString("title"),
            prov == null ? null : prov.getString("matrixBoardId")));
      }
      return out;
    });
  }

  @Override
  public Future<Void> placeBoard(String boardId, String projectId, int phase) {
    return blocking(() -> {
      boards.updateOne(Filters.eq("_id", boardId), Updates.combine(Updates.set("projectId", projectId), Updates.set("phase", phase)));
      return null;
    });
  }

  private static Stored stored(Document d) {
    Map<String, String> hashes = new LinkedHashMap<>();
    Document access = d.get("access", Document.class);
    if (access != null) access.forEach((k, v) -> hashes.put(k, String.valueOf(v)));
    return new Stored(((Number) d.get("rev")).longValue(), ProjectCodec.project(d.get("project", Document.class)), hashes);
  }

  private <T> Future<T> blocking(Callable<T> work) {
    return vertx.executeBlocking(work, false);
  }
}
