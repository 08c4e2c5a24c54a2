package org.samskap.kinds;

import java.util.Map;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;

/**
 * The live state of one board of some kind, as its single writer holds it. An adapter:
 * it decodes wire ops, asks the kind's pure rules, applies accepted events to the pure
 * state, and encodes events and content as plain maps (the same maps go to the wire as
 * JSON and to the database as BSON).
 *
 * <p>The board runtime ({@code org.samskap.board}) only ever talks to this interface. Every
 * kind's boards are the one generic {@link KindModel}; a new kind names its parts in a
 * {@link GenericKind} and registers a {@link KindModule} in {@link KindRegistry}.
 */
public interface BoardModel {

  String kind();

  String title();

  /**
   * Decodes and decides one mutating op. On acceptance the event is already applied to this
   * model and returned encoded ({@code type} plus changed fields). On rejection nothing
   * changed (rule R5). Malformed fields are rejections with reason {@code bad_request} or
   * {@code unknown_op}, never exceptions.
   */
  Decision<Map<String, Object>> decide(String type, Map<String, Object> body, Actor actor);

  /**
   * {@link #decide(String, Map, Actor)}, and on acceptance tells {@code undo} what the event
   * touched and how to put it back (docs/PROTOCOL.md U3). A model that knows nothing of undo
   * tells nothing, which makes the change not undoable.
   */
  default Decision<Map<String, Object>> decide(String type, Map<String, Object> body, Actor actor, UndoSink undo) {
    return decide(type, body, actor);
  }

  /** Applies an event read back from storage (rebuilding state after a snapshot). */
  void replay(Map<String, Object> event);

  /** The kind-specific content of a snapshot as {@code viewer} may see it ({@link Viewer#STORAGE} sees all). */
  Map<String, Object> content(Viewer viewer);

  /**
   * A key that is equal for two viewers who get the same {@link #content(Viewer)} of this
   * board as it is now, so one encoding of it can serve both (a join storm encodes a big board
   * once per version and view class, docs/PROTOCOL.md [T9]); null when this viewer's content is
   * their own (a private note, their own scores or votes). The default, null, never shares.
   */
  default Object viewClass(Viewer viewer) {
    return null;
  }

  /**
   * The event as it is published to everyone on the board's events address. The default is
   * the event itself. A kind that keeps something private until later (e.g. a silently
   * written note) returns a redacted copy; the author then gets the full event in the reply
   * (field {@code event}), and a catch-up over a redacted event answers with a snapshot
   * built by {@link #content(Viewer)} for the asking member.
   */
  default Map<String, Object> publicEvent(Map<String, Object> event) {
    return event;
  }

  /** Fields of an accepted event that its reply repeats, e.g. the id the server assigned. */
  default Map<String, Object> replyFields(Map<String, Object> event) {
    return Map.of();
  }

  /**
   * True when {@code id} names an item of this board that may get votes (rule V2), e.g. a
   * note on an idea board. The default: nothing is votable.
   */
  default boolean hasTarget(String id) {
    return false;
  }

  /** False when the facilitator has hidden cursors, so cursor moves are not shared (rule F7). */
  default boolean cursorsShared() {
    return true;
  }

  /** False for a member the facilitator removed from the board (rule F8). */
  default boolean admits(String memberId) {
    return true;
  }

  /**
   * Rule D8 (docs/PROTOCOL.md): erases a member. On success the erasure is applied to this
   * model and its stored event ({@code member.erased}, {@link MemberErasure}) returned; null
   * when this kind cannot erase (nothing changed).
   */
  default Map<String, Object> erase(org.samskap.domain.Erasure erasure) {
    return null;
  }
}
