package org.samskap.board;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.samskap.kinds.BoardKinds;

/**
 * What every board writer of a node shares: the board kinds, the clock, the id source, the
 * tuning and the node's load shedding (O1-O4).
 */
public record BoardSettings(BoardKinds kinds, LongSupplier clock, Supplier<String> ids, int snapshotEvery,
    int dedupeWindow, long idleUnloadMillis, LoadShedding shedding) {

  public BoardSettings {
    if (shedding == null) shedding = LoadShedding.NONE;
  }

  /** Without load shedding: no queue limits and no write deadline. */
  public BoardSettings(BoardKinds kinds, LongSupplier clock, Supplier<String> ids, int snapshotEvery,
      int dedupeWindow, long idleUnloadMillis) {
    this(kinds, clock, ids, snapshotEvery, dedupeWindow, idleUnloadMillis, LoadShedding.NONE);
  }
}
