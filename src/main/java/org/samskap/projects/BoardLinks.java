package org.samskap.projects;

import java.util.List;
import java.util.Optional;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import org.samskap.access.BoardAccess;
import org.samskap.board.BoardStore;
import org.samskap.domain.Reason;
import org.samskap.domain.Role;
import org.samskap.domain.projects.BoardRef;
import org.samskap.domain.projects.MemberRole;
import org.samskap.protocol.Addresses;
import org.samskap.protocol.Refused;
import org.samskap.util.Tokens;

/**
 * Rule PM10 (docs/API.md): a project member's own link to a board of the project. The board role
 * follows the project role; the board keeps only the token's hash, tagged with whom it was
 * given to, so a member holds at most one per board (asking again replaces it) and leaving the
 * project or a new role takes them all away. Every change is one atomic update of the board
 * document, after which every node forgets the board's cached tokens (as rule F9 does).
 */
public final class BoardLinks {
  /** The key of tokens given to whoever holds the owner token (no person: PJ8). */
  static final String OWNER_TOKEN = "owner-token";

  private final Vertx vertx;
  private final BoardStore store;
  private final BoardAccess access;

  public BoardLinks(Vertx vertx, BoardStore store, BoardAccess access) {
    this.vertx = vertx;
    this.store = store;
    this.access = access;
  }

  /** Rule PM10: the board role of a project role: owner and facilitator lead, member takes part, readonly watches; else none. */
  public static Optional<Role> boardRole(String projectRole) {
    return MemberRole.fromWire(projectRole).map(r -> switch (r) {
      case OWNER, FACILITATOR -> Role.FACILITATOR;
      case MEMBER -> Role.PARTICIPANT;
      case READONLY -> Role.OBSERVER;
    });
  }

  /** A minted link: the board role and the token (shown only now). */
  public record Minted(Role role, String token) {}

  /**
   * Rule PM10: a fresh token on {@code boardId} for the grant. Refused: 404 {@code not_found}
   * (not a board of this project, or gone), 403 {@code not_member} (an administrator who is not
   * a member), 503 when the database fails (the old link, if any, still works).
   */
  public Future<Minted> mint(ProjectRoles.Grant g, String boardId) {
    boolean ours = g.stored().project().boards().stream().anyMatch(b -> b.boardId().equals(boardId));
    if (!ours) return Future.failedFuture(new Refused(Reason.NOT_FOUND, "The project has no such board."));
    Optional<Role> role = boardRole(g.role());
    if (role.isEmpty()) {
      return Future.failedFuture(new Refused(Reason.NOT_MEMBER, "Only members get board links; an administrator joins the project first."));
    }
    String member = g.token() != null ? OWNER_TOKEN : person(g.who().subject());
    String token = Tokens.newToken();
    return store.putMemberToken(boardId, member, role.get(), Tokens.hash(token))
        .recover(e -> Future.failedFuture(new Refused(Reason.UNAVAILABLE, "The database is unavailable; try again.")))
        .compose(put -> {
          if (!put) return Future.failedFuture(new Refused(Reason.NOT_FOUND, "The board is gone."));
          forgetEverywhere(boardId);
          return Future.succeededFuture(new Minted(role.get(), token));
        });
  }

  /** Rule PM10: takes away every board token the person was given on the project's boards. */
  public Future<Void> revoke(List<BoardRef> boards, String subject) {
    List<String> ids = boards.stream().map(BoardRef::boardId).toList();
    return store.dropMemberTokens(ids, person(subject)).onSuccess(v -> ids.forEach(this::forgetEverywhere));
  }

  private static String person(String subject) {
    return "s:" + subject;
  }

  /** The tokens changed: this node and every other forget the board's cached metadata (F9's order, closing no socket). */
  private void forgetEverywhere(String boardId) {
    access.forget(boardId);
    vertx.eventBus().publish(Addresses.CLOSE_SOCKETS, new JsonObject().put("boardId", boardId).put("reason", Reason.LINK_REVOKED.code()));
  }
}
