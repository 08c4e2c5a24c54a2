package org.samskap.bridge;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.vertx.core.Future;

import org.samskap.auth.Principal;
import org.samskap.domain.Role;
import org.samskap.util.RandomIds;

/** What the bridge knows of one open socket: its session, person, rate limit, boards, tokens and waiting requests. */
final class SocketState {
  final String sessionId = RandomIds.of(12);
  final RateLimiter limiter;
  final Set<String> boards = ConcurrentHashMap.newKeySet();
  /** board id -> the role this socket's token grants there (for closing a revoked link's sockets). */
  final Map<String, Role> roles = new ConcurrentHashMap<>();
  /** The client address (A8, T11) and whether this socket still holds one of its unauthenticated slots. */
  final String address;
  final AtomicBoolean holdsSlot = new AtomicBoolean(true);
  volatile long authTimer = -1;
  /** board id (or {@code pilot:<id>}) -> the token this socket was let in with there (A8). */
  final Map<String, String> tokens = new ConcurrentHashMap<>();
  /** Rule S9: who opened the socket, resolved once at open from its session cookie; anonymous without one. */
  volatile Future<Principal> principal = Future.succeededFuture(Principal.ANONYMOUS);
  /** Reply address -> the audit entry its ok reply writes (S10), for admitted sends that are audited. */
  final Map<String, BridgeAudit.Pending> audited = new ConcurrentHashMap<>();
  /** Reply addresses of this socket's admitted requests that have no reply yet (R7). */
  final Set<String> awaiting = ConcurrentHashMap.newKeySet();
  /** Reply addresses of this socket's ops that have no reply yet -> when they reached the bridge (ME3). */
  final Map<String, Long> opStarted = new ConcurrentHashMap<>();

  SocketState(RateLimiter limiter, String address) {
    this.limiter = limiter;
    this.address = address;
  }

  /** The last token this socket sent and its hash: a pure function of the token, so never stale. */
  private volatile String[] lastHash;

  /** {@link org.samskap.util.Tokens#hash} of {@code token}, computed once while the socket keeps sending it. */
  String hashOf(String token) {
    String[] last = lastHash;
    if (last != null && last[0].equals(token)) return last[1];
    String hash = org.samskap.util.Tokens.hash(token);
    lastHash = new String[] {token, hash};
    return hash;
  }

  boolean letInWith(String key, String token) {
    return token.equals(tokens.get(key));
  }
}
