package org.samskap.domain;

import java.util.Objects;
import java.util.Set;

/**
 * What one erasure of a participant asks (rule D8, docs/PROTOCOL.md): the member, the display
 * names they used on the board ({@code names}, which is never stored), the items only they can
 * see ({@code privateIds}, from silent mode), and whether their public items go too
 * ({@code alsoPublic}). A kind's rules turn it into a {@link MemberErased} that names item ids only.
 */
public record Erasure(String memberId, Set<String> names, Set<String> privateIds, boolean alsoPublic) {
  /** Rule D8: the name that stands where an erased participant's name was. */
  public static final String LABEL = "Slettet deltaker";

  public Erasure {
    Objects.requireNonNull(memberId, "memberId");
    if (memberId.isBlank()) throw new IllegalArgumentException("memberId must not be blank");
    names = Set.copyOf(names);
    privateIds = Set.copyOf(privateIds);
    if (names.contains(LABEL)) throw new IllegalArgumentException("names must not hold the erased label");
  }

  /** True when {@code author} is one of the erased member's names. */
  public boolean wrote(String author) {
    return author != null && names.contains(author);
  }

  /** True when the item goes: it is private to the member, or public and theirs and they asked for that. */
  public boolean removes(String itemId, String author) {
    return privateIds.contains(itemId) || (alsoPublic && wrote(author));
  }
}
