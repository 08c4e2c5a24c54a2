package org.samskap.kinds;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Inverse;

/**
 * A board kind's pure side, as the generic adapter ({@link KindModel}) uses it: the state
 * {@code S} of one board, its ops {@code O} and events {@code E}. Usually a thin bridge to the
 * kind's rules and state classes in {@code org.samskap.domain.<kind>}.
 */
public interface KindRules<S, O, E> {

  /** A new, empty board. */
  S empty(String title);

  String title(S board);

  /** Decides an op at {@code now} (server clock, ms): an event to apply, or a rejection. Changes nothing. */
  Decision<E> decide(S board, O op, Actor actor, long now);

  /** Applies an accepted (or stored) event. */
  void apply(S board, E event);

  /** True when {@code id} names an item that may get votes (rule V2). The default: nothing is votable. */
  default boolean hasTarget(S board, String id) {
    return false;
  }

  /**
   * Personal undo (docs/PROTOCOL.md U3): what {@code event} touches and the event-shaped op that
   * puts back what was there, from {@code before}, the board before the event is applied. The
   * kind's own pure logic lives in {@code domain/<kind>/}. The default: nothing of this kind is
   * undoable, and an event touches the items its op names in the catalogue.
   */
  default Inverse<E> inverse(S before, E event) {
    return null;
  }

  /**
   * Rule D8: what erasing a member removes and relabels on {@code board}, decided by the kind's
   * pure domain; changes nothing. The default, null, means this kind cannot erase, and the
   * erasure is refused.
   */
  default org.samskap.domain.MemberErased erase(S board, org.samskap.domain.Erasure erasure) {
    return null;
  }

  /** Rule D8: applies a decided (or stored) erasure. */
  default void applyErased(S board, org.samskap.domain.MemberErased erased) {
    throw new UnsupportedOperationException("this kind cannot erase a member");
  }
}
