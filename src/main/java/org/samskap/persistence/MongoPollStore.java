package org.samskap.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.bson.Document;

import org.samskap.domain.polls.Poll;
import org.samskap.domain.polls.PollItem;
import org.samskap.domain.polls.VoterGroup;
import org.samskap.polls.PollLink;
import org.samskap.polls.PollStore;

/**
 * The MongoDB adapter of {@link PollStore}: collections {@code polls}, {@code poll_links}
 * (by token hash, unique) and {@code ballots}, whose unique index on poll and token hash
 * makes "one ballot per token" hold however many submissions race (rule P5).
 */
public final class MongoPollStore implements PollStore {
  private final Vertx vertx;
  private final MongoCollection<Document> polls;
  private final MongoCollection<Document> links;
  private final MongoCollection<Document> ballots;

  public MongoPollStore(Vertx vertx, MongoDatabase db) {
    this.vertx = vertx;
    this.polls = db.getCollection("polls");
    this.links = db.getCollection("poll_links");
    this.ballots = db.getCollection("ballots");
  }

  @Override
  public Future<Void> init() {
    return blocking(() -> {
      ballots.createIndex(Indexes.ascending("p", "t"), new IndexOptions().unique(true).name("one_ballot_per_token"));
      links.createIndex(Indexes.ascending("hash"), new IndexOptions().unique(true).name("link_hash"));
      polls.createIndex(Indexes.ascending("boardId"), new IndexOptions().name("poll_board"));
      return null;
    });
  }

  @Override
  public Future<Void> create(Poll poll, List<PollLink> pollLinks) {
    return blocking(() -> {
      polls.insertOne(toDoc(poll));
      List<Document> docs = new ArrayList<>();
      for (PollLink l : pollLinks) docs.add(toDoc(l));
      if (!docs.isEmpty()) links.insertMany(docs);
      return null;
    });
  }

  @Override
  public Future<Optional<Poll>> find(String pollId) {
    return blocking(() -> Optional.ofNullable(polls.find(Filters.eq("_id", pollId)).first()).map(MongoPollStore::poll));
  }

  @Override
  public Future<List<Poll>> ofBoard(String boardId) {
    return blocking(() -> {
      List<Poll> out = new ArrayList<>();
      for (Document d : polls.find(Filters.eq("boardId", boardId))) out.add(poll(d));
      out.sort((a, b) -> Long.compare(a.createdAt(), b.createdAt()));
      return out;
    });
  }

  @Override
  public Future<Optional<PollLink>> link(String tokenHash) {
    return blocking(() -> Optional.ofNullable(links.find(Filters.eq("hash", tokenHash)).first()).map(d ->
        new PollLink(d.getString("_id"), d.getString("pollId"), d.getString("kind"), d.getString("parent"),
            d.getString("hash"), Boolean.TRUE.equals(d.getBoolean("revoked")))));
  }

  @Override
  public Future<Void> addLink(PollLink link) {
    return blocking(() -> {
      links.insertOne(toDoc(link));
      return null;
    });
  }

  @Override
  public Future<Long> revoke(String pollId, String linkId) {
    return blocking(() -> links.updateMany(Filters.and(Filters.eq("pollId", pollId),
        Filters.or(Filters.eq("_id", linkId), Filters.eq("parent", linkId))), Updates.set("revoked", true)).getMatchedCount());
  }

  @Override
  public Future<Boolean> close(String pollId) {
    return blocking(() -> polls.updateOne(Filters.eq("_id", pollId), Updates.set("open", false)).getMatchedCount() == 1);
  }

  @Override
  public Future<Boolean> reopen(String pollId) {
    return blocking(() -> polls.updateOne(Filters.eq("_id", pollId), Updates.set("open", true)).getMatchedCount() == 1);
  }

  @Override
  public Future<Cast> cast(String pollId, String tokenHash, VoterGroup group, List<String> choices) {
    return blocking(() -> {
      try {
        ballots.insertOne(new Document("p", pollId).append("t", tokenHash).append("g", group.wire())
            .append("c", new ArrayList<>(choices)));
        return Cast.STORED;
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) return Cast.ALREADY_VOTED;
        throw e;
      }
    });
  }

  @Override
  public Future<List<Ballot>> ballots(String pollId) {
    return blocking(() -> {
      List<Ballot> out = new ArrayList<>();
      for (Document d : ballots.find(Filters.eq("p", pollId))) {
        out.add(new Ballot(VoterGroup.fromWire(d.getString("g")).orElse(VoterGroup.OTHER), d.getList("c", String.class)));
      }
      return out;
    });
  }

  @Override
  public Future<Boolean> hasBallot(String pollId, String tokenHash) {
    return blocking(() -> ballots.find(Filters.and(Filters.eq("p", pollId), Filters.eq("t", tokenHash))).first() != null);
  }

  private static Document toDoc(Poll p) {
    List<Document> items = new ArrayList<>();
    for (PollItem i : p.items()) {
      items.add(new Document("id", i.id()).append("targetId", i.targetId()).append("text", i.text())
          .append("description", i.description()));
    }
    return new Document("_id", p.id()).append("boardId", p.boardId()).append("title", p.title()).append("items", items)
        .append("maxChoices", p.maxChoices()).append("open", p.open()).append("createdAt", p.createdAt());
  }

  private static Poll poll(Document d) {
    List<PollItem> items = new ArrayList<>();
    for (Document i : d.getList("items", Document.class)) {
      items.add(new PollItem(i.getString("id"), i.getString("targetId"), i.getString("text"), i.getString("description")));
    }
    return new Poll(d.getString("_id"), d.getString("boardId"), d.getString("title"), items,
        ((Number) d.get("maxChoices")).intValue(), Boolean.TRUE.equals(d.getBoolean("open")),
        ((Number) d.get("createdAt")).longValue());
  }

  private static Document toDoc(PollLink l) {
    return new Document("_id", l.id()).append("pollId", l.pollId()).append("kind", l.kind()).append("parent", l.parent())
        .append("hash", l.hash()).append("revoked", l.revoked());
  }

  private <T> Future<T> blocking(Callable<T> work) {
    return vertx.executeBlocking(work, false);
  }
}
