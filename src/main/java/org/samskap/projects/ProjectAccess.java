package org.samskap.projects;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

import io.vertx.core.Future;

import org.samskap.access.BoardAccess;
import org.samskap.domain.Role;
import org.samskap.pilots.PilotAccess;
import org.samskap.util.Tokens;

/**
 * Rule PJ8: which role a token grants on a project. The project's owner token (only its SHA-256
 * hash is stored) grants {@code owner}. A project the start-up placement made for an existing
 * board or pilot (PJ11) has no owner token until one is made by rotation (PJ12): there, the
 * facilitator token of that board, or an editor token of that pilot, grants {@code owner}. An
 * unknown project and a wrong token look the same.
 */
public final class ProjectAccess {
  public static final String OWNER = "owner";
  static final String FROM_BOARD = "board:";
  static final String FROM_PILOT = "pilot:";

  private final ProjectStore store;
  private final BoardAccess boards;
  private final PilotAccess pilots;

  public ProjectAccess(ProjectStore store, BoardAccess boards, PilotAccess pilots) {
    this.store = store;
    this.boards = boards;
    this.pilots = pilots;
  }

  /** The stored project and the role the token grants. */
  public record Granted(ProjectStore.Stored stored, String role) {}

  public Future<Optional<Granted>> check(String projectId, String token) {
    if (token == null || token.isEmpty() || projectId == null) return Future.succeededFuture(Optional.empty());
    return store.find(projectId).compose(found -> {
      if (found.isEmpty()) return Future.succeededFuture(Optional.empty());
      ProjectStore.Stored s = found.get();
      byte[] wanted = Tokens.hash(token).getBytes(StandardCharsets.US_ASCII);
      for (Map.Entry<String, String> e : s.tokenHashes().entrySet()) {
        if (MessageDigest.isEqual(wanted, e.getKey().getBytes(StandardCharsets.US_ASCII))) {
          return Future.succeededFuture(Optional.of(new Granted(s, e.getValue())));
        }
      }
      String from = s.project().migratedFrom();
      if (from != null && from.startsWith(FROM_BOARD)) {
        return boards.roleOf(from.substring(FROM_BOARD.length()), token)
            .map(r -> r.filter(x -> x == Role.FACILITATOR).map(x -> new Granted(s, OWNER)));
      }
      if (from != null && from.startsWith(FROM_PILOT) && pilots != null) {
        return pilots.check(from.substring(FROM_PILOT.length()), token)
            .map(g -> g.filter(PilotAccess.Granted::editor).map(x -> new Granted(s, OWNER)));
      }
      return Future.succeededFuture(Optional.<Granted>empty());
    });
  }
}
