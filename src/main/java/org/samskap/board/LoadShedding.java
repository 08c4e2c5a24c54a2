package org.samskap.board;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.domain.Reason;
import org.samskap.domain.Rejection;

/**
 * Load shedding (docs/PROTOCOL.md, O1-O4). The limits past which a board refuses a new op
 * {@code busy} before deciding it, so a refused op is never applied; and the deadline by which
 * every op that waits for its write gets a reply. One per node: the board writers of every
 * event loop share it, so what it counts is atomic.
 *
 * <p>A board refuses when (O1) its ops waiting for the database (queued and being written)
 * reach {@code boardQueueLimit}, when its write in flight is older than the write deadline
 * (the database is stalled: everyone waiting on that write has been told {@code unavailable},
 * and a new op would miss its deadline too), or when the
 * node's write backlog (events handed to the database and not yet confirmed) reaches
 * {@code writeQueueLimit}.
 */
public final class LoadShedding {
  private static final Logger LOG = LoggerFactory.getLogger(LoadShedding.class);
  /** Readiness reports overload for this long after the last {@code busy} refusal (O4). */
  static final long OVERLOAD_HOLD_NANOS = TimeUnit.SECONDS.toNanos(1);
  /** At most one log line about shedding per this period. */
  private static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

  /** No limits and no deadline: for tests that build a board writer by hand. */
  public static final LoadShedding NONE = new LoadShedding(Integer.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, () -> 0, System::nanoTime);

  /** Why a board refused: also the {@code reason} readiness names (O4). */
  public enum Cause {
    BOARD_QUEUE("board_queue"), SLOW_WRITE("slow_write"), WRITE_QUEUE("write_queue");

    private final String code;

    Cause(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  private final int boardQueueLimit;
  private final long writeQueueLimit;
  private final long deadlineNanos;
  private final LongSupplier writeBacklog;
  private final LongSupplier nanos;
  private final AtomicLong busyCount = new AtomicLong();
  private final AtomicLong lateCount = new AtomicLong();
  private final AtomicLong lastBusyAt = new AtomicLong();
  private final AtomicLong lastLogAt = new AtomicLong();
  private volatile Cause lastCause;

  LoadShedding(int boardQueueLimit, long writeQueueLimit, long deadlineNanos, LongSupplier writeBacklog, LongSupplier nanos) {
    if (boardQueueLimit < 1 || writeQueueLimit < 1 || deadlineNanos < 1) {
      throw new IllegalArgumentException("limits and deadline must be positive");
    }
    this.boardQueueLimit = boardQueueLimit;
    this.writeQueueLimit = writeQueueLimit;
    this.deadlineNanos = deadlineNanos;
    this.writeBacklog = writeBacklog;
    this.nanos = nanos;
    this.lastLogAt.set(nanos.getAsLong() - LOG_EVERY_NANOS);
  }

  /**
   * The node's shedding: {@code writeBacklog} counts the events handed to the database and not
   * yet confirmed ({@link BoardStore#writeBacklog()}).
   */
  public static LoadShedding of(int boardQueueLimit, int writeQueueLimit, long writeDeadlineMillis, LongSupplier writeBacklog) {
    return new LoadShedding(boardQueueLimit, writeQueueLimit, TimeUnit.MILLISECONDS.toNanos(writeDeadlineMillis),
        writeBacklog, System::nanoTime);
  }

  /** The monotonic clock deadlines are measured on. */
  long now() {
    return nanos.getAsLong();
  }

  /** How long an op may wait for its write before it is answered {@code unavailable} (O3); {@link Long#MAX_VALUE}: never. */
  long deadlineNanos() {
    return deadlineNanos;
  }

  boolean hasDeadline() {
    return deadlineNanos != Long.MAX_VALUE;
  }

  /**
   * Rule O1: the refusal for a new op on a board with {@code queued} ops waiting for the
   * database, whose write in flight has run for {@code writeAgeNanos} (negative: none), or null
   * when the board takes it. Counts the refusal.
   */
  Rejection refusal(int queued, long writeAgeNanos) {
    Cause cause = queued >= boardQueueLimit ? Cause.BOARD_QUEUE
        : writeAgeNanos >= 0 && hasDeadline() && writeAgeNanos > deadlineNanos ? Cause.SLOW_WRITE
        : writeBacklog.getAsLong() >= writeQueueLimit ? Cause.WRITE_QUEUE
        : null;
    if (cause == null) return null;
    long now = nanos.getAsLong();
    long count = busyCount.incrementAndGet();
    lastBusyAt.set(now);
    lastCause = cause;
    long logged = lastLogAt.get();
    if (now - logged >= LOG_EVERY_NANOS && lastLogAt.compareAndSet(logged, now)) {
      LOG.warn("shedding load ({}): {} ops refused busy so far, {} answered unavailable after the write deadline",
          cause.code(), count, lateCount.get());
    }
    return Rejection.of(Reason.BUSY, switch (cause) {
      case BOARD_QUEUE -> "The board has " + queued + " changes waiting for the database; send again later with the same clientOpId.";
      case SLOW_WRITE -> "The database is slow to confirm this board's changes; send again later with the same clientOpId.";
      case WRITE_QUEUE -> "The server has too many changes waiting for the database; send again later with the same clientOpId.";
    });
  }

  /** Rule O3: {@code n} waiting senders were answered {@code unavailable} at the write deadline. */
  void countLate(int n) {
    lateCount.addAndGet(n);
  }

  /**
   * Rule O4: why the node is overloaded now, or null. It is while its write backlog is at its
   * limit, and for a second after any board refused an op {@code busy}.
   */
  public Cause overload() {
    if (writeBacklog.getAsLong() >= writeQueueLimit) return Cause.WRITE_QUEUE;
    Cause c = lastCause;
    return c != null && nanos.getAsLong() - lastBusyAt.get() < OVERLOAD_HOLD_NANOS ? c : null;
  }

  /** Ops refused {@code busy} so far (O1). */
  public long busyCount() {
    return busyCount.get();
  }

  /** Waiting senders answered {@code unavailable} at the write deadline so far (O3). */
  public long lateCount() {
    return lateCount.get();
  }
}
