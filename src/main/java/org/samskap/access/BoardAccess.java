package org.samskap.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.Future;

import org.samskap.board.BoardMeta;
import org.samskap.board.BoardStore;
import org.samskap.domain.Role;
import org.samskap.util.Tokens;

/**
 * Answers "which role does this token grant on this board?" for the bridge, on every
 * register and send. Board metadata is cached (a token changes only through {@link #forget}); a failed lookup is not.
 */
public final class BoardAccess {
  static final int MAX_CACHED = 50_000;

  private final BoardStore store;
  private final Map<String, Future<Optional<BoardMeta>>> cache = new ConcurrentHashMap<>();
  /** Rule D2: boards known to be deleted (a delete is for good, so this is never forgotten, only capped). */
  private final java.util.Set<String> gone = ConcurrentHashMap.newKeySet();

  public BoardAccess(BoardStore store) {
    this.store = store;
  }

  /** The role, or empty for an unknown board or a wrong token (the caller cannot tell which). */
  public Future<Optional<Role>> roleOf(String boardId, String token) {
    return roleOfHash(boardId, Tokens.hash(token));
  }

  /**
   * As {@link #roleOf} for a token already hashed ({@link Tokens#hash}): the bridge keeps each
   * socket's last hash, so a socket that sends many ops hashes its token once. The hash is
   * compared with the board's current tokens on every call, so a rotated or revoked token
   * stops working at once (F9, A4), whatever was hashed before.
   */
  public Future<Optional<Role>> roleOfHash(String boardId, String tokenHash) {
    return meta(boardId).map(m -> m.flatMap(meta -> matching(meta, tokenHash)));
  }

  /** The board's kind, if the board exists. */
  public Future<Optional<String>> kindOf(String boardId) {
    return meta(boardId).map(m -> m.map(BoardMeta::kind));
  }

  /**
   * Rule D2: true when the board was deleted, so a use of it is answered {@code not_found}
   * rather than as a wrong token. Ask only after {@link #roleOf} found no role.
   */
  public Future<Boolean> gone(String boardId) {
    if (gone.contains(boardId)) return Future.succeededFuture(true);
    return store.deleted(boardId).map(d -> {
      if (d) markGone(boardId);
      return d;
    });
  }

  /** Rule D2: the board was deleted on this node; its metadata is dropped. */
  public void markGone(String boardId) {
    if (gone.size() >= MAX_CACHED) gone.clear();
    gone.add(boardId);
    cache.remove(boardId);
  }

  /** Drops the cached metadata (its tokens changed, rule F9); the next lookup reads the database. */
  public void forget(String boardId) {
    cache.remove(boardId);
  }

  public void remember(BoardMeta meta) {
    cache.put(meta.id(), Future.succeededFuture(Optional.of(meta)));
  }

  private Future<Optional<BoardMeta>> meta(String boardId) {
    Future<Optional<BoardMeta>> cached = cache.get(boardId);
    if (cached != null) return cached;
    if (cache.size() >= MAX_CACHED) cache.clear();
    Future<Optional<BoardMeta>> lookup = store.findBoard(boardId);
    cache.put(boardId, lookup);
    lookup.onFailure(e -> cache.remove(boardId, lookup));
    return lookup;
  }

  private static Optional<Role> matching(BoardMeta meta, String hash) {
    byte[] wanted = hash.getBytes(StandardCharsets.US_ASCII);
    for (Map.Entry<String, Role> e : meta.tokenHashes().entrySet()) {
      if (MessageDigest.isEqual(wanted, e.getKey().getBytes(StandardCharsets.US_ASCII))) return Optional.of(e.getValue());
    }
    return Optional.empty();
  }
}
