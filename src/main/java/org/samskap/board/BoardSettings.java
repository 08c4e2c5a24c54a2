package org.samskap.board;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.samskap.kinds.BoardKinds;

/**
 * What every board writer of a node shares: the board kinds, the clock, the id source, the
 * tuning and the node's load shedding (O1-O4).
 */
public record BoardSettings(BoardKinds kinds, LongSupplier clock, Supplier<String> ids, int snapshotEvery,
    int dedupeWindow, long idleUnloadMillis, LoadShedding shedding, int maxMembers) {

  public BoardSettings {
    if (shedding == null) shedding = LoadShedding.NONE;
    if (maxMembers < 1) throw new IllegalArgumentException("maxMembers must be at least 1, was " + maxMembers);
  }

  /** With the default member limit (J9). */
  public BoardSettings(BoardKinds kinds, LongSupplier clock, Supplier<String> ids, int snapshotEvery,
      int dedupeWindow, long idleUnloadMillis, LoadShedding shedding) {
    this(kinds, clock, ids, snapshotEvery, dedupeWindow, idleUnloadMillis, shedding,
        org.samskap.config.SamskapConfig.DEFAULT_MAX_MEMBERS);
  }

  /** Without load shedding: no queue limits and no write deadline. */
  public BoardSettings(BoardKinds kinds, LongSupplier clock, Supplier<String> ids, int snapshotEvery,
      int dedupeWindow, long idleUnloadMillis) {
    this(kinds, clock, ids, snapshotEvery, dedupeWindow, idleUnloadMillis, LoadShedding.NONE);
  }
}
