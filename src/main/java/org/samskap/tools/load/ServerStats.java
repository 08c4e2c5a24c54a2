package org.samskap.tools.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time and resident memory of a process, read from Linux {@code /proc}. */
record ServerStats(double cpuSeconds, long rssBytes) {
  /** Clock ticks per second of {@code /proc/<pid>/stat}; 100 on every Linux we ship for. */
  private static final double TICKS = 100.0;

  static ServerStats read(long pid) {
    if (pid <= 0) return null;
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // fields after the ")" that ends the command name: state is field 3, utime 14, stime 15
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      double cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS;
      long rss = 0;
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) rss = Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
      return new ServerStats(cpu, rss);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
