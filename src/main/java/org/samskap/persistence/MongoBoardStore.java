package org.samskap.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.board.BoardMeta;
import org.samskap.board.BoardStore;
import org.samskap.board.LoadedBoard;
import org.samskap.board.Snapshot;
import org.samskap.board.StoredEvent;
import org.samskap.domain.Role;

/**
 * The MongoDB adapter of {@link BoardStore}, on the official sync driver, kept off the event
 * loop. Boards live in {@code boards}, the append-only event log in {@code events} (one document
 * per op, {@code _id = boardId:version}), the latest snapshot per board in {@code snapshots}
 * ({@link SnapshotDocuments}: its content as one binary value).
 * Every query is by {@code _id}, so it is indexed on real MongoDB and on the embedded server alike.
 */
public final class MongoBoardStore implements BoardStore {
  private static final Logger LOG = LoggerFactory.getLogger(MongoBoardStore.class);
  /**
   * The tail is read by {@code _id} in chunks that start small and double up to
   * {@link #TAIL_CHUNK}: after a snapshot it is usually short or empty, and the embedded
   * server answered an {@code $in} of 256 ids that were not there far slower than one of 32
   * (docs/PERFORMANCE.md), while a long replay needs only a few more queries.
   */
  static final int FIRST_TAIL_CHUNK = 32;
  static final int TAIL_CHUNK = 256;

  private final Vertx vertx;
  private final MongoDatabase db;
  private final MongoCollection<Document> boards;
  private final MongoCollection<Document> events;
  private final MongoCollection<Document> snapshots;
  /** Rule D2: one document per deleted board, {@code {_id: boardId, at}}; nothing else of it. */
  private final MongoCollection<Document> tombstones;
  private final AtomicLong loads = new AtomicLong();
  private final AtomicLong appends = new AtomicLong();
  private final AtomicLong backlog = new AtomicLong();
  private final EventWriter writer;

  public MongoBoardStore(Vertx vertx, MongoDatabase db) {
    this.vertx = vertx;
    this.db = db;
    this.boards = db.getCollection("boards");
    this.events = db.getCollection("events");
    this.snapshots = db.getCollection("snapshots");
    this.tombstones = db.getCollection("deleted_boards");
    this.writer = new EventWriter(vertx, events);
  }

  /**
   * Prepares the collections; call once at start. The events need no index of their own: the
   * {@code _id} ({@code boardId:version}) is unique, and every read is by {@code _id}. A second
   * unique index on {@code {b, v}} used to say the same thing and cost most of the embedded
   * server's insert time (docs/PERFORMANCE.md); one left by an older version is dropped.
   */
  public Future<Void> init() {
    return blocking(() -> {
      for (Document index : events.listIndexes()) {
        if ("board_version".equals(index.getString("name"))) events.dropIndex("board_version");
      }
      return null;
    });
  }

  @Override
  public Future<Void> createBoard(BoardMeta meta) {
    return blocking(() -> {
      boards.insertOne(BoardDocuments.meta(meta));
      return null;
    });
  }

  @Override
  public Future<Optional<BoardMeta>> findBoard(String boardId) {
    return blocking(() -> Optional.ofNullable(boards.find(Filters.eq("_id", boardId)).first()).map(BoardDocuments::meta));
  }

  @Override
  public Future<LoadedBoard> load(String boardId) {
    loads.incrementAndGet();
    return blocking(() -> {
      Document metaDoc = boards.find(Filters.eq("_id", boardId)).first();
      if (metaDoc == null) throw new IllegalArgumentException("no board " + boardId);
      Document snapDoc = snapshots.find(Filters.eq("_id", boardId)).first();
      Snapshot snapshot = snapDoc == null ? null : SnapshotDocuments.snapshot(snapDoc);
      long from = snapshot == null ? 1 : snapshot.version() + 1;
      List<StoredEvent> tail = new ArrayList<>();
      for (int size = FIRST_TAIL_CHUNK; ; size = Math.min(TAIL_CHUNK, size * 2)) {
        List<String> ids = new ArrayList<>(size);
        for (long v = from; v < from + size; v++) ids.add(BoardDocuments.eventId(boardId, v));
        List<StoredEvent> chunk = new ArrayList<>(size);
        for (Document d : events.find(Filters.in("_id", ids))) chunk.add(BoardDocuments.event(d));
        chunk.sort(Comparator.comparingLong(StoredEvent::version));
        // the log is gapless: stop at the first version that is missing
        for (StoredEvent e : chunk) {
          if (e.version() != from) break;
          tail.add(e);
          from++;
        }
        if (chunk.size() < size) break;
      }
      return new LoadedBoard(BoardDocuments.meta(metaDoc), snapshot, tail);
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Fails, storing nothing, unless the batch is non-empty, its versions are consecutive and
   * the first one follows the last stored version: {@link #load} stops at the first missing
   * version, so an event written after a gap would be lost on the next load.
   */
  @Override
  public Future<Void> append(String boardId, List<StoredEvent> batch) {
    appends.incrementAndGet();
    String notConsecutive = notConsecutive(batch);
    if (notConsecutive != null) {
      return Future.failedFuture(new IllegalArgumentException("board " + boardId + ": " + notConsecutive));
    }
    List<Document> docs = new ArrayList<>(batch.size());
    for (StoredEvent e : batch) docs.add(BoardDocuments.event(boardId, e));
    int n = docs.size();
    backlog.addAndGet(n);
    return writer.append(boardId, batch.get(0).version(), docs).onComplete(ar -> backlog.addAndGet(-n));
  }

  @Override
  public Future<Void> saveSnapshot(Snapshot snapshot) {
    return blocking(() -> {
      writeSnapshot(snapshot);
      return null;
    });
  }

  @Override
  public Future<Boolean> replaceToken(String boardId, Role role, String newHash) {
    return blocking(() -> boards.updateOne(Filters.and(Filters.eq("_id", boardId), boardLink(role)),
        com.mongodb.client.model.Updates.set("tokens.$.hash", newHash)).getMatchedCount() == 1);
  }

  /** The board's own token for a role: not one given to a project member (PM10, which carries {@code member}). */
  private static org.bson.conversions.Bson boardLink(Role role) {
    return Filters.elemMatch("tokens", Filters.and(Filters.eq("role", role.wire()), Filters.exists(MEMBER, false)));
  }

  /** The field of a token entry that names the project member it was given to (rule PM10). */
  static final String MEMBER = "member";

  @Override
  public Future<Boolean> putMemberToken(String boardId, String member, Role role, String newHash) {
    Document entry = new Document("hash", newHash).append("role", role.wire()).append(MEMBER, member);
    return blocking(() -> {
      // replace the member's entry, else add one; a concurrent add for the same member makes the
      // second update match nothing, and the next round replaces instead
      for (int round = 0; round < 3; round++) {
        if (boards.updateOne(Filters.and(Filters.eq("_id", boardId), Filters.eq("tokens." + MEMBER, member)),
            com.mongodb.client.model.Updates.set("tokens.$", entry)).getMatchedCount() == 1) return true;
        if (boards.updateOne(Filters.and(Filters.eq("_id", boardId), Filters.ne("tokens." + MEMBER, member)),
            com.mongodb.client.model.Updates.push("tokens", entry)).getMatchedCount() == 1) return true;
        if (boards.find(Filters.eq("_id", boardId)).projection(new Document("_id", 1)).first() == null) return false;
      }
      throw new IllegalStateException("board " + boardId + ": the member token kept changing");
    });
  }

  @Override
  public Future<Void> dropMemberTokens(List<String> boardIds, String member) {
    if (boardIds.isEmpty()) return Future.succeededFuture();
    return blocking(() -> {
      boards.updateMany(Filters.in("_id", boardIds), com.mongodb.client.model.Updates.pull("tokens", new Document(MEMBER, member)));
      return null;
    });
  }

  @Override
  public Future<Boolean> putToken(String boardId, Role role, String newHash) {
    return blocking(() -> {
      if (boards.updateOne(Filters.and(Filters.eq("_id", boardId), boardLink(role)),
          com.mongodb.client.model.Updates.set("tokens.$.hash", newHash)).getMatchedCount() == 1) {
        return true;
      }
      return boards.updateOne(Filters.and(Filters.eq("_id", boardId), Filters.not(boardLink(role))),
          com.mongodb.client.model.Updates.push("tokens", new Document("hash", newHash).append("role", role.wire()))).getMatchedCount() == 1;
    });
  }

  @Override
  public Future<Void> ping() {
    return blocking(() -> {
      db.runCommand(new Document("ping", 1));
      return null;
    });
  }

  /** Why a batch is not a run of consecutive versions starting at 1 or later, or null when it is. */
  static String notConsecutive(List<StoredEvent> batch) {
    if (batch.isEmpty()) return "nothing to append";
    long expected = batch.get(0).version();
    if (expected < 1) return "versions start at 1, not " + expected;
    for (StoredEvent e : batch) {
      if (e.version() != expected) return "versions must be consecutive: expected " + expected + ", got " + e.version();
      expected++;
    }
    return null;
  }

  @Override
  public Future<Void> discardSnapshot(String boardId) {
    return blocking(() -> {
      snapshots.deleteOne(Filters.eq("_id", boardId));
      return null;
    });
  }

  /** How many event ids one delete command names (rule D1). */
  static final int DELETE_CHUNK = 1000;

  @Override
  public Future<Boolean> deleteBoard(String boardId, long at) {
    return blocking(() -> {
      if (boards.find(Filters.eq("_id", boardId)).projection(new Document("_id", 1)).first() == null) return false;
      Document snap = snapshots.find(Filters.eq("_id", boardId)).projection(new Document("v", 1)).first();
      long known = snap == null || !(snap.get("v") instanceof Number n) ? 0 : n.longValue();
      // the log is gapless from version 1 (rules S1, S2): delete by _id, chunk after chunk, until
      // a chunk past the snapshot's version finds nothing (every read and write here is by _id)
      for (long from = 1; ; from += DELETE_CHUNK) {
        List<String> ids = new ArrayList<>(DELETE_CHUNK);
        for (long v = from; v < from + DELETE_CHUNK; v++) ids.add(BoardDocuments.eventId(boardId, v));
        long deleted = events.deleteMany(Filters.in("_id", ids)).getDeletedCount();
        if (deleted == 0 && from + DELETE_CHUNK > known) break;
      }
      snapshots.deleteOne(Filters.eq("_id", boardId));
      tombstones.replaceOne(Filters.eq("_id", boardId), new Document("_id", boardId).append("at", at),
          new ReplaceOptions().upsert(true));
      boards.deleteOne(Filters.eq("_id", boardId));
      writer.forget(boardId);
      return true;
    });
  }

  @Override
  public Future<Void> compactEventsBefore(String boardId, long version) {
    return blocking(() -> {
      Document body = new Document(new java.util.LinkedHashMap<>(COMPACTED));
      for (long from = 1; from < version; from += DELETE_CHUNK) {
        List<String> ids = new ArrayList<>(DELETE_CHUNK);
        for (long v = from; v < Math.min(from + DELETE_CHUNK, version); v++) ids.add(BoardDocuments.eventId(boardId, v));
        events.updateMany(Filters.in("_id", ids), com.mongodb.client.model.Updates.set("e", body));
      }
      return null;
    });
  }

  @Override
  public Future<Boolean> deleted(String boardId) {
    return blocking(() -> tombstones.find(Filters.eq("_id", boardId)).first() != null);
  }

  private void writeSnapshot(Snapshot s) {
    snapshots.replaceOne(Filters.eq("_id", s.boardId()), SnapshotDocuments.document(s), new ReplaceOptions().upsert(true));
  }

  private <T> Future<T> blocking(Callable<T> work) {
    return vertx.executeBlocking(work, false);
  }

  /** Rule ME3: where the event writes report their batch sizes. */
  public void meters(org.samskap.metrics.Meters meters) {
    writer.meters = meters;
  }

  @Override
  public long writeBacklog() {
    return backlog.get();
  }

  /** Board loads started so far (concurrent joins of a cold board must share one). */
  public long loadCount() {
    return loads.get();
  }

  /** Event-log writes started so far (group commit makes this far smaller than the op count). */
  public long appendCount() {
    return appends.get();
  }

  /** Database writes of events so far: one stores the appends of every board that was waiting (group commit across boards). */
  public long eventWriteCount() {
    return writer.writeCount();
  }

  /** For tests and tools: the raw count of stored events of a board. */
  public long countEvents(String boardId) {
    return events.countDocuments(Filters.eq("b", boardId));
  }
}
