package org.samskap.util;

import java.security.SecureRandom;
import java.util.Base64;

/** Random identifiers, base64url without padding. */
public final class RandomIds {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private RandomIds() {}

  /** {@code bytes} random bytes, e.g. 16 bytes gives 128 bits in 22 characters. */
  public static String of(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return B64.encodeToString(b);
  }
}
