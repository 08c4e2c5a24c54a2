package org.samskap.board;

import java.util.LinkedHashMap;
import java.util.Map;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import org.samskap.domain.Role;

/** Who is on a board now. Ephemeral: never stored (rule E3). */
final class Presence {
  /**
   * {@code signedIn}: rule S9, the name is the verified name of a signed-in person (set by the
   * server from the socket's session, never from the client's body).
   */
  record Member(String sessionId, String memberId, String name, Role role, boolean signedIn) {
    Member(String sessionId, String memberId, String name, Role role) {
      this(sessionId, memberId, name, role, false);
    }
  }

  private final Map<String, Member> members = new LinkedHashMap<>();
  /** Sessions per member id, so the member limit (J9) counts people, not tabs. */
  private final Map<String, Integer> sessionsOf = new java.util.HashMap<>();

  void put(String sessionId, String name, Role role) {
    put(sessionId, "", name, role);
  }

  void put(String sessionId, String memberId, String name, Role role) {
    put(sessionId, memberId, name, role, false);
  }

  void put(String sessionId, String memberId, String name, Role role, boolean signedIn) {
    Member old = members.put(sessionId, new Member(sessionId, memberId, name, role, signedIn));
    if (old != null) forget(old.memberId());
    sessionsOf.merge(memberId, 1, Integer::sum);
  }

  private void forget(String memberId) {
    sessionsOf.computeIfPresent(memberId, (k, n) -> n == 1 ? null : n - 1);
  }

  /** How many distinct members have a session here. */
  int memberCount() {
    return sessionsOf.size();
  }

  boolean hasMember(String memberId) {
    return sessionsOf.containsKey(memberId);
  }

  /** Renames a session that is here; false if it is not. */
  boolean rename(String sessionId, String name) {
    return rename(sessionId, name, false);
  }

  /** Renames a session that is here, as a signed-in person's verified name or a guest's chosen one (S9). */
  boolean rename(String sessionId, String name, boolean signedIn) {
    Member m = members.get(sessionId);
    if (m == null) return false;
    members.put(sessionId, new Member(sessionId, m.memberId(), name, m.role(), signedIn));
    return true;
  }

  boolean remove(String sessionId) {
    Member old = members.remove(sessionId);
    if (old == null) return false;
    forget(old.memberId());
    return true;
  }

  Member get(String sessionId) {
    return members.get(sessionId);
  }

  int size() {
    return members.size();
  }

  boolean isEmpty() {
    return members.isEmpty();
  }

  JsonArray toJson() {
    JsonArray a = new JsonArray();
    for (Member m : members.values()) {
      a.add(new JsonObject().put("sessionId", m.sessionId()).put("memberId", m.memberId()).put("name", m.name()).put("role", m.role().wire())
          .put("signedIn", m.signedIn()));
    }
    return a;
  }

  /** Session ids of the members that match. */
  java.util.List<String> sessionsWhere(java.util.function.Predicate<Member> test) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (Member m : members.values()) if (test.test(m)) out.add(m.sessionId());
    return out;
  }
}
