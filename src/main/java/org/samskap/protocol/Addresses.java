package org.samskap.protocol;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Event-bus addresses of the public protocol (docs/PROTOCOL.md, rules A1 and A2). */
public final class Addresses {
  public static final String BOARD_ID_PATTERN = "[A-Za-z0-9_-]{8,64}";
  public static final Pattern OPS = Pattern.compile("board\\.(" + BOARD_ID_PATTERN + ")\\.ops");
  public static final Pattern EVENTS = Pattern.compile("board\\.(" + BOARD_ID_PATTERN + ")\\.events");
  private static final Pattern BOARD_ID = Pattern.compile(BOARD_ID_PATTERN);

  /** Internal: a board shard's activation address. Not reachable through the bridge. */
  public static String shard(int index) {
    return "samskap.shard." + index + ".activate";
  }

  /** Internal: answers refused bridge sends with a reason. Not reachable by clients. */
  public static final String REFUSALS = "samskap.refused";

  /**
   * Internal, published: every node's bridge closes the matching sockets, by
   * {@code {"sessionIds":[...]}} or {@code {"boardId","role"}}, with a {@code reason}. Not reachable by clients.
   */
  public static final String CLOSE_SOCKETS = "samskap.sockets.close";
  /**
   * Rule D8c: a board's writer asks here, after an erasure is stored, that what other features
   * keep of the member (history snapshots) is rewritten and the database file compacted
   * ({@code boards/ParticipantErasure}). Server-internal; the bridge never lets a client near it (A3).
   */
  public static final String ERASE_REMAINS = "samskap.erase.remains";

  private Addresses() {}

  public static String ops(String boardId) {
    return "board." + boardId + ".ops";
  }

  public static String events(String boardId) {
    return "board." + boardId + ".events";
  }

  public static boolean isBoardId(String s) {
    return s != null && BOARD_ID.matcher(s).matches();
  }

  /** The board id of an ops address, or null. */
  public static String boardOfOps(String address) {
    return group(OPS, address);
  }

  /** The board id of an events address, or null. */
  public static String boardOfEvents(String address) {
    return group(EVENTS, address);
  }

  private static String group(Pattern p, String address) {
    if (address == null) return null;
    Matcher m = p.matcher(address);
    return m.matches() ? m.group(1) : null;
  }
}
