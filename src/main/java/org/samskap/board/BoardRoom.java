package org.samskap.board;

import java.util.function.LongSupplier;
import java.util.function.Predicate;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import org.samskap.domain.Reason;
import org.samskap.domain.Role;
import org.samskap.kinds.Viewer;
import org.samskap.protocol.Addresses;
import org.samskap.protocol.SharedEvent;

/**
 * Who is on one board and what only they see go by: presence (J1, J5, E5), cursors (F7) and
 * removals (F8). Ephemeral: nothing here is stored. Owned by the board's writer and used
 * only on its event loop.
 */
final class BoardRoom {
  static final int MAX_NAME_CHARS = 60;
  static final long PRESENCE_EVERY_MS = 100;
  static final int PRESENCE_LIST_LIMIT = 50;

  private final Vertx vertx;
  private final String boardId;
  private final LongSupplier durableVersion;
  private final Presence presence = new Presence();
  private long presenceTimer;

  BoardRoom(Vertx vertx, String boardId, LongSupplier durableVersion) {
    this.vertx = vertx;
    this.boardId = boardId;
    this.durableVersion = durableVersion;
  }

  boolean isEmpty() {
    return presence.isEmpty();
  }

  JsonArray toJson() {
    return presence.toJson();
  }

  Presence.Member member(String session) {
    return presence.get(session);
  }

  /** Rule D7: the display names the member's sessions here use (non-empty ones). */
  java.util.Set<String> namesOf(String memberId) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    for (String s : presence.sessionsWhere(m -> m.memberId().equals(memberId))) {
      String n = presence.get(s).name();
      if (!n.isEmpty()) names.add(n);
    }
    return names;
  }

  /** Rule D8: the display names that members other than {@code memberId} use here now. */
  java.util.Set<String> namesOfOthers(String memberId) {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (String s : presence.sessionsWhere(m -> !m.memberId().equals(memberId))) names.add(presence.get(s).name());
    return names;
  }

  /** Rule D8: the erased member's sessions leave presence (their name with them); their session ids. */
  JsonArray erase(String memberId) {
    JsonArray gone = new JsonArray();
    for (String session : presence.sessionsWhere(m -> m.memberId().equals(memberId))) {
      presence.remove(session);
      gone.add(session);
    }
    if (!gone.isEmpty()) publish();
    return gone;
  }

  /**
   * A session enters as the member its key names (J1); null when that member was removed (F8).
   * {@code verifiedName}: rule S9, the signed-in person's name from the server, which replaces
   * the name in the body and marks the entry signed in; null for a guest.
   */
  MemberKeys.Identity enter(String session, JsonObject body, Role role, Predicate<String> admits, String verifiedName) {
    MemberKeys.Identity who = MemberKeys.identify(boardId, body.getValue("memberKey"));
    if (!admits.test(who.memberId())) return null;
    presence.put(session, who.memberId(), verifiedName != null ? verifiedName : name(body), role, verifiedName != null);
    publish();
    return who;
  }

  /**
   * Rule J9: a participant who is not here yet may not enter while maxMembers distinct members
   * are here. Members already here (another tab, a reconnect) and facilitators always may.
   */
  boolean full(JsonObject body, Role role, int maxMembers) {
    if (role == Role.FACILITATOR || presence.memberCount() < maxMembers) return false;
    return !presence.hasMember(MemberKeys.identify(boardId, body.getValue("memberKey")).memberId());
  }

  /** Renames a session that is here (a signed-in person keeps the verified name, S9); false if it is not. */
  boolean rename(String session, JsonObject body, String verifiedName) {
    if (!presence.rename(session, verifiedName != null ? verifiedName : name(body), verifiedName != null)) return false;
    publish();
    return true;
  }

  void leave(String session) {
    if (session != null && presence.remove(session)) publish();
  }

  /** Who a session is for what it may see: its member, or only itself before it joined. */
  Viewer viewer(String session, Role role) {
    Presence.Member m = presence.get(session);
    return new Viewer(m == null ? "s:" + session : m.memberId(), role);
  }

  void cursor(String session, double x, double y) {
    SharedEvent.publish(vertx, Addresses.events(boardId), new JsonObject()
        .put("type", "cursor").put("ephemeral", true).put("version", durableVersion.getAsLong())
        .put("sessionId", session).put("x", x).put("y", y));
  }

  /** Rule F8: sessions of members no longer admitted leave presence and their sockets are closed. */
  void evict(Predicate<String> admits) {
    JsonArray gone = new JsonArray();
    for (String session : presence.sessionsWhere(m -> !admits.test(m.memberId()))) {
      presence.remove(session);
      gone.add(session);
    }
    if (gone.isEmpty()) return;
    vertx.eventBus().publish(Addresses.CLOSE_SOCKETS, new JsonObject().put("sessionIds", gone).put("reason", Reason.REMOVED.code()));
    publish();
  }

  /**
   * Rule E5: presence changes are coalesced into at most one event per {@link #PRESENCE_EVERY_MS},
   * and the member list is sent only while it is short, so a join storm of a thousand clients
   * costs a few small events per socket instead of a thousand growing lists each.
   */
  void publish() {
    if (presenceTimer != 0) return;
    presenceTimer = vertx.setTimer(PRESENCE_EVERY_MS, t -> {
      presenceTimer = 0;
      JsonObject ev = new JsonObject().put("type", "presence").put("ephemeral", true)
          .put("version", durableVersion.getAsLong()).put("count", presence.size());
      if (presence.size() <= PRESENCE_LIST_LIMIT) ev.put("members", presence.toJson());
      SharedEvent.publish(vertx, Addresses.events(boardId), ev); // E6
    });
  }

  /**
   * Rule S9: the verified name of a signed-in sender, from the headers only the server sets
   * (A5); null for a guest (or a signed-in person whose provider gave neither name nor email).
   */
  static String verifiedName(io.vertx.core.MultiMap headers) {
    String user = headers.get(org.samskap.protocol.Headers.USER);
    String name = headers.get(org.samskap.protocol.Headers.USER_NAME);
    if (user == null || user.isEmpty() || name == null || name.isBlank()) return null;
    String trimmed = name.strip();
    return trimmed.codePointCount(0, trimmed.length()) > MAX_NAME_CHARS
        ? trimmed.substring(0, trimmed.offsetByCodePoints(0, MAX_NAME_CHARS)) : trimmed;
  }

  /** The display name a body asks for, trimmed and cut to {@link #MAX_NAME_CHARS} characters. */
  static String name(JsonObject body) {
    Object v = body.getValue("name");
    if (!(v instanceof String s)) return "";
    String trimmed = s.strip();
    return trimmed.codePointCount(0, trimmed.length()) > MAX_NAME_CHARS
        ? trimmed.substring(0, trimmed.offsetByCodePoints(0, MAX_NAME_CHARS))
        : trimmed;
  }
}
