package org.samskap.boards;

import io.vertx.core.Future;

/**
 * The storage port of what other features keep about a board (rule D1): its link polls with
 * their links and ballots, its history snapshots, and the copies pilots made of its text.
 * Every write completes once durable.
 */
public interface BoardRemains {
  /** The text a pilot's copied provenance gets when its source board is deleted (rule D1). */
  String SOURCE_DELETED = "Kilden er slettet.";

  /**
   * Deletes the board's polls, poll links, ballots and history snapshots, and replaces the
   * copied provenance of every pilot made from it with {@link #SOURCE_DELETED}.
   */
  Future<Void> removeOf(String boardId);
}
