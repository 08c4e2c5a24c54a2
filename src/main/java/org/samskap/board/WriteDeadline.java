package org.samskap.board;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;

import org.samskap.domain.Reason;
import org.samskap.domain.Rejection;
import org.samskap.protocol.Replies;

/**
 * The write deadline of one board (rule O3): everyone waiting for a write gets a reply by
 * {@link LoadShedding#deadlineNanos}, {@code unavailable} if the write is not durable by then.
 * Runs on the board writer's context, like the {@link WriteJournal} that owns it.
 */
final class WriteDeadline {
  private record Watch(String clientOpId, long due) {}

  private final Vertx vertx;
  private final LoadShedding shedding;
  /** The senders still waiting for the write of an op, or null once it is answered. */
  private final Function<String, List<Message<Object>>> waiting;
  private final BooleanSupplier closed;
  /** Ops waiting for their write, in arrival order, with the time their sender must have a reply by. */
  private final ArrayDeque<Watch> watches = new ArrayDeque<>();
  private long timer = -1;

  WriteDeadline(Vertx vertx, LoadShedding shedding, Function<String, List<Message<Object>>> waiting, BooleanSupplier closed) {
    this.vertx = vertx;
    this.shedding = shedding;
    this.waiting = waiting;
    this.closed = closed;
  }

  /** Someone waits for the write of this op: they get a reply by the write deadline. */
  void watch(String clientOpId) {
    if (!shedding.hasDeadline()) return;
    watches.add(new Watch(clientOpId, shedding.now() + shedding.deadlineNanos()));
    if (timer < 0) arm();
  }

  /** Forgets the ops already answered and sets a timer for the first one still waiting. */
  private void arm() {
    while (!watches.isEmpty() && waiting.apply(watches.peek().clientOpId()) == null) watches.poll();
    Watch first = watches.peek();
    if (first == null || closed.getAsBoolean()) {
      timer = -1;
      return;
    }
    // at least 50 ms apart, so a long queue of waiting ops costs a few timers, not one per op
    long delay = Math.max(50, (first.due() - shedding.now() + 999_999) / 1_000_000);
    timer = vertx.setTimer(delay, t -> {
      timer = -1;
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
      List<Message<Object>> senders = waiting.apply(watches.poll().clientOpId());
      if (senders == null || senders.isEmpty()) continue;
      if (late == null) {
        late = Rejection.of(Reason.UNAVAILABLE,
            "The database has not confirmed this change in time; send it again with the same clientOpId to learn its outcome.");
      }
      for (Message<Object> m : senders) {
        if (m.replyAddress() != null) m.reply(Replies.refused(late));
      }
      shedding.countLate(senders.size());
      senders.clear();
    }
    arm();
  }
}
