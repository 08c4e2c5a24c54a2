package org.samskap.board;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;

import org.samskap.protocol.Addresses;

/**
 * Finds or starts the single writer of a board. Each board belongs to one shard (by hash);
 * the shard is addressed over the event bus, so where a shard runs is a deployment choice.
 * In a cluster a {@link Placement} decides whether a board is started here or found on the
 * node that owns it.
 */
public final class BoardDirectory {
  private static final DeliveryOptions ACTIVATE = new DeliveryOptions().setSendTimeout(15_000);

  private final Vertx vertx;
  private final int shards;
  private final Set<String> live = ConcurrentHashMap.newKeySet();
  private volatile Placement placement;

  /** Finds or starts a board that is not live on this node, across a cluster. */
  public interface Placement {
    /**
     * Completes once the board's single writer, on this node or another, consumes its ops
     * address. {@code here} activates the board on this node (it claims the board first).
     */
    Future<Void> ensureLive(String boardId, BoardDirectory here);

    /** True when this node knows the board to be live on another node. */
    boolean liveElsewhere(String boardId);
  }

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
    Placement p = placement;
    return p == null ? activateHere(boardId).mapEmpty() : p.ensureLive(boardId, this);
  }

  /**
   * Asks this node's shard to activate the board; completes with its version. Fails with failure
   * code {@link OwnedElsewhereException#FAILURE_CODE} when another node owns it.
   */
  public Future<Long> activateHere(String boardId) {
    return vertx.eventBus().<Object>request(Addresses.shard(shardOf(boardId)), boardId, ACTIVATE)
        .map(Message::body)
        .map(v -> v instanceof Number n ? n.longValue() : 0L);
  }

  /** Sets how boards are found across a cluster; without one, every board lives on this node. */
  public void placement(Placement placement) {
    this.placement = placement;
  }

  /** True when the board is live on this node, or known to be live on another node of the cluster. */
  public boolean isLive(String boardId) {
    Placement p = placement;
    return live.contains(boardId) || (p != null && p.liveElsewhere(boardId));
  }

  /** True when the board's writer runs on this node. */
  public boolean isLiveHere(String boardId) {
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
