package org.samskap.bridge;

import java.util.Set;

import io.vertx.core.json.JsonObject;

import org.samskap.metrics.Meters;

/**
 * Rule ME3: what the bridge measures of requests and their replies. An op (a send that may change
 * the board) is timed from the moment it reaches the bridge to the moment its reply is written
 * to the socket: for an {@code ok} that is after the op is stored (R3). Every refusal a client
 * is told is counted by its reason, whoever refused it (this guard, the refusal consumer or the
 * board's writer).
 */
final class ReplyMeter {
  /** Requests that read or only touch presence: not timed as ops. */
  static final Set<String> READS = Set.of("join", "since", "presence.set", "cursor.move", "member.data");

  private volatile Meters meters = Meters.NONE;

  void meters(Meters meters) {
    this.meters = meters;
  }

  /** A send with a reply address reached the bridge. */
  void sent(SocketState s, String replyAddress, Object body) {
    if (meters == Meters.NONE || replyAddress == null) return;
    if (body instanceof JsonObject b && b.getValue("type") instanceof String type && !READS.contains(type)) {
      s.opStarted.put(replyAddress, System.nanoTime());
    }
  }

  /** A reply to one of this socket's requests is being written to it. */
  void replied(SocketState s, String replyAddress, Object body) {
    Long t0 = s.opStarted.remove(replyAddress);
    if (!(body instanceof JsonObject b) || !(b.getValue("ok") instanceof Boolean ok)) return;
    if (t0 != null) meters.opAnswered(System.nanoTime() - t0, ok);
    if (!ok) meters.refused(b.getValue("reason") instanceof String r ? r : null);
  }
}
