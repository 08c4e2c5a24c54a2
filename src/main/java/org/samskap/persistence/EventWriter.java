package org.samskap.persistence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import org.bson.Document;

/**
 * Group commit across boards. Each board's writer already batches its own ops (one append in
 * flight per board); this writer batches the appends of all boards of the node: while one
 * database write runs, the appends that arrive queue up, and the next write stores them all
 * with one gap check and one {@code insertMany} (one commit on the embedded database). So a
 * hundred busy boards cost a few writes a second, not hundreds.
 *
 * <p>Each append completes on the Vert.x context that asked for it, so a board's writer keeps
 * running on its own event loop.
 */
final class EventWriter implements AutoCloseable {
  /** At most this many event documents go into one {@code insertMany}. */
  static final int MAX_DOCS_PER_WRITE = 5000;

  /** One board's append waiting to be written. */
  private record Pending(String boardId, long firstVersion, List<Document> docs, Context context, Promise<Void> promise) {
    /** The same append without its first {@code stored} documents (they are stored). */
    Pending from(int stored) {
      return stored == 0 ? this : new Pending(boardId, firstVersion + stored, docs.subList(stored, docs.size()), context, promise);
    }
  }

  /** MongoDB's (and the embedded server's) code for a duplicate key. */
  static final int DUPLICATE_KEY = 11000;

  private final Vertx vertx;
  private final MongoCollection<Document> events;
  /**
   * Writes that may run at once. More than one keeps several database connections busy (the
   * embedded server inserts on one thread per connection); each still takes everything queued.
   */
  static final int WRITERS = Math.max(2, Runtime.getRuntime().availableProcessors());
  private final ExecutorService thread = Executors.newFixedThreadPool(WRITERS, r -> {
    Thread t = new Thread(r, "samskap-event-writer");
    t.setDaemon(true);
    return t;
  });
  private final ArrayDeque<Pending> queue = new ArrayDeque<>();
  private final AtomicLong writes = new AtomicLong();
  private int draining;
  /** Rule ME3: told the size of each write; set once at start. */
  volatile org.samskap.metrics.Meters meters = org.samskap.metrics.Meters.NONE;
  /** The last version stored per board; the least recently written are forgotten. */
  private final java.util.Map<String, Long> lastStored = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Long> eldest) {
          return size() > 100_000;
        }
      });

  EventWriter(Vertx vertx, MongoCollection<Document> events) {
    this.vertx = vertx;
    this.events = events;
  }

  /** Queues one board's events (consecutive versions from {@code firstVersion}); completes once durable. */
  Future<Void> append(String boardId, long firstVersion, List<Document> docs) {
    Context context = vertx.getOrCreateContext();
    Promise<Void> promise = Promise.promise();
    boolean start;
    synchronized (queue) {
      queue.add(new Pending(boardId, firstVersion, docs, context, promise));
      start = draining < WRITERS;
      if (start) draining++;
    }
    if (start) thread.execute(this::drain);
    return promise.future();
  }

  /** Database writes made so far (each stores the appends of one or more boards). */
  long writeCount() {
    return writes.get();
  }

  /** Takes everything queued, writes it, and again, until the queue is empty. */
  private void drain() {
    while (true) {
      List<Pending> batch = new ArrayList<>();
      int docs = 0;
      synchronized (queue) {
        while (!queue.isEmpty() && (batch.isEmpty() || docs + queue.peek().docs().size() <= MAX_DOCS_PER_WRITE)) {
          Pending p = queue.poll();
          batch.add(p);
          docs += p.docs().size();
        }
        if (batch.isEmpty()) {
          draining--;
          return;
        }
      }
      write(batch);
    }
  }

  /** Writes a batch; every pending append in it is completed, one way or the other. */
  private void write(List<Pending> batch) {
    write(batch, false);
  }

  /**
   * As {@link #write(List)}; {@code retried} says this is already the one retry an append may
   * get after meeting its own key half-stored (rule S2).
   */
  private void write(List<Pending> batch, boolean retried) {
    List<Pending> ready;
    try {
      ready = withoutGaps(batch);
    } catch (RuntimeException e) {
      batch.forEach(p -> fail(p, failure(p, e)));
      return;
    }
    if (ready.isEmpty()) return;
    List<Document> all = new ArrayList<>();
    for (Pending p : ready) all.addAll(p.docs());
    try {
      writes.incrementAndGet();
      events.insertMany(all, new InsertManyOptions().ordered(true));
      ready.forEach(this::succeed);
      meters.writeBatch(all.size()); // ME3, after the acks are on their way
    } catch (MongoBulkWriteException e) {
      // Ordered: everything before the first failed document is stored, nothing after it.
      BulkWriteError first = e.getWriteErrors().isEmpty() ? null : e.getWriteErrors().get(0);
      int failedAt = first == null ? 0 : first.getIndex();
      int index = 0;
      boolean retry = false;
      List<Pending> rest = new ArrayList<>();
      for (Pending p : ready) {
        int end = index + p.docs().size();
        if (end <= failedAt) {
          succeed(p);
        } else if (index <= failedAt) {
          Pending unwritten = p.from(failedAt - index);
          if (first != null && first.getCode() == DUPLICATE_KEY) {
            switch (ownKey(unwritten)) {
              case STORED -> fail(p, new StoreWriteException("board " + p.boardId() + ": version "
                  + unwritten.firstVersion() + " is already stored; the board reloads and sees it (rule S2)"));
              case HALF_STORED -> {
                if (retried) {
                  fail(p, failure(unwritten, e));
                } else {
                  rest.add(unwritten);
                  retry = true;
                }
              }
              case UNKNOWN -> fail(p, failure(unwritten, e));
            }
          } else {
            fail(p, failure(unwritten, e));
          }
        } else {
          rest.add(p);
        }
        index = end;
      }
      if (!rest.isEmpty()) write(rest, retried || retry);
    } catch (RuntimeException e) {
      ready.forEach(p -> fail(p, failure(p, e)));
    }
  }

  private enum KeyState { STORED, HALF_STORED, UNKNOWN }

  /**
   * Rule S2: an append failed on a duplicate key. If the event with that key can be read, it is
   * stored (written by another node, or by an earlier process after this board was loaded): it
   * is never overwritten, and the board reloads and sees it. If it cannot be read, only a
   * torn write can have left the key behind (the embedded database mends it before it answers),
   * so the rest of the append is tried once more.
   */
  private KeyState ownKey(Pending p) {
    try {
      Document found = events.find(Filters.eq("_id", BoardDocuments.eventId(p.boardId(), p.firstVersion())))
          .projection(new Document("_id", 1)).first();
      return found != null ? KeyState.STORED : KeyState.HALF_STORED;
    } catch (RuntimeException e) {
      return KeyState.UNKNOWN;
    }
  }

  /**
   * The failure an append reports: which versions, and the database's error code, but never the
   * database's message (the embedded server's may quote the stored document, note text included).
   */
  private static StoreWriteException failure(Pending p, RuntimeException e) {
    if (e instanceof StoreWriteException s) return s;
    String code = e instanceof MongoBulkWriteException b && !b.getWriteErrors().isEmpty()
        ? " code " + b.getWriteErrors().get(0).getCode()
        : e instanceof MongoException m ? " code " + m.getCode() : "";
    return new StoreWriteException("board " + p.boardId() + ": versions " + p.firstVersion() + ".."
        + (p.firstVersion() + p.docs().size() - 1) + " not stored (" + e.getClass().getSimpleName() + code + ")");
  }

  /** Why an append failed, in words that hold no stored content. */
  static final class StoreWriteException extends RuntimeException {
    StoreWriteException(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Fails the appends whose previous version is not stored (the log must stay gapless:
   * a load stops at the first missing version) and returns the others. The last version this
   * writer stored for each board is remembered, so the usual case needs no query; otherwise
   * (first append since start, or the board was written by another node) one indexed lookup.
   */
  private List<Pending> withoutGaps(List<Pending> batch) {
    List<Pending> ready = new ArrayList<>(batch.size());
    for (Pending p : batch) {
      long previous = p.firstVersion() - 1;
      if (previous < 1 || Long.valueOf(previous).equals(lastStored.get(p.boardId()))
          || events.find(Filters.eq("_id", BoardDocuments.eventId(p.boardId(), previous)))
              .projection(new Document("_id", 1)).first() != null) {
        ready.add(p);
      } else {
        fail(p, new StoreWriteException("board " + p.boardId() + ": cannot append version " + p.firstVersion()
            + " because version " + previous + " is not stored"));
      }
    }
    return ready;
  }

  private void succeed(Pending p) {
    lastStored.put(p.boardId(), p.firstVersion() + p.docs().size() - 1);
    p.context().runOnContext(v -> p.promise().complete());
  }

  private void fail(Pending p, Throwable cause) {
    p.context().runOnContext(v -> p.promise().fail(cause));
  }

  /** Forgets a deleted board's last stored version (rule D1), so a new log is checked against the database. */
  void forget(String boardId) {
    lastStored.remove(boardId);
  }

  @Override
  public void close() {
    thread.shutdown();
  }
}
