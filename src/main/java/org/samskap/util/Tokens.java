package org.samskap.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Board tokens: 256 random bits; only their SHA-256 hashes are stored (rule A7). */
public final class Tokens {
  public static final int TOKEN_BYTES = 32;

  private Tokens() {}

  public static String newToken() {
    return RandomIds.of(TOKEN_BYTES);
  }

  public static String hash(String token) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
