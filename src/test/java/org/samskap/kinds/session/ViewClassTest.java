package org.samskap.kinds.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Role;
import org.samskap.domain.ideas.IdeaLimits;
import org.samskap.domain.ideas.IdeaRules;
import org.samskap.domain.matrix.MatrixLimits;
import org.samskap.domain.matrix.MatrixRules;
import org.samskap.kinds.BoardKind;
import org.samskap.kinds.BoardModel;
import org.samskap.kinds.Viewer;
import org.samskap.kinds.ideas.IdeaKind;
import org.samskap.kinds.matrix.MatrixKind;

/**
 * Rule T9: viewers with the same view class get the same content, so one encoding may serve
 * them all; a viewer with something of their own (a private note, a score, a vote) has none.
 */
class ViewClassTest {
  final AtomicInteger ids = new AtomicInteger();
  final Actor fac = new Actor(Role.FACILITATOR, "mfac", "Fa", () -> "f" + ids.incrementAndGet());
  final Actor kari = new Actor(Role.PARTICIPANT, "mkari", "Kari", () -> "k" + ids.incrementAndGet());
  final Viewer ola = new Viewer("mola", Role.PARTICIPANT);
  final Viewer per = new Viewer("mper", Role.PARTICIPANT);
  final Viewer kariViewer = new Viewer("mkari", Role.PARTICIPANT);
  final Viewer facViewer = new Viewer("mfac", Role.FACILITATOR);

  static Map<String, Object> ok(BoardModel model, String type, Map<String, Object> body, Actor a) {
    Decision<Map<String, Object>> d = model.decide(type, new LinkedHashMap<>(body), a);
    assertInstanceOf(Decision.Accepted.class, d, () -> d.toString());
    return ((Decision.Accepted<Map<String, Object>>) d).event();
  }

  static void sameContentWhenSameClass(BoardModel model, List<Viewer> viewers) {
    for (Viewer a : viewers) {
      for (Viewer b : viewers) {
        Object ca = model.viewClass(a);
        if (ca != null && ca.equals(model.viewClass(b))) {
          assertEquals(new JsonObject(model.content(a)), new JsonObject(model.content(b)),
              a + " and " + b + " share view class " + ca + " so must see the same content");
        }
      }
    }
  }

  @Test
  void T9_idea_board_participants_share_one_view_and_the_facilitator_another() {
    BoardModel model = new SessionKind(new IdeaKind(new IdeaRules(IdeaLimits.withMaxNoteChars(2000))), () -> 1L).create("T");
    ok(model, "note.create", Map.of("text", "A", "x", 0, "y", 0), fac);
    assertNotNull(model.viewClass(ola));
    assertEquals(model.viewClass(ola), model.viewClass(per));
    assertNotEquals(model.viewClass(ola), model.viewClass(facViewer), "a facilitator also sees who was removed");
    assertNull(model.viewClass(Viewer.STORAGE));
    sameContentWhenSameClass(model, List.of(ola, per, kariViewer, facViewer));
  }

  @Test
  void T9_F5_the_author_of_a_private_note_has_a_view_of_their_own() {
    BoardModel model = new SessionKind(new IdeaKind(new IdeaRules(IdeaLimits.withMaxNoteChars(2000))), () -> 1L).create("T");
    ok(model, "silent.start", Map.of(), fac);
    ok(model, "note.create", Map.of("text", "hemmelig", "x", 0, "y", 0), kari);
    assertNull(model.viewClass(kariViewer));
    assertEquals(model.viewClass(ola), model.viewClass(per));
    sameContentWhenSameClass(model, List.of(ola, per, kariViewer, facViewer));
  }

  @Test
  void T9_V3_a_member_with_votes_has_a_view_of_their_own() {
    BoardModel model = new SessionKind(new IdeaKind(new IdeaRules(IdeaLimits.withMaxNoteChars(2000))), () -> 1L).create("T");
    String n = (String) ok(model, "note.create", Map.of("text", "A", "x", 0, "y", 0), fac).get("noteId");
    ok(model, "vote.open", Map.of("budget", 2, "anonymous", false, "liveCounts", true), fac);
    ok(model, "vote.cast", Map.of("targetId", n), kari);
    assertNull(model.viewClass(kariViewer));
    assertEquals(model.viewClass(ola), model.viewClass(per));
    sameContentWhenSameClass(model, List.of(ola, per, kariViewer, facViewer));
  }

  @Test
  void T9_M4_a_matrix_member_who_scored_has_a_view_of_their_own() {
    BoardKind kind = new SessionKind(new MatrixKind(new MatrixRules(MatrixLimits.withMaxTextChars(2000)), () -> 1L), () -> 1L);
    BoardModel model = kind.create("M");
    String item = (String) ok(model, "item.create", Map.of("text", "Tiltak"), fac).get("itemId");
    ok(model, "item.score", Map.of("itemId", item, "x", 3, "y", 4), kari);
    assertNull(model.viewClass(kariViewer));
    assertEquals(model.viewClass(ola), model.viewClass(per));
    sameContentWhenSameClass(model, List.of(ola, per, kariViewer, facViewer, new Viewer("", Role.PARTICIPANT)));
  }
}
