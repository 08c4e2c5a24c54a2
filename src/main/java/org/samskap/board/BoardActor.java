package org.samskap.board;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Reason;
import org.samskap.domain.Rejection;
import org.samskap.domain.Role;
import org.samskap.kinds.BoardKind;
import org.samskap.kinds.BoardModel;
import org.samskap.kinds.Viewer;
import org.samskap.protocol.Addresses;
import org.samskap.protocol.Headers;
import org.samskap.protocol.Replies;
import org.samskap.protocol.SharedSnapshot;

/**
 * The single writer of one live board. It runs on one Vert.x context, so its state needs no
 * locks. It orders ops, decides them with the pure rules, batches the accepted ones into one
 * durable write (group commit), and only then replies {@code ok} and publishes the events.
 */
final class BoardActor {
  private static final Logger LOG = LoggerFactory.getLogger(BoardActor.class);
  static final Pattern CLIENT_OP_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  static final int RECENT_EVENTS = 1000;
  static final String SERVER_SESSION = "server";

  private final Vertx vertx;
  private final BoardStore store;
  private final BoardMeta meta;
  private final LongSupplier clock;
  private final Supplier<String> ids;
  private final int snapshotEvery;
  private final Runnable onClosed;
  private final LoadShedding shedding;

  private final BoardKind kind;
  private BoardModel model; // replaced only by a restore (BoardRestore)
  private final DedupeWindow dedupe;
  private final RecentEvents recent = new RecentEvents(RECENT_EVENTS);
  private final BoardRoom room;
  private final Map<String, List<Message<Object>>> inFlight = new HashMap<>();
  /** Encoded content by view class, for {@link #sharedVersion} only (rule T9). */
  private final Map<Object, Buffer> shared = new HashMap<>();
  private long sharedVersion = -1;
  static final int MAX_SHARED_VIEWS = 8;

  private long version;
  private long durableVersion;
  private long snapshotVersion;
  private List<StoredEvent> pending = new ArrayList<>();
  private boolean writing;
  /** Ops in the write in flight, and when it started (monotonic): what rule O1 measures. */
  private int writingCount;
  private long writeStartedAt;
  /** Ops waiting for their write, in arrival order, with the time their sender must have a reply by (O3). */
  private final ArrayDeque<Watch> watches = new ArrayDeque<>();
  private long deadlineTimer = -1;
  private boolean snapshotting;
  private boolean closed;
  private long lastActivity;

  BoardActor(Vertx vertx, BoardStore store, LoadedBoard loaded, BoardSettings settings, Runnable onClosed) {
    this.vertx = vertx;
    this.store = store;
    this.meta = loaded.meta();
    this.clock = settings.clock();
    this.ids = settings.ids();
    this.snapshotEvery = settings.snapshotEvery();
    this.onClosed = onClosed;
    this.shedding = settings.shedding();
    this.dedupe = new DedupeWindow(settings.dedupeWindow());
    this.room = new BoardRoom(vertx, meta.id(), () -> durableVersion);
    BoardKind kind = settings.kinds().require(meta.kind());
    this.kind = kind;
    Snapshot snap = loaded.snapshot();
    if (snap == null) {
      this.model = kind.create(meta.title());
    } else {
      this.model = kind.restore(snap.title(), snap.content());
      this.version = snap.version();
      this.snapshotVersion = snap.version();
      this.dedupe.restore(snap.recentReplies());
    }
    for (StoredEvent e : loaded.tail()) {
      if (e.version() != version + 1) {
        throw new IllegalStateException("board " + meta.id() + ": event log jumps from " + version + " to " + e.version());
      }
      if (BoardRestore.is(e.body())) model = BoardRestore.model(kind, e.body());
      else model.replay(e.body());
      version = e.version();
      dedupe.put(e.clientOpId(), e.reply(BoardRestore.is(e.body()) ? Map.of() : model.replyFields(e.body())));
      recent.add(wire(e));
    }
    this.durableVersion = version;
    this.lastActivity = clock.getAsLong();
  }

  String boardId() {
    return meta.id();
  }

  long version() {
    return version;
  }

  /** True once the actor stopped taking ops (unloaded, or its write failed and it awaits a reload). */
  boolean closed() {
    return closed;
  }

  /** True when nobody is here, nothing is being written, and nothing happened for {@code idleMillis}. */
  boolean idle(long now, long idleMillis) {
    return !closed && room.isEmpty() && !writing && pending.isEmpty() && now - lastActivity >= idleMillis;
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

  // ---- message handling ----

  /** Handles one message of the board's ops address (the shard's consumer hands it over). */
  void handle(Message<Object> msg) {
    lastActivity = clock.getAsLong();
    if (closed) {
      refuse(msg, Reason.UNAVAILABLE, "The board is being reloaded; send again.");
      return;
    }
    String session = msg.headers().get(Headers.SESSION);
    BoardWriter.Internal internal = BoardWriter.Internal.of(msg).orElse(null);
    if (internal != null) {
      internal(msg, internal, session);
      return;
    }
    Role role = Role.fromWire(msg.headers().get(Headers.ROLE)).orElse(null);
    if (role == null || session == null) {
      refuse(msg, Reason.FORBIDDEN, "The message has no verified role.");
      return;
    }
    if (!(msg.body() instanceof JsonObject body) || !(body.getValue("type") instanceof String type)) {
      refuse(msg, Reason.BAD_REQUEST, "The body must be a JSON object with a string field 'type'.");
      return;
    }
    switch (type) {
      case "join" -> join(msg, body, session, role);
      case "since" -> since(msg, body, session, role);
      case "presence.set" -> presenceSet(msg, body, session, role);
      case "cursor.move" -> cursor(msg, body, session);
      default -> mutate(msg, body, type, session, role, false);
    }
  }

  /** A server-internal request ({@link BoardWriter}: header values no client can set, rule A5). */
  private void internal(Message<Object> msg, BoardWriter.Internal internal, String session) {
    switch (internal) {
      case LEAVE -> room.leave(session);
      case READ -> read(msg);
      case RESTORE -> {
        if (msg.body() instanceof JsonObject b) restore(msg, b);
        else refuse(msg, Reason.BAD_REQUEST, "A restore needs a JSON object body.");
      }
      case SERVER_OP -> {
        if (msg.body() instanceof JsonObject b && b.getValue("type") instanceof String t) {
          mutate(msg, b, t, SERVER_SESSION, Role.FACILITATOR, true);
        } else {
          refuse(msg, Reason.BAD_REQUEST, "A server op needs a JSON object body with a string field 'type'.");
        }
      }
    }
  }

  private void join(Message<Object> msg, JsonObject body, String session, Role role) {
    MemberKeys.Identity who = room.enter(session, body, role, model::admits);
    if (who == null) {
      refuse(msg, Reason.REMOVED, "The facilitator removed you from this board.");
      return;
    }
    msg.reply(Replies.ok(version)
        .put("protocol", Replies.PROTOCOL_VERSION)
        .put("role", role.wire())
        .put("sessionId", session)
        .put("memberId", who.memberId())
        .put("memberKey", who.memberKey())
        .put("limits", new JsonObject(new java.util.LinkedHashMap<>(kind.limits())))
        .put("ops", new JsonObject(kind.ops().wire())) // F2: the op catalogue the client's gate reads
        .put("snapshot", sharedSnapshot(new Viewer(who.memberId(), role))));
  }

  /** Rule J5: names the sender, or brings a reconnected session back into presence. */
  private void presenceSet(Message<Object> msg, JsonObject body, String session, Role role) {
    JsonObject reply = Replies.ok(durableVersion).put("sessionId", session);
    if (room.rename(session, body)) {
      reply.put("memberId", room.member(session).memberId());
    } else {
      MemberKeys.Identity who = room.enter(session, body, role, model::admits);
      if (who == null) {
        refuse(msg, Reason.REMOVED, "The facilitator removed you from this board.");
        return;
      }
      reply.put("memberId", who.memberId()).put("memberKey", who.memberKey());
    }
    replyIfAsked(msg, reply);
  }

  private void since(Message<Object> msg, JsonObject body, String session, Role role) {
    if (!(body.getValue("version") instanceof Number n)) {
      refuse(msg, Reason.BAD_REQUEST, "Field 'version' must be a number.");
      return;
    }
    long from = n.longValue();
    JsonArray events = from <= durableVersion ? recent.since(from, durableVersion) : null;
    if (events != null && version == durableVersion && !recent.redactedSince(from)) {
      msg.reply(Replies.ok(durableVersion).put("events", events));
    } else {
      msg.reply(Replies.ok(version).put("snapshot", sharedSnapshot(room.viewer(session, role))));
    }
  }

  private void cursor(Message<Object> msg, JsonObject body, String session) {
    if (!(body.getValue("x") instanceof Number x) || !(body.getValue("y") instanceof Number y)) {
      refuse(msg, Reason.BAD_REQUEST, "Fields 'x' and 'y' must be numbers.");
      return;
    }
    if (!model.cursorsShared()) { // rule F7
      replyIfAsked(msg, Replies.ok(durableVersion));
      return;
    }
    room.cursor(session, x.doubleValue(), y.doubleValue());
    replyIfAsked(msg, Replies.ok(durableVersion));
  }

  /**
   * Server-internal ({@link BoardWriter.Internal#READ}, which no client can send, rule A5): the board's
   * content as storage sees it, once everything accepted so far is durable.
   */
  private void read(Message<Object> msg) {
    if (closed) {
      refuse(msg, Reason.UNAVAILABLE, "The board is being reloaded; try again.");
    } else if (version != durableVersion) {
      vertx.setTimer(5, t -> read(msg));
    } else {
      msg.reply(Replies.ok(version).put("snapshot", snapshotJson(Viewer.STORAGE)));
    }
  }

  /**
   * Server-internal ({@link BoardWriter.Internal#RESTORE}): replaces the board's content with a
   * history snapshot as one stored op (docs/EXPORT.md, history). Its event holds the content,
   * so a reload replays it; it is published redacted, so clients fetch a snapshot made for them.
   */
  private void restore(Message<Object> msg, JsonObject body) {
    String clientOpId = newOpId(msg, body);
    if (clientOpId == null) return;
    Map<String, Object> event = BoardRestore.event(body.getMap());
    BoardModel next;
    try {
      next = BoardRestore.model(kind, event);
    } catch (RuntimeException e) {
      refuse(msg, Reason.BAD_REQUEST, "The snapshot cannot be restored: " + e.getMessage());
      return;
    }
    model = next;
    enqueue(msg, clientOpId, SERVER_SESSION, event);
  }

  /** {@code server}: an op the server made ({@link BoardWriter.Internal#SERVER_OP}); its actor is {@link Actor#SERVER}. */
  private void mutate(Message<Object> msg, JsonObject body, String type, String session, Role role, boolean server) {
    String clientOpId = newOpId(msg, body);
    if (clientOpId == null) return;
    if (!server) {
      // Rule O1: refused before it is decided, so a busy op never touches the model or the log.
      Rejection busy = shedding.refusal(pending.size() + writingCount, writing ? shedding.now() - writeStartedAt : -1);
      if (busy != null) {
        refuse(msg, busy);
        return;
      }
    }
    Presence.Member member = room.member(session);
    Actor actor = server ? new Actor(role, Actor.SERVER, "", ids)
        : member == null ? new Actor(role, "s:" + session, "", ids) : new Actor(role, member.memberId(), member.name(), ids);
    Decision<Map<String, Object>> decision = model.decide(type, body.getMap(), actor);
    if (decision instanceof Decision.Rejected<Map<String, Object>> r) {
      refuse(msg, r.rejection());
      return;
    }
    enqueue(msg, clientOpId, session, ((Decision.Accepted<Map<String, Object>>) decision).event());
  }

  /**
   * The op's {@code clientOpId} when it is new (rule R2). Otherwise the message is handled here
   * and null returned: a bad id is refused, a stored op's reply is sent again, and a repeat of
   * an op still being written waits for that write's reply.
   */
  private String newOpId(Message<Object> msg, JsonObject body) {
    if (!(body.getValue("clientOpId") instanceof String clientOpId) || !CLIENT_OP_ID.matcher(clientOpId).matches()) {
      refuse(msg, Reason.BAD_REQUEST, "Field 'clientOpId' must be 1-64 characters of A-Z a-z 0-9 . _ : -");
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
      watch(clientOpId);
      return null;
    }
    return clientOpId;
  }

  /** An accepted event (already applied to the model) takes the next version and waits for the group commit. */
  private void enqueue(Message<Object> msg, String clientOpId, String session, Map<String, Object> event) {
    version++;
    pending.add(new StoredEvent(version, clientOpId, session, clock.getAsLong(), event));
    List<Message<Object>> waiters = new ArrayList<>(1);
    waiters.add(msg);
    inFlight.put(clientOpId, waiters);
    watch(clientOpId);
    flush();
  }

  // ---- the write deadline (rule O3) ----

  private record Watch(String clientOpId, long due) {}

  /** Someone waits for the write of this op: they get a reply by the write deadline. */
  private void watch(String clientOpId) {
    if (!shedding.hasDeadline()) return;
    watches.add(new Watch(clientOpId, shedding.now() + shedding.deadlineNanos()));
    if (deadlineTimer < 0) armDeadline();
  }

  /** Forgets the ops already answered and sets a timer for the first one still waiting. */
  private void armDeadline() {
    while (!watches.isEmpty() && !inFlight.containsKey(watches.peek().clientOpId())) watches.poll();
    Watch first = watches.peek();
    if (first == null || closed) {
      deadlineTimer = -1;
      return;
    }
    // at least 50 ms apart, so a long queue of waiting ops costs a few timers, not one per op
    long delay = Math.max(50, (first.due() - shedding.now() + 999_999) / 1_000_000);
    deadlineTimer = vertx.setTimer(delay, t -> {
      deadlineTimer = -1;
      answerLate();
    });
  }

  /**
   * Rule O3: every sender still waiting past the deadline is answered {@code unavailable}. The
   * op stays queued and is written; a resend with the same clientOpId waits for that write or,
   * once it is durable, gets its stored reply (R2), so it takes effect exactly once.
   */
  private void answerLate() {
    long now = shedding.now();
    Rejection late = null;
    while (!watches.isEmpty() && watches.peek().due() - now <= 0) {
      List<Message<Object>> waiting = inFlight.get(watches.poll().clientOpId());
      if (waiting == null || waiting.isEmpty()) continue;
      if (late == null) {
        late = Rejection.of(Reason.UNAVAILABLE,
            "The database has not confirmed this change in time; send it again with the same clientOpId to learn its outcome.");
      }
      for (Message<Object> m : waiting) refuse(m, late);
      shedding.countLate(waiting.size());
      waiting.clear();
    }
    armDeadline();
  }

  // ---- group commit ----

  private void flush() {
    if (writing || closed || pending.isEmpty()) return;
    List<StoredEvent> batch = pending;
    pending = new ArrayList<>();
    writing = true;
    writingCount = batch.size();
    writeStartedAt = shedding.now();
    Snapshot snap = !snapshotting && version - snapshotVersion >= snapshotEvery ? snapshot(batch) : null;
    store.append(meta.id(), batch).onComplete(ar -> {
      writing = false;
      writingCount = 0;
      if (ar.failed()) {
        fail(batch, ar.cause());
        return;
      }
      String eventsAddress = Addresses.events(meta.id());
      for (StoredEvent e : batch) {
        JsonObject reply = e.reply(BoardRestore.is(e.body()) ? Map.of() : model.replyFields(e.body()));
        JsonObject wire = wire(e);
        // The full event of a redacted one goes only to the sender of the op (J6): the dedupe
        // window answers anyone who repeats the clientOpId, which is public in the event.
        dedupe.put(e.clientOpId(), reply);
        recent.add(wire);
        durableVersion = e.version();
        vertx.eventBus().publish(eventsAddress, wire);
        List<Message<Object>> waiters = inFlight.remove(e.clientOpId());
        for (int i = 0; i < waiters.size(); i++) {
          boolean full = i == 0 && wire.getBoolean("redacted", false);
          waiters.get(i).reply(full ? reply.copy().put("event", e.toWire()) : reply);
        }
      }
      room.evict(model::admits);
      BoardRestore.notice(vertx, meta.id(), durableVersion, batch);
      if (snap != null) saveSnapshot(snap);
      flush();
    });
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
        LOG.warn("board {}: snapshot at version {} not written: {}", meta.id(), snap.version(), ar.cause().toString());
      }
    });
  }

  /** A write failed: nothing after the last durable version may be trusted, so answer and reload. */
  private void fail(List<StoredEvent> batch, Throwable cause) {
    LOG.warn("board {}: write of {} events failed, reloading: {}", meta.id(), batch.size(), cause.toString());
    closed = true;
    Rejection r = Rejection.of(Reason.UNAVAILABLE, "The database did not confirm the write; send the op again.");
    inFlight.values().forEach(ms -> ms.forEach(m -> refuse(m, r)));
    inFlight.clear();
    pending.clear();
    vertx.eventBus().publish(Addresses.events(meta.id()),
        new JsonObject().put("type", "reset").put("ephemeral", true).put("version", durableVersion));
    onClosed.run();
  }

  private Snapshot snapshot(List<StoredEvent> batch) {
    List<Map<String, Object>> newer = new ArrayList<>(batch.size());
    for (StoredEvent e : batch) {
      newer.add(Map.of("c", e.clientOpId(), "r", e.reply(BoardRestore.is(e.body()) ? Map.of() : model.replyFields(e.body())).getMap()));
    }
    return new Snapshot(meta.id(), version, model.title(), model.content(Viewer.STORAGE), dedupe.exportWith(newer));
  }

  // ---- helpers ----

  /**
   * Rule T9: the snapshot of a join or catch-up with its content encoded once per board version
   * and view class ({@link BoardModel#viewClass}) and shared by every reply that has it, so a
   * storm of joins on a big board costs one encoding, not one per socket. A viewer whose
   * content is their own gets an encoding of their own. Presence is made per reply.
   */
  private SharedSnapshot sharedSnapshot(Viewer viewer) {
    Object viewClass = model.viewClass(viewer);
    if (sharedVersion != version) {
      shared.clear();
      sharedVersion = version;
    }
    Buffer content = viewClass == null ? null : shared.get(viewClass);
    if (content == null) {
      content = SharedSnapshot.encodeContent(model.content(viewer));
      if (viewClass != null && shared.size() < MAX_SHARED_VIEWS) shared.put(viewClass, content);
    }
    JsonObject head = new JsonObject()
        .put("board", new JsonObject().put("id", meta.id()).put("kind", meta.kind()).put("title", model.title()))
        .put("presence", room.toJson());
    return SharedSnapshot.of(head, content);
  }

  private JsonObject snapshotJson(Viewer viewer) {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("board", Map.of("id", meta.id(), "kind", meta.kind(), "title", model.title()));
    content.putAll(model.content(viewer));
    content.put("presence", room.toJson());
    return new JsonObject(content);
  }

  /** The event as everyone may see it (rule E1); marked {@code redacted} when its kind hid something. */
  private JsonObject wire(StoredEvent e) {
    Map<String, Object> pub = BoardRestore.is(e.body()) ? BoardRestore.publicEvent(e.body()) : model.publicEvent(e.body());
    if (pub == e.body()) return e.toWire();
    JsonObject o = new JsonObject(new LinkedHashMap<>(pub));
    o.put("version", e.version()).put("clientOpId", e.clientOpId()).put("redacted", true);
    return Boolean.TRUE.equals(pub.get("anonymous")) ? o : o.put("by", e.by()); // an anonymous vote names nobody (V4)
  }

  private static void replyIfAsked(Message<Object> msg, JsonObject reply) {
    if (msg.replyAddress() != null) msg.reply(reply);
  }

  private static void refuse(Message<Object> msg, Reason reason, String message) {
    refuse(msg, Rejection.of(reason, message));
  }

  private static void refuse(Message<Object> msg, Rejection r) {
    if (msg.replyAddress() != null) msg.reply(Replies.refused(r));
  }
}
