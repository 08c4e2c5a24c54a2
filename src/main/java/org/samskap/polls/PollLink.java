package org.samskap.polls;

import java.util.Objects;

/**
 * A voter link of a poll, stored by the SHA-256 hash of its token (rule P3). {@code kind} is
 * {@code invite} (one voter), {@code shared} (a link that hands each device its own token) or
 * {@code device} (a token handed out by the shared link {@code parent}).
 */
public record PollLink(String id, String pollId, String kind, String parent, String hash, boolean revoked) {
  public static final String INVITE = "invite";
  public static final String SHARED = "shared";
  public static final String DEVICE = "device";

  public PollLink {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pollId, "pollId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(hash, "hash");
  }

  /** True for a link that may vote itself (not the shared link, which only hands out tokens). */
  public boolean votes() {
    return !SHARED.equals(kind);
  }
}
