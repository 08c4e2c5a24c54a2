package org.samskap.board;

import io.vertx.core.Future;

/**
 * Who may run a board's single writer. On one node that node owns every board; in a cluster
 * ({@code org.samskap.cluster}) ownership is claimed through the cluster manager, so at most
 * one node holds a board at a time. A shard claims a board before it consumes the board's ops
 * address and gives the claim back after it unloaded the board.
 */
public interface BoardOwnership {

  /**
   * Completes with true when this node owns the board (it already did, or it claimed it now),
   * with false when another live node owns it. Fails when the claim cannot be decided.
   */
  Future<Boolean> claim(String boardId);

  /** Gives up this node's claim after the board was unloaded; does nothing if another node holds it. */
  Future<Void> release(String boardId);

  /** A single node: it owns every board. */
  BoardOwnership SINGLE_NODE = new BoardOwnership() {
    @Override
    public Future<Boolean> claim(String boardId) {
      return Future.succeededFuture(true);
    }

    @Override
    public Future<Void> release(String boardId) {
      return Future.succeededFuture();
    }
  };
}
