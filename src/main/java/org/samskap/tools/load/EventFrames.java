package org.samskap.tools.load;

import java.nio.charset.StandardCharsets;

/**
 * Reads what the load tool needs from a received bridge frame without building a JSON tree
 * (issue 21): whether the frame is an event (type {@code rec} on a {@code board.} address) and,
 * if so, the {@code clientOpId} of its body. One pass over the bytes that follows strings,
 * escapes and nesting, so a {@code clientOpId} nested deeper in the body, or text that merely
 * contains the word, is not taken for the op's. Replies and errors are left to the JSON parser.
 */
final class EventFrames {
  /** What a frame is: an event or not, and the body's {@code clientOpId} (null: none). */
  record Scan(boolean event, String clientOpId) {}

  static final Scan NOT_EVENT = new Scan(false, null);
  static final Scan EVENT_WITHOUT_ID = new Scan(true, null);

  private static final byte[] TYPE = bytes("type");
  private static final byte[] ADDRESS = bytes("address");
  private static final byte[] BODY = bytes("body");
  private static final byte[] CLIENT_OP_ID = bytes("clientOpId");
  private static final byte[] REC = bytes("rec");
  private static final byte[] BOARD = bytes("board.");

  private static final int OTHER = 0;
  private static final int KEY_TYPE = 1;
  private static final int KEY_ADDRESS = 2;
  private static final int KEY_BODY = 3;

  private EventFrames() {}

  static Scan scan(byte[] frame) {
    return scan(frame, 0, frame.length);
  }

  /** Scans {@code frame[from, to)}; a frame that is not well formed is {@link #NOT_EVENT}. */
  static Scan scan(byte[] b, int from, int to) {
    try {
      return scanOrThrow(b, from, to);
    } catch (IllegalArgumentException badEscape) {
      return NOT_EVENT;
    }
  }

  private static Scan scanOrThrow(byte[] b, int from, int to) {
    int depth = 0;
    int key1 = OTHER; // the last key seen at the envelope's level
    boolean inBody = false;
    boolean rec = false;
    boolean board = false;
    String opId = null;
    int i = from;
    while (i < to) {
      byte c = b[i];
      if (c == '"') {
        int end = stringEnd(b, i + 1, to);
        if (end < 0) return NOT_EVENT;
        int next = skipSpace(b, end + 1, to);
        if (next >= to || b[next] != ':') { // a value we have no use for
          i = end + 1;
          continue;
        }
        int keyStart = i + 1;
        int v = skipSpace(b, next + 1, to);
        if (v >= to) return NOT_EVENT;
        if (depth == 1) {
          key1 = same(b, keyStart, end, TYPE) ? KEY_TYPE : same(b, keyStart, end, ADDRESS) ? KEY_ADDRESS
              : same(b, keyStart, end, BODY) ? KEY_BODY : OTHER;
          if (key1 == KEY_TYPE || key1 == KEY_ADDRESS) {
            if (b[v] != '"') return NOT_EVENT;
            int vEnd = stringEnd(b, v + 1, to);
            if (vEnd < 0) return NOT_EVENT;
            if (key1 == KEY_TYPE) {
              if (!same(b, v + 1, vEnd, REC)) return NOT_EVENT;
              rec = true;
            } else {
              if (!startsWith(b, v + 1, vEnd, BOARD)) return NOT_EVENT;
              board = true;
            }
            if (rec && board && opId != null) return new Scan(true, opId);
            i = vEnd + 1;
            continue;
          }
        } else if (depth == 2 && inBody && opId == null && same(b, keyStart, end, CLIENT_OP_ID) && b[v] == '"') {
          int vEnd = stringEnd(b, v + 1, to);
          if (vEnd < 0) return NOT_EVENT;
          opId = string(b, v + 1, vEnd);
          if (rec && board) return new Scan(true, opId);
          i = vEnd + 1;
          continue;
        }
        i = v;
        continue;
      }
      if (c == '{' || c == '[') {
        depth++;
        if (depth == 2) inBody = c == '{' && key1 == KEY_BODY;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == 1) inBody = false;
      }
      i++;
    }
    if (!rec || !board) return NOT_EVENT;
    return opId == null ? EVENT_WITHOUT_ID : new Scan(true, opId);
  }

  /** The index of the quote that ends the string whose content starts at {@code i}, or -1. */
  private static int stringEnd(byte[] b, int i, int to) {
    while (i < to) {
      byte c = b[i];
      if (c == '"') return i;
      i += c == '\\' ? 2 : 1;
    }
    return -1;
  }

  private static int skipSpace(byte[] b, int i, int to) {
    while (i < to && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) i++;
    return i;
  }

  private static boolean hasEscape(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) if (b[i] == '\\') return true;
    return false;
  }

  /** Whether the JSON string content {@code b[from, to)} is {@code lit} (plain ASCII). */
  private static boolean same(byte[] b, int from, int to, byte[] lit) {
    if (hasEscape(b, from, to)) return string(b, from, to).equals(new String(lit, StandardCharsets.US_ASCII));
    if (to - from != lit.length) return false;
    for (int k = 0; k < lit.length; k++) if (b[from + k] != lit[k]) return false;
    return true;
  }

  private static boolean startsWith(byte[] b, int from, int to, byte[] lit) {
    if (hasEscape(b, from, to)) return string(b, from, to).startsWith(new String(lit, StandardCharsets.US_ASCII));
    if (to - from < lit.length) return false;
    for (int k = 0; k < lit.length; k++) if (b[from + k] != lit[k]) return false;
    return true;
  }

  /** The JSON string content {@code b[from, to)} (UTF-8, escapes resolved) as a Java string. */
  static String string(byte[] b, int from, int to) {
    if (!hasEscape(b, from, to)) return new String(b, from, to - from, StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(to - from);
    int run = from;
    int i = from;
    while (i < to) {
      if (b[i] != '\\') {
        i++;
        continue;
      }
      sb.append(new String(b, run, i - run, StandardCharsets.UTF_8));
      if (i + 1 >= to) throw new IllegalArgumentException("escape at the end of a string");
      byte e = b[i + 1];
      switch (e) {
        case '"', '\\', '/' -> sb.append((char) e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          if (i + 6 > to) throw new IllegalArgumentException("short \\u escape");
          sb.append((char) Integer.parseInt(new String(b, i + 2, 4, StandardCharsets.US_ASCII), 16));
          i += 4;
        }
        default -> throw new IllegalArgumentException("bad escape \\" + (char) e);
      }
      i += 2;
      run = i;
    }
    sb.append(new String(b, run, to - run, StandardCharsets.UTF_8));
    return sb.toString();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
