package org.samskap.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A kind's display names (docs/API.md, K1) check themselves: each language 1-80 characters. */
class KindNamesTest {
  @Test
  void a_blank_or_missing_name_is_refused_with_its_language() {
    assertEquals("The nn display name must be 1-80 characters.",
        assertThrows(IllegalArgumentException.class, () -> new KindNames("Tavle", " ", "Board")).getMessage());
    assertEquals("The en display name must be 1-80 characters.",
        assertThrows(IllegalArgumentException.class, () -> new KindNames("Tavle", "Tavle", null)).getMessage());
    assertEquals("The nb display name must be 1-80 characters.",
        assertThrows(IllegalArgumentException.class, () -> new KindNames("x".repeat(81), "Tavle", "Board")).getMessage());
  }

  @Test
  void every_registered_kind_declares_names_in_nb_nn_and_en() {
    for (KindModule m : KindRegistry.ALL) {
      KindNames n = m.displayNames();
      assertEquals(n, new KindNames(n.nb(), n.nn(), n.en()), m.name());
    }
  }
}
