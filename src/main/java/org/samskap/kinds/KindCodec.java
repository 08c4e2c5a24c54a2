package org.samskap.kinds;

import java.util.Map;

import org.samskap.protocol.DecodeException;

/**
 * A board kind's wire side, as the generic adapter ({@link KindModel}) uses it: ops from plain
 * maps, events and content to plain maps (the same maps go to the wire as JSON and to the
 * database as BSON), and what others may see of an event.
 */
public interface KindCodec<S, O, E> {

  /** Reads an op of a type the kind's catalogue has; a bad field is a {@link DecodeException} naming it. */
  O decodeOp(String type, Map<String, Object> body) throws DecodeException;

  /** The event's type and changed fields. */
  Map<String, Object> encodeEvent(E event);

  /** Reads back an event this codec encoded (from storage). */
  E decodeEvent(Map<String, Object> event);

  /** Rebuilds a board from stored (or imported) content. */
  S decodeContent(String title, Map<String, Object> content);

  /** Writes the board's content as {@code viewer} may see it ({@link Viewer#STORAGE} sees all). */
  void encodeContent(S board, Viewer viewer, Map<String, Object> into);

  /** See {@link BoardModel#publicEvent}. The default: everyone sees the event as it is. */
  default Map<String, Object> publicEvent(S board, Map<String, Object> event) {
    return event;
  }

  /**
   * See {@link BoardModel#viewClass}: a key equal for viewers who get the same content of this
   * board now, or null when this viewer's content is their own. The default, null, never shares.
   */
  default Object viewClass(S board, Viewer viewer) {
    return null;
  }

  /** See {@link BoardModel#replyFields}. The default: none. */
  default Map<String, Object> replyFields(Map<String, Object> event) {
    return Map.of();
  }

  /**
   * An undo's op (docs/PROTOCOL.md U3) as the wire op {@link #decodeOp} reads back. The default:
   * the event encoding, for kinds whose event-shaped ops carry the same fields as the op.
   */
  default Map<String, Object> encodeInverse(E op) {
    return encodeEvent(op);
  }
}
