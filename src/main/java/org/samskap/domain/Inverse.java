package org.samskap.domain;

import java.util.List;
import java.util.Objects;

/**
 * What one accepted event changed, for personal undo (docs/PROTOCOL.md U1-U9): the things it
 * touched ({@code keys}: an item id for the whole item, or {@code id#field} for one property of
 * it) and the event-shaped op that puts back what was there before ({@code op}), or null when
 * the change cannot be undone (U2). Computed by the kind from the board as it was before the
 * event (U3).
 */
public record Inverse<E>(E op, List<String> keys) {
  public Inverse {
    Objects.requireNonNull(keys, "keys");
    keys = List.copyOf(keys);
    for (String k : keys) {
      if (k.isBlank()) throw new IllegalArgumentException("an undo key is blank");
    }
  }

  /** Undoable: {@code op} restores what the change touched. */
  public static <E> Inverse<E> of(E op, String... keys) {
    return new Inverse<>(Objects.requireNonNull(op, "op"), List.of(keys));
  }

  /** Not undoable, but it touched {@code keys} (an undo of someone else's change to them is skipped, U5). */
  public static <E> Inverse<E> none(List<String> keys) {
    return new Inverse<>(null, keys);
  }

  /** The key of one property of an item. */
  public static String key(String itemId, String field) {
    return itemId + "#" + field;
  }
}
