package org.samskap.board;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.samskap.domain.ideas.IdeaRules;

/** What every board writer of a node shares: the rules, the clock, the id source and the tuning. */
public record BoardSettings(IdeaRules rules, LongSupplier clock, Supplier<String> ids, int snapshotEvery,
    int dedupeWindow, long idleUnloadMillis) {}
