package org.samskap.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule A7: board tokens are long random base64url values; only their SHA-256 hashes are stored. */
class TokensTest {
  static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
  static final Pattern LOWER_HEX_256 = Pattern.compile("[0-9a-f]{64}");

  @Test
  @DisplayName("A7: a token is unpadded base64url of 256 random bits (well above 128)")
  void A7_tokens_are_256_bit_base64url() {
    String token = Tokens.newToken();
    assertTrue(BASE64URL.matcher(token).matches(), token);
    byte[] raw = Base64.getUrlDecoder().decode(token);
    assertEquals(Tokens.TOKEN_BYTES, raw.length);
    assertTrue(raw.length * 8 >= 256, "A7 says 256 bits; the floor for a bearer secret is 128");
    assertEquals(43, token.length(), "32 bytes in base64url without padding");
  }

  @Test
  @DisplayName("A7: tokens are distinct and their bits are not constant")
  void A7_tokens_are_distinct() {
    Set<String> seen = new HashSet<>();
    int[] ones = new int[Tokens.TOKEN_BYTES * 8];
    int n = 2000;
    for (int i = 0; i < n; i++) {
      String t = Tokens.newToken();
      assertTrue(seen.add(t), "duplicate token after " + i);
      byte[] raw = Base64.getUrlDecoder().decode(t);
      for (int bit = 0; bit < ones.length; bit++) if ((raw[bit / 8] >> (bit % 8) & 1) == 1) ones[bit]++;
    }
    for (int bit = 0; bit < ones.length; bit++) {
      // each bit is set in about half the tokens; 2000 draws put a fair bit far inside 800..1200
      assertTrue(ones[bit] > 800 && ones[bit] < 1200, "bit " + bit + " set " + ones[bit] + " of " + n + " times");
    }
  }

  @Test
  @DisplayName("A7: the stored hash is lowercase hex SHA-256 (FIPS 180-2 test vectors)")
  void A7_hash_is_hex_sha256() {
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Tokens.hash("abc"));
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Tokens.hash(""));
    assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        Tokens.hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
  }

  @Test
  @DisplayName("A7: hashing is deterministic, never the token itself, and differs per token")
  void A7_hash_properties() {
    String a = Tokens.newToken();
    String b = Tokens.newToken();
    assertEquals(Tokens.hash(a), Tokens.hash(a));
    assertTrue(LOWER_HEX_256.matcher(Tokens.hash(a)).matches());
    assertNotEquals(Tokens.hash(a), Tokens.hash(b));
    assertNotEquals(a, Tokens.hash(a));
    assertTrue(!Tokens.hash(a).contains(a));
  }
}
