package org.samskap.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.domain.Reason;
import org.samskap.domain.Rejection;
import org.samskap.kinds.BoardModel;
import org.samskap.kinds.Viewer;
import org.samskap.protocol.Addresses;
import org.samskap.protocol.Replies;
import org.samskap.protocol.SharedEvent;

/**
 * The durable half of one board's single writer: the event log as this node holds it. It gives
 * each accepted event the next version, batches the events that arrive while a write is in
 * flight into one {@link BoardStore#append} (group commit), and only when that write is durable
 * replies {@code ok} to every sender (R2 dedupe included) and publishes the events as everyone
 * may see them (E1, J6, V4). It sheds load before an op is decided (O1) and answers late
 * senders (O3, {@link WriteDeadline}), writes snapshots behind the events (J4), and on a failed
 * write refuses everything not yet durable and closes, so the board reloads. Runs on the
 * writer's context, so it needs no locks.
 */
final class WriteJournal {
  private static final Logger LOG = LoggerFactory.getLogger(WriteJournal.class);
  static final Pattern CLIENT_OP_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  static final int RECENT_EVENTS = 1000;

  private final Vertx vertx;
  private final BoardStore store;
  private final String boardId;
  private final BoardModel model;
  private final BoardRoom room;
  private final LongSupplier clock;
  private final int snapshotEvery;
  private final LoadShedding shedding;
  private final Runnable onClosed;
  private final DedupeWindow dedupe;
  private final RecentEvents recent = new RecentEvents(RECENT_EVENTS);
  private final Map<String, List<Message<Object>>> inFlight = new HashMap<>();
  private final WriteDeadline deadline;

  private long version;
  private long durableVersion;
  private long snapshotVersion;
  private List<StoredEvent> pending = new ArrayList<>();
  private boolean writing;
  /** Ops in the write in flight, and when it started (monotonic): what rule O1 measures. */
  private int writingCount;
  private long writeStartedAt;
  private boolean snapshotting;
  private boolean closed;

  /** Takes over the loaded board: {@code model} is built from its snapshot; its tail is replayed here. */
  WriteJournal(Vertx vertx, BoardStore store, LoadedBoard loaded, BoardSettings settings, BoardModel model, BoardRoom room,
      Runnable onClosed) {
    this.vertx = vertx;
    this.store = store;
    this.boardId = loaded.meta().id();
    this.model = model;
    this.room = room;
    this.clock = settings.clock();
    this.snapshotEvery = settings.snapshotEvery();
    this.shedding = settings.shedding();
    this.onClosed = onClosed;
    this.dedupe = new DedupeWindow(settings.dedupeWindow());
    this.deadline = new WriteDeadline(vertx, shedding, inFlight::get, () -> closed);
    Snapshot snap = loaded.snapshot();
    if (snap != null) {
      this.version = snap.version();
      this.snapshotVersion = snap.version();
      this.dedupe.restore(snap.recentReplies());
    }
    for (StoredEvent e : loaded.tail()) {
      if (e.version() != version + 1) {
        throw new IllegalStateException("board " + boardId + ": event log jumps from " + version + " to " + e.version());
      }
      model.replay(e.body());
      version = e.version();
      dedupe.put(e.clientOpId(), e.reply(model.replyFields(e.body())));
      recent.add(wire(e));
    }
    this.durableVersion = version;
  }

  /** The version of the last accepted event, durable or not. */
  long version() {
    return version;
  }

  /** The version of the last event that is durable (and so acknowledged and published). */
  long durableVersion() {
    return durableVersion;
  }

  /** True once the journal stopped taking ops (unloaded, or its write failed and it awaits a reload). */
  boolean closed() {
    return closed;
  }

  /** True when nothing is being written and nothing waits to be. */
  boolean quiet() {
    return !writing && pending.isEmpty();
  }

  /** Rule D1: nothing is being written, nothing waits to be, and no snapshot write is in flight. */
  boolean settled() {
    return quiet() && !snapshotting;
  }

  /** Rule D1: the board was deleted; stops taking messages without writing a final snapshot. */
  void closeDeleted() {
    closed = true;
    onClosed.run();
  }

  /**
   * The durable events after {@code from} when a catch-up can be answered with them; null when
   * it needs a snapshot (too old, not all durable yet, or one of them was redacted, rule J6).
   */
  JsonArray eventsSince(long from) {
    JsonArray events = from <= durableVersion ? recent.since(from, durableVersion) : null;
    return events != null && version == durableVersion && !recent.redactedSince(from) ? events : null;
  }

  /**
   * Waits for writes in flight, persists a final snapshot if one is due, then stops taking
   * messages. Fails (and stays live) if the snapshot fails (rule J4).
   */
  Future<Void> unload() {
    if (writing || snapshotting || !pending.isEmpty()) {
      Promise<Void> later = Promise.promise();
      vertx.setTimer(10, t -> unload().onComplete(later));
      return later.future();
    }
    if (closed) return Future.succeededFuture();
    Future<Void> saved = snapshotVersion < version ? store.saveSnapshot(snapshot(List.of())) : Future.succeededFuture();
    return saved.compose(v -> {
      snapshotVersion = version;
      closed = true;
      onClosed.run();
      return Future.<Void>succeededFuture();
    });
  }

  /** Rule O1: the refusal of a client op while the write queue is too long or too slow, else null. */
  Rejection busy() {
    return shedding.refusal(pending.size() + writingCount, writing ? shedding.now() - writeStartedAt : -1);
  }

  /**
   * The op's {@code clientOpId} when it is new (rule R2). Otherwise the message is handled here
   * and null returned: a bad id is refused, a stored op's reply is sent again, and a repeat of
   * an op still being written waits for that write's reply.
   */
  String newOpId(Message<Object> msg, JsonObject body) {
    if (!(body.getValue("clientOpId") instanceof String clientOpId) || !CLIENT_OP_ID.matcher(clientOpId).matches()) {
      refuse(msg, Rejection.of(Reason.BAD_REQUEST, "Field 'clientOpId' must be 1-64 characters of A-Z a-z 0-9 . _ : -"));
      return null;
    }
    JsonObject earlier = dedupe.get(clientOpId);
    if (earlier != null) {
      msg.reply(earlier);
      return null;
    }
    List<Message<Object>> waiting = inFlight.get(clientOpId);
    if (waiting != null) {
      waiting.add(msg);
      deadline.watch(clientOpId);
      return null;
    }
    return clientOpId;
  }

  /** An accepted event (already applied to the model) takes the next version and waits for the group commit. */
  void enqueue(Message<Object> msg, String clientOpId, String session, Map<String, Object> event) {
    version++;
    pending.add(new StoredEvent(version, clientOpId, session, clock.getAsLong(), event));
    List<Message<Object>> waiters = new ArrayList<>(1);
    waiters.add(msg);
    inFlight.put(clientOpId, waiters);
    deadline.watch(clientOpId);
    flush();
  }

  private void flush() {
    if (writing || closed || pending.isEmpty()) return;
    List<StoredEvent> batch = pending;
    pending = new ArrayList<>();
    writing = true;
    writingCount = batch.size();
    writeStartedAt = shedding.now();
    Snapshot snap = !snapshotting && version - snapshotVersion >= snapshotEvery ? snapshot(batch) : null;
    store.append(boardId, batch).onComplete(ar -> {
      writing = false;
      writingCount = 0;
      if (ar.failed()) {
        fail(batch, ar.cause());
        return;
      }
      String eventsAddress = Addresses.events(boardId);
      for (StoredEvent e : batch) {
        JsonObject reply = e.reply(model.replyFields(e.body()));
        JsonObject wire = SharedEvent.of(wire(e)); // E6: encoded once for every socket; immutable from here
        // The full event of a redacted one goes only to the sender of the op (J6): the dedupe
        // window answers anyone who repeats the clientOpId, which is public in the event.
        dedupe.put(e.clientOpId(), reply);
        recent.add(wire);
        durableVersion = e.version();
        SharedEvent.publish(vertx, eventsAddress, wire);
        List<Message<Object>> waiters = inFlight.remove(e.clientOpId());
        for (int i = 0; i < waiters.size(); i++) {
          boolean full = i == 0 && wire.getBoolean("redacted", false);
          waiters.get(i).reply(full ? reply.copy().put("event", e.toWire()) : reply);
        }
      }
      room.evict(model::admits);
      BoardRestore.notice(vertx, boardId, durableVersion, batch);
      if (snap != null) saveSnapshot(snap);
      flush();
    });
  }

  /**
   * Rule D8b: stores an erasure ({@code event}, already applied to the model) when nothing else
   * is written ({@link #settled()}): appends it as the next version, writes a snapshot at that
   * version, then has the store compact the bodies of every older event away and forgets the
   * events held for catch-up, so no stored event or catch-up holds what was erased. Completes
   * with the event once all of it is durable; on a failure the journal closes as after a failed
   * write (the board reloads from what is stored). The caller publishes.
   */
  Future<StoredEvent> erase(String clientOpId, String session, Map<String, Object> event) {
    version++;
    StoredEvent e = new StoredEvent(version, clientOpId, session, clock.getAsLong(), event);
    writing = true;
    writingCount = 1;
    writeStartedAt = shedding.now();
    return store.append(boardId, List.of(e))
        .compose(v -> {
          writing = false;
          writingCount = 0;
          durableVersion = e.version();
          dedupe.put(clientOpId, e.reply(model.replyFields(e.body())));
          snapshotting = true;
          return store.saveSnapshot(snapshot(List.of()));
        })
        .compose(v -> {
          snapshotVersion = e.version();
          return store.compactEventsBefore(boardId, e.version());
        })
        .map(v -> {
          snapshotting = false;
          recent.clear();
          recent.add(wire(e));
          return e;
        })
        .onFailure(err -> {
          writing = false;
          snapshotting = false;
          LOG.warn("board {}: erasure at version {} not stored, reloading: {}", boardId, e.version(),
              org.samskap.util.LogSafe.describe(err));
          closed = true;
          SharedEvent.publish(vertx, Addresses.events(boardId),
              new JsonObject().put("type", "reset").put("ephemeral", true).put("version", durableVersion));
          onClosed.run();
        });
  }

  /** The event as everyone may see it (rule E1), for the caller of {@link #erase} to publish. */
  JsonObject published(StoredEvent e) {
    return wire(e);
  }

  /**
   * Writes a snapshot after the events it covers are durable and acknowledged, so no op waits
   * for it (the events alone are the record; a snapshot only shortens loading). One snapshot
   * write at a time per board, so an older one never replaces a newer one.
   */
  private void saveSnapshot(Snapshot snap) {
    snapshotting = true;
    store.saveSnapshot(snap).onComplete(ar -> {
      snapshotting = false;
      if (ar.succeeded()) {
        snapshotVersion = Math.max(snapshotVersion, snap.version());
      } else {
        LOG.warn("board {}: snapshot at version {} not written: {}", boardId, snap.version(), org.samskap.util.LogSafe.describe(ar.cause()));
      }
    });
  }

  /** A write failed: nothing after the last durable version may be trusted, so answer and reload. */
  private void fail(List<StoredEvent> batch, Throwable cause) {
    LOG.warn("board {}: write of {} events failed, reloading: {}", boardId, batch.size(), org.samskap.util.LogSafe.describe(cause));
    closed = true;
    Rejection r = Rejection.of(Reason.UNAVAILABLE, "The database did not confirm the write; send the op again.");
    inFlight.values().forEach(ms -> ms.forEach(m -> refuse(m, r)));
    inFlight.clear();
    pending.clear();
    SharedEvent.publish(vertx, Addresses.events(boardId),
        new JsonObject().put("type", "reset").put("ephemeral", true).put("version", durableVersion));
    onClosed.run();
  }

  private Snapshot snapshot(List<StoredEvent> batch) {
    List<Map<String, Object>> newer = new ArrayList<>(batch.size());
    for (StoredEvent e : batch) {
      newer.add(Map.of("c", e.clientOpId(), "r", e.reply(model.replyFields(e.body())).getMap()));
    }
    return new Snapshot(boardId, version, model.title(), model.content(Viewer.STORAGE), dedupe.exportWith(newer));
  }

  /** The event as everyone may see it (rule E1); marked {@code redacted} when its kind hid something. */
  private JsonObject wire(StoredEvent e) {
    Map<String, Object> pub = model.publicEvent(e.body());
    if (pub == e.body()) return e.toWire();
    JsonObject o = new JsonObject(new LinkedHashMap<>(pub));
    o.put("version", e.version()).put("clientOpId", e.clientOpId()).put("redacted", true);
    return Boolean.TRUE.equals(pub.get("anonymous")) ? o : o.put("by", e.by()); // an anonymous vote names nobody (V4)
  }

  private static void refuse(Message<Object> msg, Rejection r) {
    if (msg.replyAddress() != null) msg.reply(Replies.refused(r));
  }
}
