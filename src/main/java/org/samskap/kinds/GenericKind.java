package org.samskap.kinds;

import java.util.Map;
import java.util.function.LongSupplier;

import org.samskap.domain.OpCatalog;

/**
 * A board kind made of its parts: name, op catalogue, text limits, rules and codec. Its boards
 * are {@link KindModel}s, so a kind writes no adapter of its own; {@code kinds/<kind>/} holds a
 * subclass that names the parts.
 */
public class GenericKind<S, O, E> implements BoardKind {
  private final String name;
  private final OpCatalog ops;
  private final Map<String, Integer> limits;
  private final KindRules<S, O, E> rules;
  private final KindCodec<S, O, E> codec;
  private final LongSupplier clock;

  /** {@code clock}: the server clock (ms) the rules get as {@code now}; injected for tests. */
  protected GenericKind(String name, OpCatalog ops, Map<String, Integer> limits, KindRules<S, O, E> rules,
      KindCodec<S, O, E> codec, LongSupplier clock) {
    this.name = name;
    this.ops = ops;
    this.limits = Map.copyOf(limits);
    this.rules = rules;
    this.codec = codec;
    this.clock = clock;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final BoardModel create(String title) {
    return new KindModel<>(name, ops, rules, codec, clock, rules.empty(title));
  }

  @Override
  public final BoardModel restore(String title, Map<String, Object> content) {
    return new KindModel<>(name, ops, rules, codec, clock, codec.decodeContent(title, content));
  }

  @Override
  public final Map<String, Integer> limits() {
    return limits;
  }

  @Override
  public final OpCatalog ops() {
    return ops;
  }
}
