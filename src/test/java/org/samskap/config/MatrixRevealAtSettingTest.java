package org.samskap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.samskap.Samskap;
import org.samskap.domain.Role;
import org.samskap.kinds.Viewer;

/** docs/PROTOCOL.md [M11]: SAMSKAP_MATRIX_REVEAL_AT (README settings table) reaches the matrix rules. */
class MatrixRevealAtSettingTest {

  @SuppressWarnings("unchecked")
  static Object revealAtSeenBy(SamskapConfig config) {
    Map<String, Object> content = Samskap.kinds(config).require("matrix").create("T")
        .content(new Viewer("m1", Role.PARTICIPANT));
    return ((Map<String, Object>) content.get("matrix")).get("revealAt");
  }

  @Test
  void M11_the_threshold_defaults_to_three_and_the_setting_reaches_the_matrix_board() {
    assertEquals(3, SamskapConfig.defaults().matrixRevealAt());
    assertEquals(3, revealAtSeenBy(SamskapConfig.defaults()));
    SamskapConfig five = SamskapConfig.fromEnv(Map.of("SAMSKAP_MATRIX_REVEAL_AT", "5"));
    assertEquals(5, five.matrixRevealAt());
    assertEquals(5, revealAtSeenBy(five));
    assertEquals(5, five.withHttpPort(1).matrixRevealAt(), "the withers keep it");
  }

  @Test
  void M11_a_threshold_outside_1_to_100_is_refused_naming_the_variable() {
    assertEquals("SAMSKAP_MATRIX_REVEAL_AT must be between 1 and 100, was 0", assertThrows(IllegalArgumentException.class,
        () -> SamskapConfig.fromEnv(Map.of("SAMSKAP_MATRIX_REVEAL_AT", "0"))).getMessage());
    assertEquals("SAMSKAP_MATRIX_REVEAL_AT must be a whole number, was 'three'", assertThrows(IllegalArgumentException.class,
        () -> SamskapConfig.fromEnv(Map.of("SAMSKAP_MATRIX_REVEAL_AT", "three"))).getMessage());
  }
}
