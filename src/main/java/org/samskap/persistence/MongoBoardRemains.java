package org.samskap.persistence;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.bson.Document;

import org.samskap.boards.BoardRemains;

/**
 * The MongoDB adapter of {@link BoardRemains} (rule D1): the collections of link polls
 * ({@code polls}, {@code poll_links}, {@code ballots}), history ({@code board_history}) and
 * pilots ({@code pilots}), as their own adapters lay them out.
 */
public final class MongoBoardRemains implements BoardRemains {
  private final Vertx vertx;
  private final MongoCollection<Document> polls;
  private final MongoCollection<Document> links;
  private final MongoCollection<Document> ballots;
  private final MongoCollection<Document> history;
  private final MongoCollection<Document> pilots;

  public MongoBoardRemains(Vertx vertx, MongoDatabase db) {
    this.vertx = vertx;
    this.polls = db.getCollection("polls");
    this.links = db.getCollection("poll_links");
    this.ballots = db.getCollection("ballots");
    this.history = db.getCollection("board_history");
    this.pilots = db.getCollection("pilots");
  }

  @Override
  public Future<Void> removeOf(String boardId) {
    return vertx.executeBlocking(() -> {
      List<String> pollIds = new ArrayList<>();
      for (Document d : polls.find(Filters.eq("boardId", boardId)).projection(new Document("_id", 1))) {
        pollIds.add(d.getString("_id"));
      }
      if (!pollIds.isEmpty()) {
        ballots.deleteMany(Filters.in("p", pollIds));
        links.deleteMany(Filters.in("pollId", pollIds));
        polls.deleteMany(Filters.in("_id", pollIds));
      }
      history.deleteMany(Filters.eq("b", boardId));
      // A pilot keeps its plan, gains and measurements (its own record), but not the text it
      // copied from the deleted board; the revision goes up, so an editor holding the old copy
      // cannot write it back (PL5).
      String p = "pilot.provenance.";
      pilots.updateMany(Filters.or(Filters.eq(p + "matrixBoardId", boardId), Filters.eq(p + "source.boardId", boardId)),
          Updates.combine(Updates.set(p + "text", SOURCE_DELETED), Updates.set(p + "source", null),
              Updates.set(p + "journeySteps", List.of()), Updates.unset(p + "decision.itemText"),
              Updates.unset(p + "decision.reason"), Updates.unset(p + "decision.decidedBy"),
              Updates.unset(p + "decision.scores"), Updates.inc("rev", 1L)));
      return null;
    }, false);
  }
}
