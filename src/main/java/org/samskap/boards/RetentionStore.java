package org.samskap.boards;

import java.util.List;
import java.util.OptionalLong;

import io.vertx.core.Future;

/** The storage port of retention (rule D5): when each board was last active, and "keep it". */
public interface RetentionStore {
  /**
   * The board's last activity: the time of its newest stored event, of the facilitator's last
   * "keep", or its creation, whichever is latest. Empty when there is no such board.
   */
  Future<OptionalLong> lastActivity(String boardId);

  /** The boards whose last activity is before {@code cutoff}. */
  Future<List<String>> inactiveSince(long cutoff);

  /** Records that the facilitator keeps the board at {@code now}; false when there is no such board. */
  Future<Boolean> keep(String boardId, long now);
}
