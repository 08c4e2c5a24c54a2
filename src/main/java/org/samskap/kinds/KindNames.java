package org.samskap.kinds;

/**
 * A board kind's display name in the three languages of the web app (docs/API.md, rule K1): the
 * home page offers each registered kind under this name. Each name is 1-80 characters.
 */
public record KindNames(String nb, String nn, String en) {
  public static final int MAX_CHARS = 80;

  public KindNames {
    check("nb", nb);
    check("nn", nn);
    check("en", en);
  }

  private static void check(String lang, String name) {
    if (name == null || name.isBlank() || name.length() > MAX_CHARS) {
      throw new IllegalArgumentException("The " + lang + " display name must be 1-" + MAX_CHARS + " characters.");
    }
  }
}
