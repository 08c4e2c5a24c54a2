package org.samskap.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.domain.Role;

/** Rule E3 and the presence event: who is on a board, by session. */
class PresenceTest {

  @Test
  @DisplayName("E3: a new board has nobody present")
  void E3_starts_empty() {
    Presence p = new Presence();
    assertTrue(p.isEmpty());
    assertEquals(new JsonArray(), p.toJson());
    assertNull(p.get("s1"));
  }

  @Test
  @DisplayName("E3: members are listed as {sessionId, name, role} in the order they joined")
  void E3_members_in_join_order() {
    Presence p = new Presence();
    p.put("s2", "m2", "Ola", Role.FACILITATOR);
    p.put("s1", "m1", "Kari", Role.PARTICIPANT);
    assertFalse(p.isEmpty());
    assertEquals(new JsonArray()
        .add(new JsonObject().put("sessionId", "s2").put("memberId", "m2").put("name", "Ola").put("role", "facilitator")
            .put("signedIn", false))
        .add(new JsonObject().put("sessionId", "s1").put("memberId", "m1").put("name", "Kari").put("role", "participant")
            .put("signedIn", false)),
        p.toJson());
    assertEquals(new Presence.Member("s1", "m1", "Kari", Role.PARTICIPANT), p.get("s1"));
    assertTrue(p.rename("s1", "Kari N."));
    assertEquals("m1", p.get("s1").memberId(), "a rename keeps the member");
    assertFalse(p.rename("nobody", "x"), "only a present session can be renamed");
  }

  @Test
  @DisplayName("S9: a signed-in entry says so; a guest with the same name does not, and a rename keeps the mark it is given")
  void S9_signed_in_entries_are_marked() {
    Presence p = new Presence();
    p.put("s1", "m1", "Kari Nordmann", Role.FACILITATOR, true);
    p.put("s2", "m2", "Kari Nordmann", Role.PARTICIPANT);
    JsonArray members = p.toJson();
    assertEquals(true, members.getJsonObject(0).getBoolean("signedIn"));
    assertEquals(false, members.getJsonObject(1).getBoolean("signedIn"));
    assertTrue(p.rename("s2", "Kari Nordmann"));
    assertFalse(p.get("s2").signedIn(), "a guest's rename never marks them");
    assertTrue(p.rename("s1", "Kari Nordmann", true));
    assertTrue(p.get("s1").signedIn());
  }

  @Test
  @DisplayName("presence.set: renaming a session keeps one entry and its place")
  void renaming_keeps_one_entry() {
    Presence p = new Presence();
    p.put("s1", "Kari", Role.PARTICIPANT);
    p.put("s2", "Ola", Role.PARTICIPANT);
    p.put("s1", "Kari N.", Role.PARTICIPANT);
    JsonArray members = p.toJson();
    assertEquals(2, members.size());
    assertEquals("Kari N.", members.getJsonObject(0).getString("name"));
    assertEquals("s1", members.getJsonObject(0).getString("sessionId"));
  }

  @Test
  @DisplayName("leaving removes the member once; a second leave reports nothing to publish")
  void leaving_removes_once() {
    Presence p = new Presence();
    p.put("s1", "Kari", Role.PARTICIPANT);
    assertTrue(p.remove("s1"));
    assertFalse(p.remove("s1"), "no second presence event for the same leave");
    assertFalse(p.remove("never-joined"));
    assertTrue(p.isEmpty());
  }
}
