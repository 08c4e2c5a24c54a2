package org.samskap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a start spends its time (docs/PERFORMANCE.md, "Cold start"): at DEBUG, each phase of
 * the start logs the wall clock when it was reached (epoch milliseconds, so a benchmark that
 * started the process can place it on its own time line) and the milliseconds since the first
 * mark. Off by default; turn it on with
 * {@code -Dorg.slf4j.simpleLogger.log.org.samskap.StartPhases=debug}. When off, a mark costs one
 * level check.
 */
public final class StartPhases {
  private static final Logger LOG = LoggerFactory.getLogger(StartPhases.class);
  /** The first mark's wall clock, epoch milliseconds (0: none yet). */
  private static volatile long first;

  private StartPhases() {}

  /** Logs "{@code phase} at E (epoch ms), N ms after the first mark", at DEBUG. */
  public static void mark(String phase) {
    if (!LOG.isDebugEnabled()) return;
    long now = System.currentTimeMillis();
    if (first == 0) first = now;
    LOG.debug("start phase: {} at {} (epoch ms), {} ms after the first mark [{}]", phase, now, now - first,
        Thread.currentThread().getName());
  }
}
