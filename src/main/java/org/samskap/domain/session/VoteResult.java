package org.samskap.domain.session;

import java.util.List;
import java.util.Objects;

/** A closed voting session as it stays in the board's history (rule V6). */
public record VoteResult(String id, VoteSettings settings, long openedAt, long closedAt, int voters,
    List<Ranked> ranking) {
  public VoteResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(settings, "settings");
    ranking = List.copyOf(ranking);
  }
}
