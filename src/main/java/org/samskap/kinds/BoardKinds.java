package org.samskap.kinds;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The board kinds this node serves, by wire name. */
public final class BoardKinds {
  private final Map<String, BoardKind> kinds = new LinkedHashMap<>();

  public BoardKinds(Collection<BoardKind> all) {
    for (BoardKind k : all) {
      if (kinds.put(k.name(), k) != null) throw new IllegalArgumentException("board kind " + k.name() + " given twice");
    }
  }

  public Optional<BoardKind> get(String name) {
    return Optional.ofNullable(kinds.get(name));
  }

  public BoardKind require(String name) {
    return get(name).orElseThrow(() -> new IllegalStateException("no board kind " + name));
  }

  public Collection<String> names() {
    return kinds.keySet();
  }
}
