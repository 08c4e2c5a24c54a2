package org.samskap.persistence.embedded;

import java.util.function.LongSupplier;

/**
 * Rule S3 (docs/ARCHITECTURE.md): commits shared by concurrent writers. Each data-changing
 * command gets a sequence number when it has run; its thread then waits here until a commit
 * covers that number. The first thread that finds no commit under way leads: it runs the
 * commit (which covers every command run so far) and wakes the others; a waiter the commit did
 * not cover (its command ran after the commit had started) leads the next one. No timer: a lone
 * writer leads at once, so it waits for its own commit only. Under rule S4 the "commit" is the
 * write of the commands' journal records ({@link Journal}); a checkpoint reports what it
 * covered with {@link #covered}.
 */
final class GroupCommit {
  private final Object monitor = new Object();
  /** The highest sequence number a finished commit covers. */
  private long committed;
  /** The highest sequence number a failed commit would have covered, and why it failed. */
  private long failedThrough;
  private RuntimeException failure;
  private boolean leading;

  /**
   * Rule S4: a checkpoint (an MVStore commit of everything run so far) made every command up
   * to {@code upTo} durable without the group's leader; their threads stop waiting.
   */
  void covered(long upTo) {
    synchronized (monitor) {
      if (upTo > committed) {
        committed = upTo;
        monitor.notifyAll();
      }
    }
  }

  /**
   * Returns once a commit covers {@code seq}: null when it is stored, or the failure of the
   * commit that should have covered it. {@code commit} runs the commit and returns the last
   * sequence number it covered; it runs on at most one thread at a time.
   */
  RuntimeException awaitCommitted(long seq, LongSupplier commit) {
    boolean interrupted = false;
    try {
      synchronized (monitor) {
        while (true) {
          if (committed >= seq) return null;
          if (failedThrough >= seq) return failure;
          if (!leading) {
            leading = true;
            break;
          }
          try {
            monitor.wait();
          } catch (InterruptedException e) {
            interrupted = true; // the command has run: its answer must still wait for the commit
          }
        }
      }
      long upTo = 0;
      RuntimeException failed = null;
      try {
        upTo = commit.getAsLong();
      } catch (RuntimeException e) {
        failed = e;
      }
      synchronized (monitor) {
        leading = false;
        if (failed == null) {
          committed = Math.max(committed, upTo);
        } else {
          // every command run so far was to be in this commit: they all learn it failed
          failedThrough = Math.max(failedThrough, seq);
          failure = failed;
        }
        monitor.notifyAll();
        if (failed != null) return failed;
        if (committed >= seq) return null;
      }
      throw new IllegalStateException("a commit did not cover the command that led it");
    } finally {
      if (interrupted) Thread.currentThread().interrupt();
    }
  }
}
