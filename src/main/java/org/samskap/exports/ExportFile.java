package org.samskap.exports;

import java.text.Normalizer;
import java.util.Locale;

/** A rendered export: its bytes, media type and a file name for {@code Content-Disposition}. */
public record ExportFile(String fileName, String contentType, byte[] bytes) {

  /** A file name made of the title (ASCII letters, digits and dashes; æøå become ae, o, a) and a suffix. */
  public static String name(String title, String suffix) {
    String s = title.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > 60) s = s.substring(0, 60);
    return (s.isEmpty() ? "samskap" : s) + suffix;
  }
}
