package org.samskap.board;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.samskap.domain.Role;

/**
 * What is known about a board before it is loaded: its kind and title, the hashes of its tokens,
 * and the project and phase it belongs to (docs/PROTOCOL.md PJ6; null and 0 for a board made
 * before projects, until the start-up placement PJ11 puts it in one).
 */
public record BoardMeta(String id, String kind, String title, long createdAt, Map<String, Role> tokenHashes,
    String projectId, int phase) {
  public BoardMeta {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    tokenHashes = Map.copyOf(tokenHashes);
  }

  /** A board outside any project. */
  public BoardMeta(String id, String kind, String title, long createdAt, Map<String, Role> tokenHashes) {
    this(id, kind, title, createdAt, tokenHashes, null, 0);
  }

  /** The role a token hash grants on this board, if any. */
  public Optional<Role> roleOf(String tokenHash) {
    return Optional.ofNullable(tokenHashes.get(tokenHash));
  }
}
