package org.samskap.board;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.domain.Erasure;
import org.samskap.domain.Reason;
import org.samskap.domain.Rejection;
import org.samskap.domain.Role;
import org.samskap.kinds.BoardModel;
import org.samskap.protocol.Addresses;
import org.samskap.protocol.Replies;
import org.samskap.util.LogSafe;

/**
 * One erasure of a member (rules D8-D8c, docs/PROTOCOL.md), run by the board's single writer
 * while every other message waits: once nothing else is being written, the model erases (each
 * kind in its pure domain, behind {@link BoardModel#erase}), the journal stores the
 * {@code member.erased} event, a snapshot and the compacted log ({@link WriteJournal#erase}),
 * the history snapshots are rewritten and the database file compacted
 * ({@link Addresses#ERASE_REMAINS}); only then the sender gets {@code ok}, everyone the event,
 * and the erased member's sockets are closed.
 */
final class MemberErase {
  private static final Logger LOG = LoggerFactory.getLogger(MemberErase.class);
  static final String TYPE = "member.erase";
  static final String EVENT = "member.erased";
  /** How long the erased member's sockets keep the reply and event before they are closed. */
  static final long CLOSE_DELAY_MILLIS = 250;
  /** How long the history rewrite and the file compaction may take. */
  static final long REMAINS_TIMEOUT_MILLIS = 120_000;
  private static final Pattern MEMBER_ID = Pattern.compile("m[A-Za-z0-9_-]{1,64}");

  /** Who is erased and whether their public items go too; {@code refusal} set when the request is refused. */
  record Request(String memberId, boolean alsoPublic, String by, Role role, Rejection refusal) {
    static Request refused(Reason reason, String message) {
      return new Request(null, false, null, null, Rejection.of(reason, message));
    }
  }

  /**
   * Rule D8: a member erases themselves (no {@code memberId}, or their own); a facilitator may
   * name another member. {@code publicNotes}: optional boolean.
   */
  static Request request(JsonObject body, Presence.Member sender, Role role) {
    if (sender == null) return Request.refused(Reason.FORBIDDEN, "Join the board first.");
    Object pub = body.getValue("publicNotes");
    if (pub != null && !(pub instanceof Boolean)) return Request.refused(Reason.BAD_REQUEST, "Field 'publicNotes' must be true or false.");
    boolean alsoPublic = Boolean.TRUE.equals(pub);
    Object asked = body.getValue("memberId");
    if (asked == null || asked.equals(sender.memberId())) return new Request(sender.memberId(), alsoPublic, sender.memberId(), role, null);
    if (!(asked instanceof String id) || !MEMBER_ID.matcher(id).matches()) {
      return Request.refused(Reason.BAD_REQUEST, "Field 'memberId' must be a member id.");
    }
    if (role != Role.FACILITATOR) return Request.refused(Reason.FORBIDDEN, "Only a facilitator can erase another participant.");
    return new Request(id, alsoPublic, sender.memberId(), role, null);
  }

  private final Vertx vertx;
  private final BoardMeta meta;
  private final BoardModel model;
  private final BoardRoom room;
  private final WriteJournal journal;
  private final Supplier<String> ids;
  private final LongSupplier clock;

  MemberErase(Vertx vertx, BoardMeta meta, BoardModel model, BoardRoom room, WriteJournal journal, Supplier<String> ids,
      LongSupplier clock) {
    this.vertx = vertx;
    this.meta = meta;
    this.model = model;
    this.room = room;
    this.journal = journal;
    this.ids = ids;
    this.clock = clock;
  }

  /** Runs the erasure; {@code done} runs once it answered, whatever the outcome. */
  void run(Message<Object> msg, Request request, String session, Runnable done) {
    if (journal.closed()) {
      refuse(msg, Rejection.of(Reason.UNAVAILABLE, "The board is being reloaded; send again."));
      done.run();
      return;
    }
    if (!journal.settled()) { // every op accepted before is durable first (D8)
      vertx.setTimer(5, t -> run(msg, request, session, done));
      return;
    }
    // The names the member uses here now; a name another member here uses too stays theirs.
    Set<String> names = new LinkedHashSet<>(room.namesOf(request.memberId()));
    names.removeAll(room.namesOfOthers(request.memberId()));
    names.remove(Erasure.LABEL);
    Map<String, Object> event = model.erase(new Erasure(request.memberId(), names, Set.of(), request.alsoPublic()));
    if (event == null) {
      refuse(msg, Rejection.of(Reason.BAD_REQUEST, "This board cannot erase a participant."));
      done.run();
      return;
    }
    journal.erase("erase-" + ids.get(), session, event)
        .compose(stored -> remains(request, names).map(stored))
        .onComplete(ar -> {
          if (ar.failed()) {
            refuse(msg, Rejection.of(Reason.UNAVAILABLE, "The erasure was not finished; ask again."));
            done.run();
            return;
          }
          StoredEvent stored = ar.result();
          if (msg.replyAddress() != null) {
            msg.reply(Replies.ok(stored.version()).put("memberId", request.memberId())
                .put("removed", ((java.util.List<?>) event.get("removed")).size()));
          }
          org.samskap.protocol.SharedEvent.publish(vertx, Addresses.events(meta.id()), journal.published(stored));
          JsonArray sessions = room.erase(request.memberId());
          if (!sessions.isEmpty()) {
            vertx.setTimer(CLOSE_DELAY_MILLIS, t -> vertx.eventBus().publish(Addresses.CLOSE_SOCKETS,
                new JsonObject().put("sessionIds", sessions).put("reason", Reason.ERASED.code())));
          }
          done.run();
        });
  }

  /** Rule D8c: history snapshots and the database file; a server without that service logs that it has none. */
  private Future<Void> remains(Request request, Set<String> names) {
    JsonObject ask = new JsonObject().put("boardId", meta.id()).put("kind", meta.kind())
        .put("memberId", request.memberId()).put("names", new JsonArray(java.util.List.copyOf(names)))
        .put("publicNotes", request.alsoPublic()).put("by", request.by()).put("role", request.role().wire())
        .put("at", clock.getAsLong());
    return vertx.eventBus().request(Addresses.ERASE_REMAINS, ask,
            new io.vertx.core.eventbus.DeliveryOptions().setSendTimeout(REMAINS_TIMEOUT_MILLIS))
        .<Void>mapEmpty()
        .recover(e -> {
          if (e instanceof ReplyException r && r.failureType() == ReplyFailure.NO_HANDLERS) {
            LOG.warn("board {}: erasure stored, but this server rewrites no history snapshots", meta.id());
            return Future.succeededFuture();
          }
          LOG.warn("board {}: erasure stored, but its history or file rewrite failed: {}", meta.id(), LogSafe.describe(e));
          return Future.failedFuture(e);
        });
  }

  private static void refuse(Message<Object> msg, Rejection r) {
    if (msg.replyAddress() != null) msg.reply(Replies.refused(r));
  }
}
