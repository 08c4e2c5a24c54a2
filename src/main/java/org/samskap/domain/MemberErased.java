package org.samskap.domain;

import java.util.List;
import java.util.Objects;

/**
 * The stored event of an erasure (rule D8, {@code member.erased}): the member, the items removed
 * and the items whose author became {@link Erasure#LABEL}. It names ids only, never a name or a
 * text, so applying it again (a replay) gives the same board and the event itself holds nothing
 * to erase.
 */
public record MemberErased(String memberId, List<String> removed, List<String> relabelled, boolean alsoPublic) {
  public static final String TYPE = "member.erased";

  public MemberErased {
    Objects.requireNonNull(memberId, "memberId");
    removed = List.copyOf(removed);
    relabelled = List.copyOf(relabelled);
  }

  /** Every item the erasure touched (undo drops the steps on them, U11). */
  public List<String> touched() {
    java.util.ArrayList<String> all = new java.util.ArrayList<>(removed);
    all.addAll(relabelled);
    return List.copyOf(all);
  }
}
