package org.samskap.board;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;

import org.samskap.protocol.Addresses;

/**
 * Finds or starts the single writer of a board. Each board belongs to one shard (by hash);
 * the shard is addressed over the event bus, so where a shard runs is a deployment choice.
 */
public final class BoardDirectory {
  private static final DeliveryOptions ACTIVATE = new DeliveryOptions().setSendTimeout(15_000);

  private final Vertx vertx;
  private final int shards;
  private final Set<String> live = ConcurrentHashMap.newKeySet();

  public BoardDirectory(Vertx vertx, int shards) {
    this.vertx = vertx;
    this.shards = shards;
  }

  public int shardOf(String boardId) {
    return Math.floorMod(boardId.hashCode(), shards);
  }

  /** Completes once the board's writer is consuming its ops address; fails if the board cannot be loaded. */
  public Future<Void> ensureLive(String boardId) {
    if (live.contains(boardId)) return Future.succeededFuture();
    return vertx.eventBus().request(Addresses.shard(shardOf(boardId)), boardId, ACTIVATE).mapEmpty();
  }

  public boolean isLive(String boardId) {
    return live.contains(boardId);
  }

  public int liveCount() {
    return live.size();
  }

  void markLive(String boardId) {
    live.add(boardId);
  }

  void markGone(String boardId) {
    live.remove(boardId);
  }
}
