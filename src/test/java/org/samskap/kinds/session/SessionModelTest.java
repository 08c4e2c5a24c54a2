package org.samskap.kinds.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Role;
import org.samskap.domain.ideas.IdeaLimits;
import org.samskap.domain.ideas.IdeaRules;
import org.samskap.kinds.BoardKind;
import org.samskap.kinds.BoardModel;
import org.samskap.kinds.Viewer;
import org.samskap.kinds.ideas.IdeaKind;

/** The session layer over the idea kind, without a server: redaction, per-viewer content, replay (F5, V4, V6). */
class SessionModelTest {
  final AtomicInteger ids = new AtomicInteger();
  final Actor fac = new Actor(Role.FACILITATOR, "mfac", "Fa", () -> "f" + ids.incrementAndGet());
  final Actor kari = new Actor(Role.PARTICIPANT, "mkari", "Kari", () -> "k" + ids.incrementAndGet());
  final BoardKind kind = new SessionKind(new IdeaKind(new IdeaRules(IdeaLimits.withMaxNoteChars(2000))), () -> 1_000L);
  final BoardModel model = kind.create("Verksted");
  final List<Map<String, Object>> log = new ArrayList<>();

  Map<String, Object> ok(String type, Map<String, Object> body, Actor a) {
    Map<String, Object> m = new LinkedHashMap<>(body);
    Decision<Map<String, Object>> d = model.decide(type, m, a);
    assertInstanceOf(Decision.Accepted.class, d, () -> d.toString());
    Map<String, Object> e = ((Decision.Accepted<Map<String, Object>>) d).event();
    log.add(e);
    return e;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> notes(Map<String, Object> content) {
    return (List<Map<String, Object>>) content.get("notes");
  }

  @Test
  void F5_a_silent_note_is_redacted_for_others_and_left_out_of_their_snapshot() {
    ok("silent.start", Map.of(), fac);
    Map<String, Object> e = ok("note.create", Map.of("text", "hemmelig", "x", 0, "y", 0), kari);
    Map<String, Object> pub = model.publicEvent(e);
    assertFalse(pub.containsKey("text"));
    assertEquals(Boolean.TRUE, pub.get("private"));
    assertEquals(e.get("noteId"), pub.get("noteId"));
    assertTrue(notes(model.content(new Viewer("mola", Role.PARTICIPANT))).isEmpty());
    assertTrue(notes(model.content(new Viewer("mfac", Role.FACILITATOR))).isEmpty(), "the facilitator does not see it either");
    Map<String, Object> own = notes(model.content(new Viewer("mkari", Role.PARTICIPANT))).get(0);
    assertEquals("hemmelig", own.get("text"));
    assertEquals(Boolean.TRUE, own.get("private"));
    Map<String, Object> reveal = ok("silent.reveal", Map.of(), fac);
    assertSame(reveal, model.publicEvent(reveal));
    assertEquals(1, notes(model.content(new Viewer("mola", Role.PARTICIPANT))).size());
  }

  @Test
  void V4_an_anonymous_hidden_vote_shows_others_neither_target_nor_member_and_a_named_live_one_is_unchanged() {
    String n = (String) ok("note.create", Map.of("text", "A", "x", 0, "y", 0), fac).get("noteId");
    ok("vote.open", Map.of("budget", 2, "anonymous", true, "liveCounts", false), fac);
    Map<String, Object> v = ok("vote.cast", Map.of("targetId", n), kari);
    Map<String, Object> pub = model.publicEvent(v);
    assertNull(pub.get("targetId"));
    assertNull(pub.get("memberId"));
    assertNull(notes(model.content(new Viewer("mola", Role.PARTICIPANT))).get(0).get("votes"));
    ok("vote.close", Map.of(), fac);
    assertEquals(1, notes(model.content(new Viewer("mola", Role.PARTICIPANT))).get(0).get("votes"), "closed: counts are public");
    ok("vote.open", Map.of("budget", 2, "anonymous", false, "liveCounts", true), fac);
    Map<String, Object> named = ok("vote.cast", Map.of("targetId", n), kari);
    assertSame(named, model.publicEvent(named));
  }

  @Test
  void V6_replaying_the_log_or_restoring_the_snapshot_gives_the_same_session() {
    String n = (String) ok("note.create", Map.of("text", "A", "x", 0, "y", 0), fac).get("noteId");
    ok("silent.start", Map.of(), fac);
    ok("note.create", Map.of("text", "privat", "x", 0, "y", 0), kari);
    ok("phase.set", Map.of("phase", "vote"), fac);
    ok("vote.open", Map.of("budget", 3, "cap", 2), fac);
    ok("vote.cast", Map.of("targetId", n), kari);
    ok("vote.cast", Map.of("targetId", n), kari);
    Viewer ola = new Viewer("mola", Role.PARTICIPANT);
    Map<String, Object> expected = model.content(ola);

    BoardModel replayed = kind.create("Verksted");
    log.forEach(replayed::replay);
    assertEquals(expected, replayed.content(ola));
    BoardModel restored = kind.restore("Verksted", model.content(Viewer.STORAGE));
    assertEquals(expected, restored.content(ola));
    assertEquals(model.content(new Viewer("mkari", Role.PARTICIPANT)), restored.content(new Viewer("mkari", Role.PARTICIPANT)));
    Decision<Map<String, Object>> over = restored.decide("vote.cast", new LinkedHashMap<>(Map.of("targetId", n)), kari);
    assertEquals("over_cap", ((Decision.Rejected<Map<String, Object>>) over).rejection().reason().code(),
        "the cap still holds after a restore");
  }
}
