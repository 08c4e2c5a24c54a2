package org.samskap.board;

import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Reason;
import org.samskap.domain.Rejection;
import org.samskap.domain.Role;
import org.samskap.kinds.BoardKind;
import org.samskap.kinds.BoardModel;
import org.samskap.kinds.Viewer;
import org.samskap.protocol.Headers;
import org.samskap.protocol.Replies;

/**
 * The single writer of one live board. It runs on one Vert.x context, so its state needs no
 * locks. It takes the board's messages in order, answers joins, catch-ups, presence and
 * cursors itself ({@link BoardRoom}, {@link BoardViews}), decides ops with the kind's model,
 * and hands the accepted ones to its {@link WriteJournal}, which batches them into one durable
 * write (group commit) and only then replies {@code ok} and publishes the events. History
 * restores are a decorator of the kind ({@link RestoreKind}), so nothing here knows of them.
 */
final class BoardActor {
  static final String SERVER_SESSION = "server";

  private final Vertx vertx;
  private final BoardStore store;
  private final BoardMeta meta;
  private final LongSupplier clock;
  private final Supplier<String> ids;
  private final BoardKind kind;
  /** The kind's model under the restore decorator ({@link RestoreModel}), which a history restore replaces inside. */
  private final BoardModel model;
  private final BoardRoom room;
  private final int maxMembers;
  private final WriteJournal journal;
  private final BoardViews views;
  private long lastActivity;
  /** Rule D1: a delete was asked for (every later message is refused not_found); DELETED once it is stored. */
  private DeleteState deleting = DeleteState.NONE;

  private enum DeleteState { NONE, WAITING, DELETED }

  /** Rule D8: messages that arrive while an erasure is being stored wait here, in order. */
  private java.util.List<Message<Object>> held;

  BoardActor(Vertx vertx, BoardStore store, LoadedBoard loaded, BoardSettings settings, Runnable onClosed) {
    this.vertx = vertx;
    this.store = store;
    this.meta = loaded.meta();
    this.clock = settings.clock();
    this.maxMembers = settings.maxMembers();
    this.ids = settings.ids();
    this.kind = new RestoreKind(settings.kinds().require(meta.kind()));
    Snapshot snap = loaded.snapshot();
    this.model = snap == null ? kind.create(meta.title()) : kind.restore(snap.title(), snap.content());
    this.room = new BoardRoom(vertx, meta.id(), this::durableVersion);
    this.journal = new WriteJournal(vertx, store, loaded, settings, model, room, onClosed);
    this.views = new BoardViews(meta, model, room, journal::version);
    this.lastActivity = clock.getAsLong();
  }

  String boardId() {
    return meta.id();
  }

  long version() {
    return journal.version();
  }

  private long durableVersion() {
    return journal.durableVersion();
  }

  /** Rule D1: true once the board is deleted; the shard drops it and does not load it again. */
  boolean deleted() {
    return deleting == DeleteState.DELETED;
  }

  /** True once the actor stopped taking ops (unloaded, or its write failed and it awaits a reload). */
  boolean closed() {
    return journal.closed();
  }

  /** True when nobody is here, nothing is being written, and nothing happened for {@code idleMillis}. */
  boolean idle(long now, long idleMillis) {
    return !journal.closed() && room.isEmpty() && journal.quiet() && now - lastActivity >= idleMillis;
  }

  /**
   * Waits for writes in flight, persists a final snapshot if one is due, then stops taking
   * messages. Fails (and stays live) if the snapshot fails (rule J4).
   */
  Future<Void> unload() {
    return journal.unload();
  }

  // ---- message handling ----

  /** Handles one message of the board's ops address (the shard's consumer hands it over). */
  void handle(Message<Object> msg) {
    lastActivity = clock.getAsLong();
    if (deleting != DeleteState.NONE) { // rule D2
      if (BoardWriter.Internal.of(msg).orElse(null) != BoardWriter.Internal.LEAVE) {
        refuse(msg, Reason.NOT_FOUND, "The board was deleted.");
      }
      return;
    }
    if (held != null) { // rule D8: an erasure is being stored; everything else waits for it
      held.add(msg);
      return;
    }
    if (journal.closed()) {
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
    if (role == Role.OBSERVER && !"join".equals(type) && !"since".equals(type)) { // rule A13: an observer only reads
      refuse(msg, Reason.FORBIDDEN, "An observer link only shows the board; it cannot change it.");
      return;
    }
    switch (type) {
      case "join" -> join(msg, body, session, role);
      case "since" -> since(msg, body, session, role);
      case "presence.set" -> presenceSet(msg, body, session, role);
      case "cursor.move" -> cursor(msg, body, session);
      case MemberData.TYPE -> memberData(msg, session, role);
      case MemberErase.TYPE -> erase(msg, body, session, role);
      default -> mutate(msg, body, type, session, role, false);
    }
  }

  /** A server-internal request ({@link BoardWriter}: header values no client can set, rule A5). */
  private void internal(Message<Object> msg, BoardWriter.Internal internal, String session) {
    switch (internal) {
      case LEAVE -> room.leave(session);
      case READ -> read(msg);
      case DELETE -> {
        deleting = DeleteState.WAITING;
        delete(msg);
      }
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
    if (room.full(body, role, maxMembers)) {
      refuse(msg, Reason.MEMBERS_FULL, "The board has as many members as it may hold.");
      return;
    }
    MemberKeys.Identity who = room.enter(session, body, role, model::admits, BoardRoom.verifiedName(msg.headers()));
    if (who == null) {
      refuse(msg, Reason.REMOVED, "The facilitator removed you from this board.");
      return;
    }
    msg.reply(Replies.ok(journal.version())
        .put("protocol", Replies.PROTOCOL_VERSION)
        .put("role", role.wire())
        .put("sessionId", session)
        .put("memberId", who.memberId())
        .put("memberKey", who.memberKey())
        .put("limits", new JsonObject(new java.util.LinkedHashMap<>(kind.limits())))
        .put("ops", new JsonObject(kind.ops().wire())) // F2: the op catalogue the client's gate reads
        .put("snapshot", views.shared(new Viewer(who.memberId(), role))));
  }

  /** Rule J5: names the sender, or brings a reconnected session back into presence. */
  private void presenceSet(Message<Object> msg, JsonObject body, String session, Role role) {
    JsonObject reply = Replies.ok(durableVersion()).put("sessionId", session);
    String verified = BoardRoom.verifiedName(msg.headers()); // S9
    if (room.rename(session, body, verified)) {
      reply.put("memberId", room.member(session).memberId());
    } else {
      MemberKeys.Identity who = room.enter(session, body, role, model::admits, verified);
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
    JsonArray events = journal.eventsSince(n.longValue());
    if (events != null) {
      msg.reply(Replies.ok(durableVersion()).put("events", events));
    } else {
      msg.reply(Replies.ok(journal.version()).put("snapshot", views.shared(room.viewer(session, role))));
    }
  }

  private void cursor(Message<Object> msg, JsonObject body, String session) {
    if (!(body.getValue("x") instanceof Number x) || !(body.getValue("y") instanceof Number y)) {
      refuse(msg, Reason.BAD_REQUEST, "Fields 'x' and 'y' must be numbers.");
      return;
    }
    if (!model.cursorsShared()) { // rule F7
      replyIfAsked(msg, Replies.ok(durableVersion()));
      return;
    }
    room.cursor(session, x.doubleValue(), y.doubleValue());
    replyIfAsked(msg, Replies.ok(durableVersion()));
  }

  /**
   * Rule D7: everything the board holds about the asking session's member, answered to that
   * socket only (a request, never published). The member is the one this session joined as;
   * the body names nobody, so no one can ask for another member's data.
   */
  private void memberData(Message<Object> msg, String session, Role role) {
    Presence.Member member = room.member(session);
    if (member == null) {
      refuse(msg, Reason.FORBIDDEN, "Join the board first.");
      return;
    }
    Viewer viewer = new Viewer(member.memberId(), role);
    replyIfAsked(msg, Replies.ok(journal.version())
        .put("data", MemberData.of(meta.id(), model, viewer, room.namesOf(member.memberId()), clock.getAsLong())));
  }

  /**
   * Rule D8: erases a member (the sender, or for a facilitator the member the body names) through
   * this one writer. Every other message waits until it is done, so nothing interleaves; the
   * steps are {@link MemberErase}'s.
   */
  private void erase(Message<Object> msg, JsonObject body, String session, Role role) {
    MemberErase.Request request = MemberErase.request(body, room.member(session), role);
    if (request.refusal() != null) {
      refuse(msg, request.refusal());
      return;
    }
    held = new java.util.ArrayList<>();
    new MemberErase(vertx, meta, model, room, journal, ids, clock).run(msg, request, session, this::release);
  }

  /** Rule D8: the erasure is done; the messages that waited are handled in order. */
  private void release() {
    java.util.List<Message<Object>> waiting = held;
    held = null;
    if (waiting != null) waiting.forEach(this::handle);
  }

  /**
   * Server-internal ({@link BoardWriter.Internal#READ}, which no client can send, rule A5): the board's
   * content as storage sees it, once everything accepted so far is durable.
   */
  private void read(Message<Object> msg) {
    if (journal.closed()) {
      refuse(msg, Reason.UNAVAILABLE, "The board is being reloaded; try again.");
    } else if (journal.version() != journal.durableVersion()) {
      vertx.setTimer(5, t -> read(msg));
    } else {
      msg.reply(Replies.ok(journal.version()).put("snapshot", views.json(Viewer.STORAGE)));
    }
  }

  /**
   * Server-internal ({@link BoardWriter.Internal#DELETE}, rule D1): once every op accepted before
   * the delete is durable and no snapshot write is in flight, the store deletes the board; then
   * everyone listening is told ({@code board.deleted}) and the writer closes without a final
   * snapshot. Ops that arrive meanwhile are refused {@code not_found} ({@link #handle}). If the
   * store fails, the writer closes as after a failed write: the board reloads from what is left
   * and the delete can be asked again.
   */
  private void delete(Message<Object> msg) {
    if (!journal.settled()) {
      vertx.setTimer(5, t -> delete(msg));
      return;
    }
    store.deleteBoard(meta.id(), clock.getAsLong()).onComplete(ar -> {
      if (ar.succeeded() && Boolean.TRUE.equals(ar.result())) {
        deleting = DeleteState.DELETED;
        journal.closeDeleted();
        org.samskap.protocol.SharedEvent.publish(vertx, org.samskap.protocol.Addresses.events(meta.id()),
            new JsonObject().put("type", "board.deleted").put("ephemeral", true).put("version", journal.version()));
        msg.reply(Replies.ok(journal.version()));
      } else if (ar.succeeded()) {
        deleting = DeleteState.DELETED;
        journal.closeDeleted();
        refuse(msg, Reason.NOT_FOUND, "The board was deleted.");
      } else {
        deleting = DeleteState.NONE;
        journal.closeDeleted(); // reload from what the store holds, as after a failed write (E4)
        refuse(msg, Reason.UNAVAILABLE, "The database did not confirm the delete; ask again.");
      }
    });
  }

  /**
   * Server-internal ({@link BoardWriter.Internal#RESTORE}): a history snapshot replaces the board's
   * content as one stored op (docs/EXPORT.md, history), decided like any server op by the
   * restore decorator of the kind's model ({@link RestoreModel}).
   */
  private void restore(Message<Object> msg, JsonObject body) {
    mutate(msg, body, BoardRestore.TYPE, SERVER_SESSION, Role.FACILITATOR, true);
  }

  /** {@code server}: an op the server made ({@link BoardWriter.Internal#SERVER_OP}); its actor is {@link Actor#SERVER}. */
  private void mutate(Message<Object> msg, JsonObject body, String type, String session, Role role, boolean server) {
    String clientOpId = journal.newOpId(msg, body);
    if (clientOpId == null) return;
    if (!server) {
      // Rule O1: refused before it is decided, so a busy op never touches the model or the log.
      Rejection busy = journal.busy();
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
    journal.enqueue(msg, clientOpId, session, ((Decision.Accepted<Map<String, Object>>) decision).event());
  }

  // ---- helpers ----

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
