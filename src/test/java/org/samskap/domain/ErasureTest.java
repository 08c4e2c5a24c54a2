package org.samskap.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Rule D8: the erasure request and its stored event validate themselves. */
class ErasureTest {
  @Test
  void D8_an_erasure_needs_a_member_and_never_erases_the_label_itself() {
    assertEquals("memberId", assertThrows(NullPointerException.class, () -> new Erasure(null, Set.of(), Set.of(), false)).getMessage());
    assertEquals("memberId must not be blank",
        assertThrows(IllegalArgumentException.class, () -> new Erasure(" ", Set.of(), Set.of(), false)).getMessage());
    assertEquals("names must not hold the erased label", assertThrows(IllegalArgumentException.class,
        () -> new Erasure("m1", Set.of(Erasure.LABEL), Set.of(), false)).getMessage());
  }

  @Test
  void D8_removes_private_items_always_and_public_ones_only_when_asked() {
    Erasure own = new Erasure("m1", Set.of("Kari"), Set.of("p"), false);
    assertTrue(own.removes("p", "Kari"));
    assertFalse(own.removes("q", "Kari"));
    assertTrue(own.wrote("Kari"));
    assertFalse(own.wrote(null));
    assertTrue(new Erasure("m1", Set.of("Kari"), Set.of(), true).removes("q", "Kari"));
    assertFalse(new Erasure("m1", Set.of("Kari"), Set.of(), true).removes("q", "Per"));
  }

  @Test
  void D8_the_event_lists_every_touched_item() {
    MemberErased e = new MemberErased("m1", List.of("a"), List.of("b", "c"), false);
    assertEquals(List.of("a", "b", "c"), e.touched());
  }
}
