package org.samskap.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.samskap.config.SamskapConfig;
import org.samskap.domain.Actor;
import org.samskap.domain.Decision;
import org.samskap.domain.Reason;
import org.samskap.domain.Role;

/** The kind registry and the generic adapter every kind's boards are (docs/ARCHITECTURE.md, "Board kinds"). */
class KindRegistryTest {
  static final Actor FAC = new Actor(Role.FACILITATOR, "mfac", "Fa", () -> "id1");

  @Test
  void the_registry_serves_each_kind_once_with_its_page() {
    BoardKinds kinds = KindRegistry.kinds(SamskapConfig.defaults(), () -> 0L);
    assertEquals(List.of("ideas", "matrix", "journey"), List.copyOf(kinds.names()));
    assertEquals("/board.html", KindRegistry.page("ideas"));
    assertEquals("/matrix.html", KindRegistry.page("matrix"));
    assertEquals("/journey.html", KindRegistry.page("journey"));
    assertEquals("/board.html", KindRegistry.page("nonsense"), "an unknown board gets the page that says the link is not valid");
  }

  @Test
  void J8_an_op_outside_a_kinds_catalogue_is_unknown_and_changes_nothing() {
    for (KindModule m : KindRegistry.ALL) {
      BoardModel model = m.kind(SamskapConfig.defaults(), () -> 0L).create("T");
      Map<String, Object> before = model.content(Viewer.STORAGE);
      Decision<Map<String, Object>> d = model.decide("note.paint", Map.of("noteId", "n1"), FAC);
      Decision.Rejected<Map<String, Object>> r = assertInstanceOf(Decision.Rejected.class, d, m.name());
      assertEquals(Reason.UNKNOWN_OP, r.rejection().reason());
      assertEquals("Unknown op 'note.paint'.", r.rejection().message());
      assertEquals(before, model.content(Viewer.STORAGE));
    }
  }

  @Test
  void every_catalogued_op_reaches_the_kinds_codec_and_rules() {
    // A body with no fields: every op the catalogue has must get past the "unknown op" check to
    // a field error or a decision of the kind's rules, so catalogue and codec agree on the types.
    for (KindModule m : KindRegistry.ALL) {
      BoardKind kind = m.kind(SamskapConfig.defaults(), () -> 0L);
      for (var op : kind.ops().all()) {
        Decision<Map<String, Object>> d = kind.create("T").decide(op.type(), Map.of(), FAC);
        if (d instanceof Decision.Rejected<Map<String, Object>> r) {
          assertTrue(r.rejection().reason() != Reason.UNKNOWN_OP, m.name() + " " + op.type() + ": " + r.rejection().message());
        }
      }
    }
  }
}
