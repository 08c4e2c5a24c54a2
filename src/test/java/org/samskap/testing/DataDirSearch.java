package org.samskap.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Searches the bytes of every file under a directory (rule D3: nothing of a deleted text on disk). */
public final class DataDirSearch {
  private DataDirSearch() {}

  /** The files under {@code dir} that hold {@code text} in UTF-8 or UTF-16 (either byte order). */
  public static List<Path> filesHolding(Path dir, String text) throws IOException {
    List<byte[]> needles = List.of(text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16BE),
        text.getBytes(StandardCharsets.UTF_16LE));
    List<Path> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(f);
        for (byte[] n : needles) {
          if (indexOf(bytes, n) >= 0) {
            found.add(f);
            break;
          }
        }
      }
    }
    return found;
  }

  public static boolean anyFileHolds(Path dir, String text) throws IOException {
    return !filesHolding(dir, text).isEmpty();
  }

  static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
      return i;
    }
    return -1;
  }
}
