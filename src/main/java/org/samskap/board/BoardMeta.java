package org.samskap.board;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.samskap.domain.Role;

/** What is known about a board before it is loaded: its kind and title, and the hashes of its tokens. */
public record BoardMeta(String id, String kind, String title, long createdAt, Map<String, Role> tokenHashes) {
  public BoardMeta {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    tokenHashes = Map.copyOf(tokenHashes);
  }

  /** The role a token hash grants on this board, if any. */
  public Optional<Role> roleOf(String tokenHash) {
    return Optional.ofNullable(tokenHashes.get(tokenHash));
  }
}
