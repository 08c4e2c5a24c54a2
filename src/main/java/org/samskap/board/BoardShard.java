package org.samskap.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.protocol.Addresses;

/**
 * Owns the live boards of one shard on one event loop: activates a board on first use
 * (concurrent activations share one load) and unloads idle boards after persisting them.
 */
public final class BoardShard extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(BoardShard.class);

  private final int index;
  private final BoardStore store;
  private final BoardDirectory directory;
  private final BoardSettings settings;
  private final Map<String, BoardActor> live = new HashMap<>();
  private final Map<String, Future<BoardActor>> loading = new HashMap<>();
  private long sweepTimer;

  public BoardShard(int index, BoardStore store, BoardDirectory directory, BoardSettings settings) {
    this.index = index;
    this.store = store;
    this.directory = directory;
    this.settings = settings;
  }

  @Override
  public Future<?> start() {
    long every = Math.max(250, Math.min(10_000, settings.idleUnloadMillis() / 2));
    sweepTimer = vertx.setPeriodic(every, t -> sweep());
    return vertx.eventBus().<String>consumer(Addresses.shard(index), this::activate).completion();
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(sweepTimer);
    List<Future<Void>> unloads = new ArrayList<>();
    for (BoardActor a : new ArrayList<>(live.values())) unloads.add(a.unload());
    return Future.join(unloads);
  }

  private void activate(Message<String> msg) {
    String boardId = msg.body();
    activate(boardId).onComplete(ar -> {
      if (ar.succeeded()) {
        msg.reply(ar.result().version());
      } else {
        msg.fail(503, ar.cause().getMessage() == null ? ar.cause().toString() : ar.cause().getMessage());
      }
    });
  }

  Future<BoardActor> activate(String boardId) {
    BoardActor actor = live.get(boardId);
    if (actor != null) return Future.succeededFuture(actor);
    Future<BoardActor> inProgress = loading.get(boardId);
    if (inProgress != null) return inProgress;
    Future<BoardActor> load = store.load(boardId).compose(loaded -> {
      BoardActor a = new BoardActor(vertx, store, loaded, settings, () -> {
        live.remove(boardId);
        directory.markGone(boardId);
      });
      return a.start().map(v -> a);
    });
    loading.put(boardId, load);
    load.onComplete(ar -> {
      loading.remove(boardId);
      if (ar.succeeded()) {
        live.put(boardId, ar.result());
        directory.markLive(boardId);
      } else {
        LOG.warn("board {}: load failed: {}", boardId, ar.cause().toString());
      }
    });
    return load;
  }

  private void sweep() {
    long now = settings.clock().getAsLong();
    for (BoardActor a : new ArrayList<>(live.values())) {
      if (a.idle(now, settings.idleUnloadMillis())) {
        a.unload().onFailure(e -> LOG.warn("board {}: not unloaded, snapshot failed: {}", a.boardId(), e.toString()));
      }
    }
  }
}
