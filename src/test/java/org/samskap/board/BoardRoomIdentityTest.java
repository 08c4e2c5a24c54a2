package org.samskap.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.samskap.protocol.Headers;

/** Rule S9 (docs/API.md): the verified name comes only from the server-set headers. */
class BoardRoomIdentityTest {
  @Test
  @DisplayName("S9: a guest (no user header) has no verified name, whatever other headers say")
  void S9_guest_has_no_verified_name() {
    assertNull(BoardRoom.verifiedName(MultiMap.caseInsensitiveMultiMap()));
    assertNull(BoardRoom.verifiedName(MultiMap.caseInsensitiveMultiMap().add(Headers.USER_NAME, "Kari Nordmann")));
    assertNull(BoardRoom.verifiedName(MultiMap.caseInsensitiveMultiMap().add(Headers.USER, "sub").add(Headers.USER_NAME, " ")),
        "a signed-in person with no name or email is shown as a guest");
  }

  @Test
  @DisplayName("S9: a signed-in person's verified name is trimmed and cut to 60 characters like any name")
  void S9_verified_name_is_trimmed_and_cut() {
    assertEquals("Kari Nordmann", BoardRoom.verifiedName(MultiMap.caseInsensitiveMultiMap()
        .add(Headers.USER, "sub-kari").add(Headers.USER_NAME, "  Kari Nordmann ")));
    String longName = "Å".repeat(70);
    assertEquals(60, BoardRoom.verifiedName(MultiMap.caseInsensitiveMultiMap()
        .add(Headers.USER, "sub").add(Headers.USER_NAME, longName)).length());
  }
}
