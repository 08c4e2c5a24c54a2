package org.samskap.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.samskap.config.SamskapConfig;
import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Erasure;
import org.samskap.domain.Reason;
import org.samskap.domain.Role;

/**
 * Rules D8 and U11 (docs/PROTOCOL.md) over the real layers a node runs (undo, session, kind), for
 * every kind: an erasure removes the member's private items, scores and votes, relabels their
 * name, recomputes tallies, drops undo steps that would bring erased text back, and its stored
 * event replays to the same content on a fresh model.
 */
class MemberErasureTest {
  final AtomicInteger ids = new AtomicInteger();
  final AtomicInteger opIds = new AtomicInteger();
  final BoardKinds kinds = KindRegistry.kinds(SamskapConfig.defaults(), () -> 1000L);
  final Actor kari = new Actor(Role.PARTICIPANT, "mkari", "Kari", () -> "n" + ids.incrementAndGet());
  final Actor per = new Actor(Role.PARTICIPANT, "mper", "Per", () -> "n" + ids.incrementAndGet());
  final Actor fac = new Actor(Role.FACILITATOR, "mfac", "Fa", () -> "f" + ids.incrementAndGet());

  Map<String, Object> ok(BoardModel model, Actor who, String type, Object... fields) {
    Decision<Map<String, Object>> d = model.decide(type, body(fields), who);
    if (d instanceof Decision.Accepted<Map<String, Object>> a) return a.event();
    return fail(type + " was refused: " + d);
  }

  Reason refused(BoardModel model, Actor who, String type, Object... fields) {
    Decision<Map<String, Object>> d = model.decide(type, body(fields), who);
    return assertInstanceOf(Decision.Rejected.class, d, type + " should be refused").rejection().reason();
  }

  Map<String, Object> body(Object... fields) {
    Map<String, Object> m = new HashMap<>();
    m.put("clientOpId", "c" + opIds.incrementAndGet());
    for (int i = 0; i < fields.length; i += 2) m.put((String) fields[i], fields[i + 1]);
    return m;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> item(BoardModel model, String list, String id) {
    for (Object o : (List<Object>) model.content(Viewer.STORAGE).get(list)) {
      Map<String, Object> n = (Map<String, Object>) o;
      if (id.equals(n.get("id"))) return n;
    }
    return null;
  }

  @Test
  void D8_ideas_private_note_and_votes_go_public_note_gets_the_label_and_the_event_replays() {
    BoardModel ideas = kinds.require("ideas").create("T");
    List<Map<String, Object>> log = new java.util.ArrayList<>();
    String pub = (String) rec(log, ok(ideas, kari, "note.create", "text", "offentlig", "x", 1, "y", 1)).get("noteId");
    String pers = (String) rec(log, ok(ideas, per, "note.create", "text", "Pers", "x", 2, "y", 2)).get("noteId");
    rec(log, ok(ideas, fac, "vote.open", "budget", 3, "cap", 3));
    rec(log, ok(ideas, kari, "vote.cast", "targetId", pers));
    rec(log, ok(ideas, per, "vote.cast", "targetId", pers));
    rec(log, ok(ideas, fac, "silent.start"));
    String secret = (String) rec(log, ok(ideas, kari, "note.create", "text", "hemmelig", "x", 3, "y", 3)).get("noteId");

    Map<String, Object> event = ideas.erase(new Erasure("mkari", Set.of("Kari"), Set.of(), false));
    assertEquals("member.erased", event.get("type"));
    assertEquals(List.of(secret), event.get("removed"));
    assertEquals(List.of(pub), event.get("relabelled"));
    assertFalse(event.toString().contains("Kari"), "the event names nobody");
    assertNull(item(ideas, "notes", secret));
    assertEquals(Erasure.LABEL, item(ideas, "notes", pub).get("author"));
    assertEquals("offentlig", item(ideas, "notes", pub).get("text"));
    assertEquals("Per", item(ideas, "notes", pers).get("author"));
    assertEquals(1, item(ideas, "notes", pers).get("votes"), "the tally is recomputed without Kari's vote");
    assertFalse(ideas.content(Viewer.STORAGE).toString().contains("mkari"), "no vote or private mark names her");

    // the stored events (the erasure last) replay to the same content
    BoardModel again = kinds.require("ideas").create("T");
    log.forEach(again::replay);
    again.replay(event);
    assertEquals(ideas.content(Viewer.STORAGE), again.content(Viewer.STORAGE));
  }

  @Test
  void D8_ideas_public_notes_go_too_when_asked_and_a_name_is_not_touched_on_others_notes() {
    BoardModel ideas = kinds.require("ideas").create("T");
    String pub = (String) ok(ideas, kari, "note.create", "text", "a", "x", 1, "y", 1).get("noteId");
    String pers = (String) ok(ideas, per, "note.create", "text", "b", "x", 1, "y", 1).get("noteId");
    ideas.erase(new Erasure("mkari", Set.of("Kari"), Set.of(), true));
    assertNull(item(ideas, "notes", pub));
    assertEquals("Per", item(ideas, "notes", pers).get("author"));
  }

  @Test
  void U11_no_undo_brings_erased_text_or_name_back() {
    BoardModel ideas = kinds.require("ideas").create("T");
    String mine = (String) ok(ideas, kari, "note.create", "text", "a", "x", 1, "y", 1).get("noteId");
    ok(ideas, kari, "note.edit", "noteId", mine, "text", "b");
    String other = (String) ok(ideas, kari, "note.create", "text", "c", "x", 1, "y", 1).get("noteId");
    ok(ideas, per, "note.delete", "noteId", other); // Per's undo would bring Kari's note back with her name
    String pers = (String) ok(ideas, per, "note.create", "text", "d", "x", 1, "y", 1).get("noteId");
    ok(ideas, per, "note.edit", "noteId", mine, "text", "Per skrev"); // Per's undo would put her text back
    ideas.erase(new Erasure("mkari", Set.of("Kari"), Set.of(), false));
    assertEquals(Reason.NOTHING_TO_UNDO, refused(ideas, kari, "undo"));
    // Per's two steps on her items are gone; his own note's step stays
    ok(ideas, per, "undo");
    assertNull(item(ideas, "notes", pers));
    assertEquals(Reason.NOTHING_TO_UNDO, refused(ideas, per, "undo"));
    assertNull(item(ideas, "notes", other));
    assertEquals("Per skrev", item(ideas, "notes", mine).get("text"));
  }

  @Test
  void D8_matrix_score_leaves_the_aggregate() {
    BoardModel matrix = kinds.require("matrix").create("M");
    String item = (String) ok(matrix, fac, "item.create", "text", "idé").get("itemId");
    ok(matrix, kari, "item.score", "itemId", item, "x", 5, "y", 5);
    ok(matrix, per, "item.score", "itemId", item, "x", 1, "y", 1);
    Map<String, Object> before = item(matrix, "items", item);
    Map<String, Object> event = matrix.erase(new Erasure("mkari", Set.of("Kari"), Set.of(), false));
    assertEquals(List.of(), event.get("removed"));
    assertEquals(List.of(item), event.get("relabelled"));
    Map<String, Object> after = item(matrix, "items", item);
    assertFalse(after.toString().contains("mkari"), after.toString());
    assertTrue(before.toString().contains("mkari"));
    assertTrue(after.toString().contains("count=1") || after.toString().contains("\"count\":1"), after.toString());
  }

  @Test
  void D8_matrix_decision_by_the_member_names_the_label_and_no_member_id() {
    BoardModel matrix = kinds.require("matrix").create("M");
    String item = (String) ok(matrix, fac, "item.create", "text", "idé").get("itemId");
    ok(matrix, fac, "item.decide", "itemId", item, "status", "accepted", "reason", "god");
    matrix.erase(new Erasure("mfac", Set.of("Fa"), Set.of(), false));
    String content = matrix.content(Viewer.STORAGE).toString();
    assertFalse(content.contains("mfac"), content);
    assertTrue(content.contains(Erasure.LABEL), content);
  }

  @Test
  void D8_journey_cards_of_both_versions_relabelled_or_removed() {
    BoardModel journey = kinds.require("journey").create("J");
    String stage = (String) ok(journey, fac, "stage.create", "version", "current", "label", "S").get("stageId");
    String card = (String) ok(journey, kari, "card.create", "version", "current", "laneId", "actions", "stageId", stage,
        "text", "kort").get("cardId");
    String pers = (String) ok(journey, per, "card.create", "version", "current", "laneId", "actions", "stageId", stage,
        "text", "pers").get("cardId");
    Map<String, Object> event = journey.erase(new Erasure("mkari", Set.of("Kari"), Set.of(), false));
    assertEquals(List.of(card), event.get("relabelled"));
    String content = journey.content(Viewer.STORAGE).toString();
    assertFalse(content.contains("Kari"), content);
    assertTrue(content.contains("pers") && content.contains("Per"), content);
    journey.erase(new Erasure("mper", Set.of("Per"), Set.of(), true));
    assertFalse(journey.content(Viewer.STORAGE).toString().contains(pers));
  }

  private static Map<String, Object> rec(List<Map<String, Object>> log, Map<String, Object> event) {
    log.add(event);
    return event;
  }
}
