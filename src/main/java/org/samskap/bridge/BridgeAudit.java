package org.samskap.bridge;

import java.util.Set;
import java.util.function.LongSupplier;

import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.auth.Principal;
import org.samskap.boards.AuditLog;
import org.samskap.domain.Role;
import org.samskap.util.LogSafe;

/**
 * Rule S10 at the bridge: a sensitive op sent over a socket ({@link #AUDITED}) writes one audit
 * entry (D6) once the board's writer answered it {@code ok}, with the signed-in user of the socket
 * (S9) when there is one and the socket's client address. Never the op's body, a name or a token.
 */
final class BridgeAudit {
  private static final Logger LOG = LoggerFactory.getLogger(BridgeAudit.class);
  /** The ops over the bridge that the audit log records: removing a member (F8). */
  static final Set<String> AUDITED = Set.of("member.remove");

  /** An admitted op that writes an entry when its reply is ok. */
  record Pending(String boardId, String action, String role, String user) {}

  private final AuditLog log;
  private final LongSupplier clock;

  BridgeAudit(AuditLog log, LongSupplier clock) {
    this.log = log;
    this.clock = clock;
  }

  static final BridgeAudit NONE = new BridgeAudit(AuditLog.NONE, System::currentTimeMillis);

  /** Called when a send is admitted: remembers it if its type is audited and it waits for a reply. */
  void admitted(SocketState s, JsonObject raw, String boardId, Role role, Principal who) {
    if (log == AuditLog.NONE) return;
    if (!(raw.getValue("replyAddress") instanceof String reply)) return;
    if (!(raw.getValue("body") instanceof JsonObject body) || !(body.getValue("type") instanceof String type)) return;
    if (!AUDITED.contains(type)) return;
    s.audited.put(reply, new Pending(boardId, type, role.wire(), who.isStaff() ? who.subject() : null));
  }

  /** Called for each message to a socket: an ok reply to an audited send writes its entry. */
  void received(SocketState s, JsonObject raw) {
    if (s.audited.isEmpty() || !(raw.getValue("address") instanceof String address)) return;
    Pending p = s.audited.remove(address);
    if (p == null) return;
    if (!(raw.getValue("body") instanceof JsonObject body) || !Boolean.TRUE.equals(body.getValue("ok"))) return;
    log.add(new AuditLog.Entry(p.boardId(), p.action(), p.role(), null, s.address, clock.getAsLong(), null, p.user()))
        .onFailure(e -> LOG.warn("audit: entry {} of board {} not written: {}", p.action(), p.boardId(), LogSafe.describe(e)));
  }
}
