package org.samskap.persistence.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.exception.MongoServerException;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import org.h2.mvstore.MVMap;
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
 * <p>Rule S4: the commit that S3 waits for is the write of the commands' records to the
 * write-ahead journal ({@link Journal}), not an MVStore commit. Each data-changing command's
 * record is appended under the write lock (journal order = execution order); the group's leader
 * writes the buffered records to {@code samskap.journal} (and forces them with {@code fsync});
 * MVStore commits only at checkpoints ({@link #checkpoint}: every second from the housekeeping
 * thread, when the journal passes {@link #JOURNAL_CHECKPOINT_BYTES}, before a full compaction,
 * and at close), each storing the sequence number it covers ({@link #JOURNAL_APPLIED}) in the
 * same commit, after which the journal is emptied. On open, {@link #recover} runs again the
 * records the file does not cover yet. Lock order everywhere: the journal lock, then the write lock.
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

  /** Rule S4: the checkpoint's mark, in {@link EmbeddedMongo#REPAIR_MAP}: the last command the file holds. */
  static final String JOURNAL_APPLIED = "journalApplied";
  /** Rule D3: a mark each round of {@link #compactFully} changes, so that its commit stores a version. */
  static final String FULL_COMPACTION_VERSION = "fullCompactionVersion";
  /** Rule S4: a journal longer than this is checkpointed at once, not at the next housekeeping round. */
  static final long JOURNAL_CHECKPOINT_BYTES = 16L << 20;

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
  private final AtomicLong checkpointCount = new AtomicLong();
  private final GroupCommit commits = new GroupCommit();
  /**
   * Rule S4: guards the journal file. Taken before {@link #writeLock} whenever both are held,
   * never after it.
   */
  private final ReentrantLock journalLock = new ReentrantLock();
  private final Journal journal;
  /** Rule S4: where the checkpoints store {@link #JOURNAL_APPLIED}. */
  private final MVMap<String, String> marks;
  /**
   * Data-changing commands run so far, each numbered in the order it ran, counting on from the
   * last checkpoint's number (so numbers never repeat within one file); guarded by {@link #writeLock}.
   */
  private long executed;
  /** {@link #executed} when the backend began to take commands. */
  private long executedAtStart;
  /**
   * Rule S4: a record could not be appended or written, so the journal may have a gap or a torn
   * part: the next durability point is a checkpoint, not a journal write.
   */
  private volatile boolean journalBroken;
  private volatile boolean closed;

  CommittingH2Backend(MVStore store, boolean fsync, Journal journal) {
    super(store);
    this.fsync = fsync;
    this.journal = journal;
    this.marks = store.openMap(EmbeddedMongo.REPAIR_MAP);
    String applied = marks.get(JOURNAL_APPLIED);
    this.executed = applied == null ? 0 : Long.parseLong(applied);
    this.executedAtStart = executed;
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
      response = execute(channel, databaseName, command, query);
      seq = ++executed;
      // rule S4: the record is taken after the command ran, so an _id the server added to an
      // inserted document is in it; and under the lock, so the journal's order is the commands'
      journalAppend(seq, databaseName, command, query);
    } finally {
      writeLock.unlock();
    }
    // rule S3: the response leaves only once a commit (S4: its journal write) that covers it is done
    RuntimeException failure = commits.awaitCommitted(seq, this::flushShared);
    if (failure != null) return error("the embedded database could not commit (" + failure.getClass().getSimpleName() + ")", 1, "InternalError");
    return response;
  }

  /** Runs a data-changing command (and mends its keys, rule S2); call under the write lock. */
  private Document execute(Channel channel, String databaseName, String command, Document query) {
    Document response = answer(command, () -> super.handleCommand(channel, databaseName, command, query));
    if ("insert".equalsIgnoreCase(command) && failed(response)) mendKeys(databaseName, query);
    return response;
  }

  /** Appends a command's record; call under the write lock. A record that fails breaks the journal until the next checkpoint. */
  private void journalAppend(long seq, String databaseName, String command, Document query) {
    if (journalBroken) return; // the next durability point is a checkpoint, which covers this command
    try {
      journal.append(seq, databaseName, command, query);
    } catch (RuntimeException e) {
      journalBroken = true;
      LOG.warn("embedded database: a journal record could not be written ({}); the next commit is a checkpoint (rule S4)",
          e.getClass().getSimpleName());
    }
  }

  /**
   * The group leader's commit (rules S3, S4): under the journal lock, the records buffered so
   * far are taken out under a short hold of the write lock (so no command is half recorded),
   * then written to the journal file (and forced to disk with {@code fsync}) outside the write
   * lock, while further commands run. Returns the sequence number of the last command it covers.
   * If the journal is broken (a record or a write failed), it checkpoints instead.
   */
  private long flushShared() {
    journalLock.lock();
    try {
      long upTo;
      ByteBuf batch;
      writeLock.lock();
      try {
        if (closed) throw new IllegalStateException("closed before the commit");
        upTo = executed;
        // read under the write lock, where a failed append sets it: a batch with a gap is never written
        batch = journalBroken ? null : journal.swap();
      } finally {
        writeLock.unlock();
      }
      if (batch == null) return checkpoint(false, false);
      try {
        journal.write(batch, fsync);
      } catch (IOException | RuntimeException e) {
        // the file may now end in a torn part: nothing more is appended after it before a checkpoint
        journalBroken = true;
        batch.clear();
        throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
      }
      commitCount.incrementAndGet();
      if (journal.size() > JOURNAL_CHECKPOINT_BYTES) checkpoint(false, false);
      return upTo;
    } finally {
      journalLock.unlock();
    }
  }

  /**
   * Rule S4: a checkpoint. Under the journal lock and then the write lock (no command half done,
   * S1), optionally lets MVStore rewrite partly empty chunks ({@code compact}), stores the number
   * of the last command run ({@link #JOURNAL_APPLIED}) and commits everything (forced to disk
   * with {@code fsync}); the buffered records are dropped, their waiting commands released; then,
   * outside the write lock, the journal file is emptied ({@code zero}: overwritten with zeros
   * first, rule D3). Returns the number of the last command it covers.
   */
  long checkpoint(boolean compact, boolean zero) {
    journalLock.lock();
    try {
      long upTo;
      writeLock.lock();
      try {
        if (closed) throw new IllegalStateException("closed before the checkpoint");
        upTo = executed;
        MVStore store = getMvStore();
        if (compact) store.compact(TARGET_FILL_RATE, HOUSEKEEPING_WRITE_BYTES);
        commitLocked();
        journal.discardPending();
      } finally {
        writeLock.unlock();
      }
      commits.covered(upTo);
      emptyJournal(zero);
      return upTo;
    } finally {
      journalLock.unlock();
    }
  }

  /** Empties the journal after a checkpoint; call under the journal lock. A failure leaves it broken. */
  private void emptyJournal(boolean zero) {
    if (!zero && !journalBroken && journal.size() == 0) return;
    try {
      journal.empty(zero, fsync);
      journalBroken = false;
    } catch (IOException e) {
      journalBroken = true; // its records are all covered: skipped on replay; appends wait for a checkpoint that empties it
      throw new UncheckedIOException("cannot empty the journal", e);
    }
  }

  /**
   * Rule S4: runs again, in order, the journal's records that the file does not hold yet
   * (numbers after {@link #JOURNAL_APPLIED}), up to the first torn, damaged or missing one (a
   * command whose record was not whole was never answered), then checkpoints, which empties the
   * journal. Call once, before the server takes connections. Logs counts only.
   */
  Recovery recover() {
    long t0 = System.nanoTime();
    Journal.Contents contents;
    try {
      contents = journal.read();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedded database's journal", e);
    }
    long applied;
    int replayed = 0;
    int skipped = 0;
    String stop = contents.stop();
    EmbeddedChannel channel = new EmbeddedChannel();
    writeLock.lock();
    try {
      applied = executed;
      for (Journal.Entry e : contents.entries()) {
        if (e.seq() <= applied) {
          skipped++;
          continue;
        }
        if (e.seq() != executed + 1) {
          stop = "gap in the numbers";
          break;
        }
        execute(channel, e.db(), e.command(), e.query());
        executed = e.seq();
        replayed++;
      }
      executedAtStart = executed;
    } finally {
      writeLock.unlock();
      handleClose(channel);
      channel.close();
    }
    checkpoint(false, false);
    Recovery r = new Recovery(replayed, skipped, contents.bytes(), stop);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    if (replayed > 0 || skipped > 0 || stop != null) {
      LOG.info("embedded database journal: {} commands run again, {} already in the file, {} bytes read{} ({} ms, rule S4)",
          replayed, skipped, contents.bytes(), stop == null ? "" : ", then stopped at a " + stop, ms);
    }
    return r;
  }

  /** What {@link #recover} did: commands run again, records already covered, bytes read, why it stopped early (or null). */
  record Recovery(int replayed, int skipped, long bytes, String stop) {}

  /** True when records wait to be written to the journal (rule S3: never once a lone writer has its answer). */
  boolean unwritten() {
    writeLock.lock();
    try {
      return journal.hasPending();
    } finally {
      writeLock.unlock();
    }
  }

  /** Commits taken since start (S3/S4: journal writes of group commits, and checkpoints). */
  long commits() {
    return commitCount.get();
  }

  /** MVStore commits taken since start (rule S4: checkpoints, housekeeping, full compaction). */
  long checkpoints() {
    return checkpointCount.get();
  }

  /** Data-changing commands run since start; each waited for a commit (rule S3). */
  long writes() {
    writeLock.lock();
    try {
      return executed - executedAtStart;
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

  /**
   * Commits (and forces to disk) everything run so far, with the number of the last command it
   * holds (rule S4: replay skips what a commit holds); call with the write lock held.
   */
  private void commitLocked() {
    MVStore store = getMvStore();
    // a closed store's commit stores nothing and says nothing: the journal must then stay as it is
    if (store.isClosed()) throw new IllegalStateException("the database file is closed");
    if (store.hasUnsavedChanges() || !String.valueOf(executed).equals(marks.get(JOURNAL_APPLIED))) {
      marks.put(JOURNAL_APPLIED, Long.toString(executed));
      commit();
      commitCount.incrementAndGet();
      checkpointCount.incrementAndGet();
      if (fsync) store.sync();
    }
  }

  /**
   * Once a second (rule S4): a checkpoint, in which MVStore also rewrites partly empty chunks so
   * the file does not only grow, as its background writer would, but under the write lock (S1).
   */
  void housekeeping() {
    try {
      if (closed) return;
      checkpoint(true, false);
    } catch (RuntimeException e) {
      if (!closed) LOG.warn("embedded database: housekeeping failed: {}", e.getClass().getSimpleName());
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
    journalLock.lock();
    try {
      if (closed) return 0;
      // rule S4: the journal holds the text of recent writes; the checkpoint empties it, zeroed first
      checkpoint(false, true);
      writeLock.lock();
      rewriteLock.writeLock().lock();
      try {
        return rewriteAll(t0);
      } finally {
        rewriteLock.writeLock().unlock();
        writeLock.unlock();
      }
    } finally {
      journalLock.unlock();
    }
  }

  /** {@link #compactFully} under both locks, after its checkpoint. */
  private long rewriteAll(long t0) {
    {
      if (closed) return 0;
      MVStore store = getMvStore();
      commitLocked(); // what ran since the checkpoint (nothing: the journal lock was held throughout)
      int retention = store.getRetentionTime();
      int versions = (int) store.getVersionsToKeep();
      store.setRetentionTime(0);
      store.setVersionsToKeep(0);
      try {
        // every chunk with a dead page is rewritten (its live pages go to new chunks), and the
        // chunks left without a live page are dropped at once (MVStore would keep them for the
        // retention time, and until enough later versions, before it frees their space) ...
        // Three passes, each after two commits that store new versions: MVStore counts a chunk's
        // dead pages only a version or two after the commit that killed them, and never rewrites
        // the newest chunk. A checkpoint (rule S4) stores a whole second of writes at once, so the
        // delete's commit is often the newest: without the commits the first round found nothing
        // to rewrite, and a page that died in the newest chunk the last round wrote stayed there
        // (JournalIT, ProjectDeleteIT). Later passes move the live pages out of that chunk.
        for (int pass = 0; pass < 3; pass++) {
          for (int i = 0; i < 2; i++) {
            marks.put(FULL_COMPACTION_VERSION, Long.toString(store.getCurrentVersion()));
            store.commit();
          }
          for (int round = 0; round < 16; round++) {
            boolean rewrote = store.compact(100, Integer.MAX_VALUE);
            store.commit();
            store.getFileStore().dropUnusedChunks();
            if (!rewrote) break;
          }
        }
        // a chunk the last commit left without a live page is freed only at a later version: two
        // more, so every chunk the passes emptied counts as free when the free blocks are zeroed
        for (int i = 0; i < 2; i++) {
          marks.put(FULL_COMPACTION_VERSION, Long.toString(store.getCurrentVersion()));
          store.commit();
          store.getFileStore().dropUnusedChunks();
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
    }
  }

  /**
   * Closes the file once no data-changing command runs; later ones are refused. A last
   * checkpoint (rule S4) stores everything and empties the journal; if it fails (the file was
   * closed under the backend, as in a simulated crash), the journal is left as it is for the
   * next start to replay.
   */
  @Override
  public void close() {
    journalLock.lock();
    try {
      if (closed) return;
      try {
        checkpoint(false, false);
      } catch (RuntimeException e) {
        LOG.warn("embedded database: no checkpoint at close ({}); the journal is replayed at the next start (rule S4)",
            e.getClass().getSimpleName());
      }
      writeLock.lock();
      try {
        closed = true;
        try {
          super.close();
        } finally {
          try {
            journal.close();
          } catch (IOException e) {
            LOG.warn("embedded database: closing the journal failed: {}", e.getClass().getSimpleName());
          }
        }
      } finally {
        writeLock.unlock();
      }
    } finally {
      journalLock.unlock();
    }
  }

  private static Set<String> caseInsensitive(String... names) {
    Set<String> s = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    s.addAll(List.of(names));
    return s;
  }
}
