package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.samskap.testing.TempDirs;

/**
 * The training run of class data sharing that the Dockerfile makes at build time
 * (docs/OPERATIONS.md, "Faster start"): {@code --warm-up} stores a first op through a real
 * websocket, exits 0, leaves no data behind, and the archive it writes is one a later start maps.
 */
class WarmUpIT {
  @Test
  void the_warm_up_stores_a_first_op_leaves_nothing_behind_and_writes_a_usable_archive() throws Exception {
    Path tmp = Files.createTempDirectory("samskap-warm-up-it");
    try {
      Path archive = tmp.resolve("samskap.jsa");
      Run training = warmUp(tmp, "-XX:ArchiveClassesAtExit=" + archive);
      assertEquals(0, training.exit(), training.output());
      assertTrue(training.output().contains("samskap: warm-up done: the first op was stored at version 1"), training.output());
      assertTrue(Files.size(archive) > 1_000_000, "an archive was written");
      try (var left = Files.list(tmp)) {
        assertEquals(List.of("samskap.jsa"), left.map(p -> p.getFileName().toString()).toList(), "its data directory is gone");
      }
      // -Xshare:on: the JVM refuses to start when it cannot map the archive
      Run mapped = warmUp(tmp, "-Xshare:on", "-XX:SharedArchiveFile=" + archive);
      assertEquals(0, mapped.exit(), mapped.output());
      assertTrue(mapped.output().contains("warm-up done"), mapped.output());
    } finally {
      TempDirs.delete(tmp);
    }
  }

  record Run(int exit, String output) {}

  /** {@code java <options> -jar target/samskap.jar --warm-up}, with its temporary files in {@code tmp}. */
  private static Run warmUp(Path tmp, String... options) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-Djava.io.tmpdir=" + tmp));
    command.addAll(List.of(options));
    // the packaged jar, as the Dockerfile runs it: an archive cannot be made with class directories on the path
    Path jar = Path.of("target", "samskap.jar").toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), "run as an IT, after package: " + jar);
    command.addAll(List.of("-jar", jar.toString(), "--warm-up"));
    File log = Files.createTempFile("samskap-warm-up", ".log").toFile();
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
      if (!p.waitFor(150, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        throw new IllegalStateException("the warm-up did not end in 150 s:\n" + Files.readString(log.toPath()));
      }
      return new Run(p.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
    } finally {
      log.delete();
    }
  }
}
