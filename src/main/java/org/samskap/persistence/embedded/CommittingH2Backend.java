package org.samskap.persistence.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.exception.MongoServerException;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 backend of mongo-java-server, committing after every command that changed data.
 * The stock backend commits about once a second, so a {@code kill -9} would lose writes that
 * were already acknowledged. Here a write is answered only after its commit; with
 * {@code fsync} it is also forced to the disk (surviving power loss, not just a process kill).
 *
 * <p>Rule S1 (docs/ARCHITECTURE.md): a commit never stores half a command. A commit takes every
 * map of the file as it is at that moment, and one insert touches two maps (the document, then
 * its index entries), so a commit taken while another connection's insert is half done stores a
 * document without index entry (issue 15: the board's next version could never be written) or
 * the reverse. Therefore every command that may change data runs alone, under one lock, and every
 * commit is taken inside that lock; reads ({@link #READS}) do not wait.
 *
 * <p>Rule S3: commits are shared. A command runs under the lock, then its thread waits (outside
 * the lock) for a commit that covers it ({@link GroupCommit}); one waiting thread takes the lock
 * and commits everything run so far, then wakes every command it covered, and only then do their
 * responses leave. Commands of other connections that ran meanwhile share the next commit. MVStore's own commits are
 * off ({@link EmbeddedMongo} opens it without auto-commit), and its chunk housekeeping, which
 * used to run on MVStore's background writer, runs here under the same lock ({@link #housekeeping}).
 *
 * <p>Rule S2: an insert that fails on a key that is only half stored (left by an older version's
 * torn commit) mends that key ({@link OrphanRepair#repairKeys}) before it answers, so the
 * writer's next attempt passes instead of failing the same way forever.
 */
final class CommittingH2Backend extends H2Backend {
  private static final Logger LOG = LoggerFactory.getLogger(CommittingH2Backend.class);

  /** Commands that only read: they run without the write lock and never commit. */
  static final Set<String> READS = caseInsensitive("find", "getMore", "killCursors", "count", "distinct",
      "listCollections", "listIndexes", "listDatabases", "ping", "hello", "isMaster", "buildInfo", "whatsmyuri",
      "serverStatus", "dbStats", "collStats", "getLastError", "getParameter", "getCmdLineOpts", "hostInfo",
      "connectionStatus", "endSessions", "getLog", "getFreeMonitoringStatus");

  /** How far MVStore may rewrite live pages in one housekeeping round (as its background writer did). */
  static final int HOUSEKEEPING_WRITE_BYTES = 1 << 20;
  /** Chunks are rewritten while fewer than this percentage of their pages are live. */
  static final int TARGET_FILL_RATE = 70;

  private final boolean fsync;
  /**
   * Fair, so a group commit's leader queues behind the commands already waiting for the lock:
   * they run first and share its commit (rule S3) instead of each waiting for the next one.
   */
  private final ReentrantLock writeLock = new ReentrantLock(true);
  /**
   * Rule D3: reads share it, {@link #compactFully} takes it alone, so no read is half way through
   * a page whose chunk the rewrite drops. (A cursor that a later {@code getMore} continues can
   * still meet a dropped chunk; its command fails and the reader asks again.)
   */
  private final java.util.concurrent.locks.ReentrantReadWriteLock rewriteLock = new java.util.concurrent.locks.ReentrantReadWriteLock();
  private final AtomicLong keysMended = new AtomicLong();
  private final AtomicLong commitCount = new AtomicLong();
  private final GroupCommit commits = new GroupCommit();
  /** Data-changing commands run so far, each numbered in the order it ran; guarded by {@link #writeLock}. */
  private long executed;
  private volatile boolean closed;

  CommittingH2Backend(MVStore store, boolean fsync) {
    super(store);
    this.fsync = fsync;
  }

  /** The backend's databases, whose unique indexes compare keys cheaply ({@link IndexKeyType}). */
  @Override
  protected de.bwaldvogel.mongo.MongoDatabase openOrCreateDatabase(String databaseName) {
    return new IndexedDatabase(databaseName, getMvStore(), getCursorRegistry());
  }

  /** An H2 database whose new unique-index maps are opened with {@link IndexKeyType}. */
  private static final class IndexedDatabase extends de.bwaldvogel.mongo.backend.h2.H2Database {
    /** Null while the super constructor opens the existing indexes (opened already, {@link IndexKeyType#openAll}). */
    private final MVStore store;

    IndexedDatabase(String name, MVStore store, de.bwaldvogel.mongo.backend.CursorRegistry cursors) {
      super(name, store, cursors);
      this.store = store;
    }

    @Override
    protected de.bwaldvogel.mongo.backend.Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
        List<de.bwaldvogel.mongo.backend.IndexKey> keys, boolean sparse) {
      if (store != null) IndexKeyType.open(store, getFullCollectionNamespace(collectionName) + OrphanRepair.INDEX_INFIX + indexName);
      return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }
  }

  @Override
  public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
    if (READS.contains(command) || isReadOnlyAggregate(command, query)) {
      rewriteLock.readLock().lock();
      try {
        return answer(command, () -> super.handleCommand(channel, databaseName, command, query));
      } finally {
        rewriteLock.readLock().unlock();
      }
    }
    Document response;
    long seq;
    writeLock.lock();
    try {
      if (closed) return error("the embedded database is closing", 11600, "InterruptedAtShutdown");
      response = answer(command, () -> super.handleCommand(channel, databaseName, command, query));
      if ("insert".equalsIgnoreCase(command) && failed(response)) mendKeys(databaseName, query);
      seq = ++executed;
    } finally {
      writeLock.unlock();
    }
    // rule S3: the response leaves only once a commit that covers this command is done
    RuntimeException failure = commits.awaitCommitted(seq, this::commitShared);
    if (failure != null) return error("the embedded database could not commit (" + failure.getClass().getSimpleName() + ")", 1, "InternalError");
    return response;
  }

  /**
   * The group leader's commit (rule S3): under the write lock, so no command is half done (S1),
   * everything executed so far is committed (and forced to disk with {@code fsync}). Returns the
   * sequence number of the last command it covers.
   */
  private long commitShared() {
    writeLock.lock();
    try {
      if (closed) throw new IllegalStateException("closed before the commit");
      long upTo = executed;
      commitLocked();
      return upTo;
    } finally {
      writeLock.unlock();
    }
  }

  /** Commits taken since start (group commits, housekeeping, full compaction; rule S3). */
  long commits() {
    return commitCount.get();
  }

  /** Data-changing commands run since start; each waited for a commit (rule S3). */
  long writes() {
    writeLock.lock();
    try {
      return executed;
    } finally {
      writeLock.unlock();
    }
  }

  /** Runs a command; a failure becomes an error reply whose message holds no stored content. */
  private Document answer(String command, java.util.function.Supplier<Document> run) {
    try {
      return run.get();
    } catch (MongoServerError e) {
      return error(e.getMessageWithoutErrorCode(), e.getCode(), e.getCodeName());
    } catch (MongoServerException e) {
      return error(e.getMessageWithoutErrorCode(), 1, null);
    } catch (RuntimeException e) {
      // mongo-java-server's own messages may quote whole documents (note text): never pass them on
      LOG.warn("embedded database: command {} failed: {}", command, e.getClass().getSimpleName());
      return error("internal error in " + command + " (" + e.getClass().getSimpleName() + ")", 1, "InternalError");
    }
  }

  private static Document error(String message, int code, String codeName) {
    Document d = new Document("ok", 0);
    d.put("errmsg", message);
    d.put("code", code);
    if (codeName != null) d.put("codeName", codeName);
    return d;
  }

  private static boolean failed(Document response) {
    Object ok = response.get("ok");
    if (ok instanceof Number n && n.doubleValue() != 1.0) return true;
    return response.get("writeErrors") instanceof List<?> errors && !errors.isEmpty();
  }

  private void mendKeys(String databaseName, Document query) {
    if (!(query.get("documents") instanceof List<?> docs)) return;
    List<Object> ids = new ArrayList<>(docs.size());
    for (Object d : docs) {
      if (d instanceof Document doc && doc.containsKey("_id")) ids.add(doc.get("_id"));
    }
    OrphanRepair.Result r = OrphanRepair.repairKeys(getMvStore(), databaseName, String.valueOf(query.get("insert")), ids);
    if (r.repaired() > 0) {
      keysMended.addAndGet(r.repaired());
      LOG.warn("embedded database: an insert met half-stored keys in {}.{}: {} index entries removed, "
          + "{} documents indexed again, {} removed (rule S2)", databaseName, query.get("insert"),
          r.indexEntriesRemoved(), r.documentsReindexed(), r.documentsRemoved());
    }
  }

  /** Keys mended by failed inserts since start (rule S2). */
  long keysMended() {
    return keysMended.get();
  }

  private static boolean isReadOnlyAggregate(String command, Document query) {
    if (!"aggregate".equalsIgnoreCase(command) || !(query.get("pipeline") instanceof List<?> pipeline)) return false;
    for (Object stage : pipeline) {
      if (stage instanceof Document s && (s.containsKey("$out") || s.containsKey("$merge"))) return false;
    }
    return true;
  }

  /** Commits (and forces to disk) what the command under the lock changed; call with the lock held. */
  private void commitLocked() {
    MVStore store = getMvStore();
    if (store.hasUnsavedChanges()) {
      commit();
      commitCount.incrementAndGet();
      if (fsync) store.sync();
    }
  }

  /**
   * Rewrites partly empty chunks so the file does not only grow, as MVStore's background
   * writer would, but under the write lock, with its commit inside it (S1). Skips the round
   * when a write holds the lock for long.
   */
  void housekeeping() {
    try {
      if (!writeLock.tryLock(50, TimeUnit.MILLISECONDS)) return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    try {
      if (closed) return;
      MVStore store = getMvStore();
      if (store.compact(TARGET_FILL_RATE, HOUSEKEEPING_WRITE_BYTES)) commitLocked();
    } catch (RuntimeException e) {
      LOG.warn("embedded database: housekeeping failed: {}", e.getClass().getSimpleName());
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * Rule D3: rewrites the whole file so that what was deleted cannot be read back from its
   * bytes. MVStore never changes a chunk in place: a deleted document stays in its old chunk
   * until the chunk is freed and its space reused or cut off. Under the write lock (S1: no
   * command is half done), with no retention of old chunks, every live page is written into
   * new chunks (the old ones hold nothing live any more and are freed at once), and every block
   * the store counts as free is overwritten with zeros ({@link FreeBlocks}). Returns the
   * milliseconds it took.
   */
  long compactFully() {
    long t0 = System.nanoTime();
    writeLock.lock();
    rewriteLock.writeLock().lock();
    try {
      if (closed) return 0;
      MVStore store = getMvStore();
      commitLocked();
      int retention = store.getRetentionTime();
      int versions = (int) store.getVersionsToKeep();
      store.setRetentionTime(0);
      store.setVersionsToKeep(0);
      try {
        // every chunk with a dead page is rewritten (its live pages go to new chunks), and the
        // chunks left without a live page are dropped at once (MVStore would keep them for the
        // retention time, and until enough later versions, before it frees their space) ...
        for (int round = 0; round < 16; round++) {
          boolean rewrote = store.compact(100, Integer.MAX_VALUE);
          store.commit();
          store.getFileStore().dropUnusedChunks();
          if (!rewrote) break;
        }
        // ... the new chunks and the header that points to them reach the disk first, and then
        // every block that is free (the dropped chunks among them) is zeroed. MVStore's own move of
        // chunks to the start of the file (compactFile) is not used: H2 2.3.232 failed one of its
        // own assertions in it under load (moveChunkInside) and closed the store. The file does
        // not shrink; the zeroed space is reused by later chunks.
        store.sync();
        FreeBlocks.overwrite(store);
      } finally {
        store.setRetentionTime(retention);
        store.setVersionsToKeep(versions);
      }
      return (System.nanoTime() - t0) / 1_000_000;
    } finally {
      rewriteLock.writeLock().unlock();
      writeLock.unlock();
    }
  }

  /** Closes the file once no data-changing command runs; later ones are refused. */
  @Override
  public void close() {
    writeLock.lock();
    try {
      closed = true;
      super.close();
    } finally {
      writeLock.unlock();
    }
  }

  private static Set<String> caseInsensitive(String... names) {
    Set<String> s = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    s.addAll(List.of(names));
    return s;
  }
}
