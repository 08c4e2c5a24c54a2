package org.samskap.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.board.BoardMeta;
import org.samskap.domain.Role;
import org.samskap.testing.ForwardingBoardStore;
import org.samskap.testing.InMemoryBoardStore;
import org.samskap.util.Tokens;

/**
 * Rules A4 and A7: a token is verified by comparing its SHA-256 hash with the stored hashes
 * (with {@code MessageDigest.isEqual}, which takes the same time wherever the first difference is).
 */
class BoardAccessTest {
  final String facilitatorToken = Tokens.newToken();
  final String participantToken = Tokens.newToken();
  final BoardMeta meta;
  final CountingStore store = new CountingStore();

  BoardAccessTest() {
    Map<String, Role> hashes = new LinkedHashMap<>();
    hashes.put(Tokens.hash(facilitatorToken), Role.FACILITATOR);
    hashes.put(Tokens.hash(participantToken), Role.PARTICIPANT);
    meta = new BoardMeta("board-0001", "ideas", "Workshop", 1L, hashes);
    store.createBoard(meta);
  }

  /** The in-memory store, counting the lookups and failing them while {@code down}. */
  static final class CountingStore extends ForwardingBoardStore {
    final List<String> lookups = new ArrayList<>();
    boolean down;

    CountingStore() {
      super(new InMemoryBoardStore());
    }

    @Override public Future<Optional<BoardMeta>> findBoard(String boardId) {
      lookups.add(boardId);
      if (down) return Future.failedFuture(new IllegalStateException("database down"));
      return super.findBoard(boardId);
    }
  }

  static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  @Test
  @DisplayName("A7: each token opens its own role on its board")
  void A7_each_token_grants_its_role() throws Exception {
    BoardAccess access = new BoardAccess(store);
    assertEquals(Optional.of(Role.FACILITATOR), await(access.roleOf(meta.id(), facilitatorToken)));
    assertEquals(Optional.of(Role.PARTICIPANT), await(access.roleOf(meta.id(), participantToken)));
  }

  @Test
  @DisplayName("A4: a wrong token, the hash itself, a near miss, and an unknown board all give no role")
  void A4_wrong_tokens_and_unknown_boards_give_nothing() throws Exception {
    BoardAccess access = new BoardAccess(store);
    assertEquals(Optional.empty(), await(access.roleOf(meta.id(), Tokens.newToken())));
    assertEquals(Optional.empty(), await(access.roleOf(meta.id(), Tokens.hash(facilitatorToken))),
        "a leaked hash is not a token");
    String nearMiss = facilitatorToken.substring(0, facilitatorToken.length() - 1)
        + (facilitatorToken.endsWith("A") ? "B" : "A");
    assertEquals(Optional.empty(), await(access.roleOf(meta.id(), nearMiss)));
    assertEquals(Optional.empty(), await(access.roleOf("board-0002", facilitatorToken)),
        "an unknown board looks the same as a wrong token");
  }

  @Test
  @DisplayName("board metadata is looked up once and then cached; remember() fills the cache")
  void metadata_is_cached() throws Exception {
    BoardAccess access = new BoardAccess(store);
    for (int i = 0; i < 5; i++) await(access.roleOf(meta.id(), participantToken));
    assertEquals(List.of(meta.id()), store.lookups);
    BoardMeta fresh = new BoardMeta("board-0003", "ideas", "Ny", 2L, Map.of(Tokens.hash("t"), Role.PARTICIPANT));
    access.remember(fresh);
    assertEquals(Optional.of(Role.PARTICIPANT), await(access.roleOf("board-0003", "t")));
    assertEquals(List.of(meta.id()), store.lookups, "a remembered board needs no lookup");
  }

  @Test
  @DisplayName("a failed lookup fails the check and is not cached, so the next try asks the database again")
  void failed_lookups_are_not_cached() throws Exception {
    BoardAccess access = new BoardAccess(store);
    store.down = true;
    assertTrue(access.roleOf(meta.id(), participantToken).failed());
    store.down = false;
    assertEquals(Optional.of(Role.PARTICIPANT), await(access.roleOf(meta.id(), participantToken)));
    assertEquals(2, store.lookups.size());
  }
}
