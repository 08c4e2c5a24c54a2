package org.samskap.domain.ideas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.samskap.domain.Erasure;
import org.samskap.domain.MemberErased;

/** Rule D8 on the pure idea board: which notes go, which get the label, and that applying is deterministic. */
class IdeaErasureTest {
  static IdeaBoard board() {
    IdeaBoard b = new IdeaBoard("Verksted");
    b.apply(new IdeaEvent.NoteCreated(new Note("n1", "hennes", 0, 0, Color.YELLOW, null, "Kari")));
    b.apply(new IdeaEvent.NoteCreated(new Note("n2", "privat", 0, 0, Color.YELLOW, null, "Kari")));
    b.apply(new IdeaEvent.NoteCreated(new Note("n3", "hans", 0, 0, Color.YELLOW, null, "Per")));
    return b;
  }

  @Test
  void D8_private_notes_go_her_public_note_gets_the_label_others_stay() {
    IdeaBoard b = board();
    MemberErased e = IdeaErasure.decide(b, new Erasure("mkari", Set.of("Kari"), Set.of("n2"), false));
    assertEquals(List.of("n2"), e.removed());
    assertEquals(List.of("n1"), e.relabelled());
    assertEquals(3, b.noteCount(), "deciding changes nothing");
    IdeaErasure.apply(b, e);
    assertNull(b.note("n2"));
    assertEquals(Erasure.LABEL, b.note("n1").author());
    assertEquals("hennes", b.note("n1").text());
    assertEquals(new Note("n3", "hans", 0, 0, Color.YELLOW, null, "Per"), b.note("n3"));
  }

  @Test
  void D8_with_public_notes_every_note_under_her_names_goes() {
    IdeaBoard b = board();
    IdeaErasure.apply(b, IdeaErasure.decide(b, new Erasure("mkari", Set.of("Kari"), Set.of(), true)));
    assertEquals(1, b.noteCount());
    assertEquals("Per", b.note("n3").author());
  }

  @Test
  void D8_applying_the_stored_event_to_the_same_board_gives_the_same_board() {
    IdeaBoard a = board();
    MemberErased e = IdeaErasure.decide(a, new Erasure("mkari", Set.of("Kari"), Set.of("n2"), false));
    IdeaErasure.apply(a, e);
    IdeaBoard b = board();
    IdeaErasure.apply(b, e);
    assertEquals(List.copyOf(a.notes()), List.copyOf(b.notes()));
  }
}
