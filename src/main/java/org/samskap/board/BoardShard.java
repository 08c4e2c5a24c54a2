package org.samskap.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.domain.Reason;
import org.samskap.domain.Rejection;
import org.samskap.protocol.Addresses;
import org.samskap.protocol.Replies;
import org.samskap.util.LogSafe;

/**
 * Owns the live boards of one shard on one event loop: activates a board on first use
 * (concurrent activations share one load) and unloads idle boards after persisting them.
 * A board is activated only after {@link BoardOwnership#claim} says this node owns it, and the
 * claim is given back after the board is unloaded (in a cluster: one owner per board).
 */
public final class BoardShard extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(BoardShard.class);

  private final int index;
  private final BoardStore store;
  private final BoardDirectory directory;
  private final BoardSettings settings;
  private final BoardOwnership ownership;
  private final Map<String, Slot> slots = new HashMap<>();
  private long sweepTimer;

  public BoardShard(int index, BoardStore store, BoardDirectory directory, BoardSettings settings) {
    this(index, store, directory, settings, BoardOwnership.SINGLE_NODE);
  }

  public BoardShard(int index, BoardStore store, BoardDirectory directory, BoardSettings settings,
      BoardOwnership ownership) {
    this.index = index;
    this.store = store;
    this.directory = directory;
    this.settings = settings;
    this.ownership = ownership;
  }

  @Override
  public Future<?> start() {
    long every = Math.max(250, Math.min(10_000, settings.idleUnloadMillis() / 2));
    sweepTimer = vertx.setPeriodic(every, t -> sweep());
    // local: in a cluster every node has shards with the same indexes
    return vertx.eventBus().<String>localConsumer(Addresses.shard(index), this::activate).completion();
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(sweepTimer);
    List<Future<Void>> unloads = new ArrayList<>();
    for (Slot s : new ArrayList<>(slots.values())) unloads.add(unload(s));
    return Future.join(unloads);
  }

  private void activate(Message<String> msg) {
    String boardId = msg.body();
    activate(boardId).onComplete(ar -> {
      if (ar.succeeded()) {
        msg.reply(ar.result().version());
      } else {
        int code = ar.cause() instanceof OwnedElsewhereException ? OwnedElsewhereException.FAILURE_CODE : 503;
        msg.fail(code, ar.cause().getMessage() == null ? ar.cause().toString() : ar.cause().getMessage());
      }
    });
  }

  /**
   * One board's place on this shard: the consumer of its ops address and the current actor.
   * The consumer stays registered while the actor is replaced after a failed write, so no
   * message in transit is dropped between an old and a new consumer (rule R1: every request
   * gets a reply). It is unregistered only when the board is unloaded. It is registered only
   * once this node owns the board.
   */
  private final class Slot {
    final String boardId;
    MessageConsumer<Object> consumer;
    BoardActor actor;
    Future<BoardActor> loading;

    Slot(String boardId) {
      this.boardId = boardId;
    }

    Future<Void> listen() {
      if (consumer == null) consumer = vertx.eventBus().consumer(Addresses.ops(boardId), this::dispatch);
      return consumer.completion();
    }

    Future<Void> stopListening() {
      MessageConsumer<Object> c = consumer;
      consumer = null;
      return c == null ? Future.succeededFuture() : c.unregister();
    }

    void dispatch(Message<Object> msg) {
      if (actor != null && actor.deleted()) { // rule D2: refused not_found, never loaded again
        actor.handle(msg);
        return;
      }
      if (actor != null && !actor.closed()) {
        actor.handle(msg);
        return;
      }
      // closed after a failed write (or not loaded yet): the actor refuses, a reload starts
      if (actor != null) actor.handle(msg);
      else if (msg.replyAddress() != null) {
        msg.reply(Replies.refused(Rejection.of(Reason.UNAVAILABLE, "The board is being loaded; send again.")));
      }
      activate(boardId);
    }
  }

  Future<BoardActor> activate(String boardId) {
    Slot slot = slots.get(boardId);
    if (slot != null && slot.actor != null && !slot.actor.closed()) return Future.succeededFuture(slot.actor);
    if (slot != null && slot.loading != null) return slot.loading;
    Slot s = slot != null ? slot : new Slot(boardId);
    slots.put(boardId, s);
    Future<BoardActor> load = ownership.claim(boardId)
        .compose(mine -> mine ? s.listen() : Future.<Void>failedFuture(new OwnedElsewhereException(boardId)))
        .compose(v -> store.load(boardId))
        .map(loaded -> new BoardActor(vertx, store, loaded, settings, () -> directory.markGone(boardId)));
    s.loading = load;
    load.onComplete(ar -> {
      s.loading = null;
      if (ar.succeeded()) {
        s.actor = ar.result();
        directory.markLive(boardId);
      } else if (ar.cause() instanceof OwnedElsewhereException) {
        // another node holds the board (it may have taken it over): this node stops listening
        LOG.info("board {}: owned by another node, not activated here", boardId);
        if (slots.get(boardId) == s) slots.remove(boardId);
        s.stopListening();
      } else {
        LOG.warn("board {}: load failed: {}", boardId, LogSafe.describe(ar.cause()));
        if (s.actor == null) {
          slots.remove(boardId);
          s.stopListening().onComplete(v -> ownership.release(boardId));
        }
      }
    });
    return load;
  }

  private Future<Void> unload(Slot s) {
    if (s.actor == null || s.loading != null) return Future.succeededFuture();
    return s.actor.unload().compose(v -> {
      if (slots.get(s.boardId) == s && s.actor.closed()) {
        slots.remove(s.boardId);
        return s.stopListening().eventually(() -> ownership.release(s.boardId));
      }
      return Future.<Void>succeededFuture();
    });
  }

  private void sweep() {
    long now = settings.clock().getAsLong();
    for (Slot s : new ArrayList<>(slots.values())) {
      if (s.actor != null && s.loading == null && s.actor.deleted()) { // rule D1: nothing to persist
        slots.remove(s.boardId);
        s.stopListening().eventually(() -> ownership.release(s.boardId));
        continue;
      }
      if (s.actor != null && s.loading == null && s.actor.idle(now, settings.idleUnloadMillis())) {
        unload(s).onFailure(e -> LOG.warn("board {}: not unloaded, snapshot failed: {}", s.boardId, LogSafe.describe(e)));
      }
    }
  }
}
