package org.samskap.kinds;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Inverse;
import org.samskap.domain.OpCatalog;
import org.samskap.domain.Reason;
import org.samskap.protocol.DecodeException;

/**
 * The one adapter between the board runtime and a kind (docs/ARCHITECTURE.md, "Board kinds"):
 * it refuses an op the kind's catalogue lacks, decodes the op with the kind's codec, asks the
 * kind's rules, applies the accepted event to the board's state and encodes it.
 */
final class KindModel<S, O, E> implements BoardModel {
  private final String kind;
  private final OpCatalog ops;
  private final KindRules<S, O, E> rules;
  private final KindCodec<S, O, E> codec;
  private final LongSupplier clock;
  private final S board;

  KindModel(String kind, OpCatalog ops, KindRules<S, O, E> rules, KindCodec<S, O, E> codec, LongSupplier clock, S board) {
    this.kind = kind;
    this.ops = ops;
    this.rules = rules;
    this.codec = codec;
    this.clock = clock;
    this.board = board;
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public String title() {
    return rules.title(board);
  }

  @Override
  public Decision<Map<String, Object>> decide(String type, Map<String, Object> body, Actor actor) {
    return decide(type, body, actor, null);
  }

  /** U3: the inverse is taken from the board before the event is applied. */
  @Override
  public Decision<Map<String, Object>> decide(String type, Map<String, Object> body, Actor actor, UndoSink undo) {
    if (!ops.has(type)) return Decision.reject(Reason.UNKNOWN_OP, "Unknown op '" + type + "'.");
    O op;
    try {
      op = codec.decodeOp(type, body);
    } catch (DecodeException e) {
      return new Decision.Rejected<>(e.rejection());
    }
    Decision<E> decision = rules.decide(board, op, actor, clock.getAsLong());
    if (decision instanceof Decision.Rejected<E> r) return new Decision.Rejected<>(r.rejection());
    E event = ((Decision.Accepted<E>) decision).event();
    Inverse<E> inverse = undo == null ? null : rules.inverse(board, event);
    rules.apply(board, event);
    Map<String, Object> encoded = codec.encodeEvent(event);
    if (undo != null) {
      if (inverse == null) undo.changed(ops.itemIds(type, encoded), null);
      else undo.changed(inverse.keys(), inverse.op() == null ? null : codec.encodeInverse(inverse.op()));
    }
    return Decision.accept(encoded);
  }

  @Override
  public void replay(Map<String, Object> event) {
    if (MemberErasure.is(event)) rules.applyErased(board, MemberErasure.decode(event));
    else rules.apply(board, codec.decodeEvent(event));
  }

  /** Rule D8: the kind's pure rules decide and apply the erasure. */
  @Override
  public Map<String, Object> erase(org.samskap.domain.Erasure erasure) {
    org.samskap.domain.MemberErased erased = rules.erase(board, erasure);
    if (erased == null) return null;
    rules.applyErased(board, erased);
    return MemberErasure.encode(erased);
  }

  @Override
  public Map<String, Object> content(Viewer viewer) {
    Map<String, Object> content = new LinkedHashMap<>();
    codec.encodeContent(board, viewer, content);
    return content;
  }

  @Override
  public Object viewClass(Viewer viewer) {
    return codec.viewClass(board, viewer);
  }

  @Override
  public Map<String, Object> publicEvent(Map<String, Object> event) {
    return codec.publicEvent(board, event);
  }

  @Override
  public Map<String, Object> replyFields(Map<String, Object> event) {
    return codec.replyFields(event);
  }

  @Override
  public boolean hasTarget(String id) {
    return rules.hasTarget(board, id);
  }
}
