package org.samskap.board;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.samskap.kinds.BoardKinds;

/** What every board writer of a node shares: the board kinds, the clock, the id source and the tuning. */
public record BoardSettings(BoardKinds kinds, LongSupplier clock, Supplier<String> ids, int snapshotEvery,
    int dedupeWindow, long idleUnloadMillis) {}
