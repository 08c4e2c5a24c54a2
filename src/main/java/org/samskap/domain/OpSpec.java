package org.samskap.domain;

import java.util.List;
import java.util.Objects;

/**
 * One op of a board kind as the session layer sees it (docs/PROTOCOL.md F2, F5): its wire
 * type, its {@link OpCategory}, the fields of its body and event that name items of the board
 * (checked against private items), whether the item it creates is kept private in silent mode
 * (its id is then in the first item field of the event), and whether it removes its items.
 */
public record OpSpec(String type, OpCategory category, List<String> itemFields, boolean createsPrivate, boolean removes) {

  public OpSpec {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(category, "category");
    if (!type.matches("[a-z]+\\.[a-z]+")) throw new IllegalArgumentException("op type must look like 'item.verb', was '" + type + "'");
    itemFields = List.copyOf(itemFields);
    for (String f : itemFields) {
      if (f.isBlank()) throw new IllegalArgumentException("op " + type + ": an item field is blank");
    }
    if (createsPrivate && itemFields.isEmpty()) {
      throw new IllegalArgumentException("op " + type + ": a private item needs the field of its id");
    }
    if (createsPrivate && removes) throw new IllegalArgumentException("op " + type + ": cannot both create and remove");
  }

  public static OpSpec of(String type, OpCategory category, String... itemFields) {
    return new OpSpec(type, category, List.of(itemFields), false, false);
  }

  /** This op, creating an item that silent mode keeps private to its author (F5). */
  public OpSpec privateInSilence() {
    return new OpSpec(type, category, itemFields, true, removes);
  }

  /** This op, removing the items it names (their votes and private marks go with them). */
  public OpSpec removing() {
    return new OpSpec(type, category, itemFields, createsPrivate, true);
  }
}
