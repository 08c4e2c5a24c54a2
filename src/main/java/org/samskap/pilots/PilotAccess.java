package org.samskap.pilots;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

import io.vertx.core.Future;

import org.samskap.access.BoardAccess;
import org.samskap.util.Tokens;
import org.samskap.domain.Role;

/**
 * Which role a token grants on a pilot: {@code editor} or {@code viewer} for the pilot's own
 * tokens (only their SHA-256 hashes are stored), and {@code editor} for the facilitator token of
 * the matrix board the pilot came from. An unknown pilot and a wrong token look the same.
 */
public final class PilotAccess {
  public static final String EDITOR = "editor";
  public static final String VIEWER = "viewer";

  private final PilotStore store;
  private final BoardAccess boards;

  public PilotAccess(PilotStore store, BoardAccess boards) {
    this.store = store;
    this.boards = boards;
  }

  /** A rotated link: the new token (shown once) and whether the request's own token was the old one. */
  public record Rotated(String token, boolean self) {}

  /**
   * Rule PL8: a new token for {@code role} (editor or viewer) of the pilot; the old one is
   * refused afterwards and the other role's token keeps working. Empty when the pilot's tokens
   * changed meanwhile (another rotation won).
   */
  public Future<Optional<Rotated>> rotate(PilotStore.Stored s, String role, String requestToken) {
    String oldHash = null;
    for (Map.Entry<String, String> e : s.tokenHashes().entrySet()) {
      if (e.getValue().equals(role)) oldHash = e.getKey();
    }
    if (oldHash == null) return Future.succeededFuture(Optional.empty());
    String token = Tokens.newToken();
    boolean self = requestToken != null && MessageDigest.isEqual(Tokens.hash(requestToken).getBytes(StandardCharsets.US_ASCII),
        oldHash.getBytes(StandardCharsets.US_ASCII));
    return store.replaceToken(s.pilot().id(), role, oldHash, Tokens.hash(token))
        .map(ok -> ok ? Optional.of(new Rotated(token, self)) : Optional.<Rotated>empty());
  }

  /** The pilot and the token's role on it, or empty. */
  public Future<Optional<Granted>> check(String pilotId, String token) {
    if (token == null || token.isEmpty()) return Future.succeededFuture(Optional.empty());
    return store.find(pilotId).compose(found -> {
      if (found.isEmpty()) return Future.succeededFuture(Optional.empty());
      PilotStore.Stored s = found.get();
      byte[] wanted = Tokens.hash(token).getBytes(StandardCharsets.US_ASCII);
      for (Map.Entry<String, String> e : s.tokenHashes().entrySet()) {
        if (MessageDigest.isEqual(wanted, e.getKey().getBytes(StandardCharsets.US_ASCII))) {
          return Future.succeededFuture(Optional.of(new Granted(s, e.getValue())));
        }
      }
      return boards.roleOf(s.pilot().provenance().matrixBoardId(), token).map(role -> role.filter(r -> r == Role.FACILITATOR)
          .map(r -> new Granted(s, EDITOR)));
    });
  }

  /** The stored pilot and the role the token grants. */
  public record Granted(PilotStore.Stored stored, String role) {
    public boolean editor() {
      return EDITOR.equals(role);
    }
  }
}
