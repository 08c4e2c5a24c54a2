package org.samskap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** SAMSKAP_STALL_MILLIS (T9) and SAMSKAP_SHUTDOWN_MILLIS (R7). */
class StopSettingsTest {
  @Test
  void T9_R7_defaults_apply_when_unset() {
    assertEquals(10_000, SamskapConfig.stallMillis(Map.of()));
    assertEquals(5_000, SamskapConfig.shutdownMillis(Map.of()));
  }

  @Test
  void T9_R7_values_are_read_and_checked() {
    assertEquals(2_500, SamskapConfig.stallMillis(Map.of("SAMSKAP_STALL_MILLIS", "2500")));
    assertEquals("SAMSKAP_STALL_MILLIS must be between 100 and 600000, was 5",
        assertThrows(IllegalArgumentException.class, () -> SamskapConfig.stallMillis(Map.of("SAMSKAP_STALL_MILLIS", "5"))).getMessage());
    assertEquals("SAMSKAP_SHUTDOWN_MILLIS must be between 0 and 8000, was 9000",
        assertThrows(IllegalArgumentException.class, () -> SamskapConfig.shutdownMillis(Map.of("SAMSKAP_SHUTDOWN_MILLIS", "9000"))).getMessage());
  }
}
