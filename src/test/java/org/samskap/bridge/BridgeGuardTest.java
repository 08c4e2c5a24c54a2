package org.samskap.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The part of the bridge guard that needs no sockets; the rest is proven over real sockets in AccessIT. */
class BridgeGuardTest {

  static JsonObject socketError(String message) {
    return new JsonObject().put("type", "err").put("failureType", "socketException").put("message", message);
  }

  @Test
  @DisplayName("T5: the socket errors Netty and Vert.x raise for an oversized frame or message are recognised")
  void T5_oversize_errors_are_recognised() {
    assertTrue(BridgeGuard.tooBig(socketError("Max frame length of 262144 has been exceeded.")));
    assertTrue(BridgeGuard.tooBig(socketError("Cannot process text frame of size 1494, it would cause message buffer "
        + "(size 2986) to overflow max message size of 4096")));
    assertTrue(BridgeGuard.tooBig(socketError("Cannot process binary frame of size 10, it would cause message buffer "
        + "(size 4090) to overflow max message size of 4096")));
    assertEquals(1009, BridgeGuard.MESSAGE_TOO_BIG);
  }

  @Test
  @DisplayName("T5: other socket errors are left to the bridge")
  void T5_other_errors_are_not_oversize() {
    assertFalse(BridgeGuard.tooBig(socketError("Connection reset by peer")));
    assertFalse(BridgeGuard.tooBig(socketError("Connection was closed")));
    assertFalse(BridgeGuard.tooBig(socketError("received continuation data frame outside fragmented message")));
    assertFalse(BridgeGuard.tooBig(new JsonObject().put("type", "err")));
    assertFalse(BridgeGuard.tooBig(null));
  }
}
