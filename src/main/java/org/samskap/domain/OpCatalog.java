package org.samskap.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ops of a board kind (docs/PROTOCOL.md F2): by wire type, in the order the kind declares
 * them. The session layer asks it for an op's category and the items it names; the same
 * catalogue goes to the browser in the join reply ({@code ops}), so the client's gate and the
 * server's rule come from one source. An op that is not in the catalogue does not exist.
 */
public final class OpCatalog {
  private final Map<String, OpSpec> ops;

  private OpCatalog(Map<String, OpSpec> ops) {
    this.ops = Collections.unmodifiableMap(ops);
  }

  public static OpCatalog of(OpSpec... specs) {
    return of(List.of(specs));
  }

  public static OpCatalog of(Collection<OpSpec> specs) {
    Map<String, OpSpec> m = new LinkedHashMap<>();
    for (OpSpec s : specs) {
      if (m.put(s.type(), s) != null) throw new IllegalArgumentException("op " + s.type() + " given twice");
    }
    return new OpCatalog(m);
  }

  /** This catalogue and then {@code more}; a type in both is a mistake. */
  public OpCatalog plus(OpCatalog more) {
    List<OpSpec> all = new ArrayList<>(ops.values());
    all.addAll(more.ops.values());
    return of(all);
  }

  /** The op of this type, or null when the kind has none. */
  public OpSpec get(String type) {
    return ops.get(type);
  }

  public boolean has(String type) {
    return ops.containsKey(type);
  }

  public Collection<OpSpec> all() {
    return ops.values();
  }

  /** The ids of board items an op or event of this type names, in the order of its item fields (a list field names each of its ids). */
  public List<String> itemIds(String type, Map<String, Object> body) {
    OpSpec spec = ops.get(type);
    if (spec == null) return List.of();
    List<String> out = new ArrayList<>(spec.itemFields().size());
    for (String f : spec.itemFields()) {
      if (body.get(f) instanceof String s) out.add(s);
      else if (body.get(f) instanceof Iterable<?> list) for (Object o : list) if (o instanceof String s) out.add(s);
    }
    return out;
  }

  /** The catalogue as the browser gets it: op type → category wire name. */
  public Map<String, Object> wire() {
    Map<String, Object> out = new LinkedHashMap<>();
    ops.forEach((type, spec) -> out.put(type, spec.category().wire()));
    return out;
  }
}
