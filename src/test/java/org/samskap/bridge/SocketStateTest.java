package org.samskap.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import org.samskap.util.Tokens;

/** Rule A4: the hash a socket keeps for its token is always the hash of the token it sends now. */
class SocketStateTest {
  @Test
  void A4_the_kept_hash_follows_the_token_sent() {
    SocketState s = new SocketState(new RateLimiter(5, System.nanoTime()), "127.0.0.1");
    String first = Tokens.newToken();
    String second = Tokens.newToken();
    assertEquals(Tokens.hash(first), s.hashOf(first));
    assertEquals(Tokens.hash(first), s.hashOf(first));
    assertEquals(Tokens.hash(second), s.hashOf(second), "a new token (a rotated link) is hashed afresh");
    assertEquals(Tokens.hash(first), s.hashOf(first), "and the old one again when it is sent again");
    assertEquals(Tokens.hash(""), s.hashOf(""));
  }
}
