package org.samskap.projects;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/**
 * The project archive (PJ14): one zip with {@code samskap-project.json} (format, version, the
 * project, the checklists), {@code boards/<boardId>.json}, each board's JSON export, and
 * {@code pilots/<pilotId>.json}, each pilot's JSON export (the pilot export format). Reading
 * treats the archive as hostile (PJ15): every entry is checked before anything is stored, and a
 * refusal names the entry.
 */
public final class ProjectArchive {
  public static final String FORMAT = "samskap-project";
  public static final int VERSION = 1;
  public static final String PROJECT_ENTRY = "samskap-project.json";
  /** The project report (PJ14), for people: written on export, skipped (after the size checks) on import. */
  public static final String REPORT_ENTRY = "report.pdf";
  public static final int MAX_ENTRIES = 2 + 200 + 200;
  public static final long MAX_ENTRY_BYTES = 8L * 1024 * 1024;
  public static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
  /** An archive that inflates to more than this many times its size is refused as a compression bomb. */
  public static final long MAX_RATIO = 100;
  private static final Pattern BOARD_ENTRY = Pattern.compile("boards/([A-Za-z0-9_-]{8,64})\\.json");
  private static final Pattern PILOT_ENTRY = Pattern.compile("pilots/([A-Za-z0-9_-]{8,64})\\.json");

  private ProjectArchive() {}

  /** A refused archive: {@code entry} names the entry at fault, or is empty for the archive as a whole. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String entry;

    Refused(String entry, String message) {
      super(message, null, false, false);
      this.entry = entry;
    }

    public String entry() {
      return entry;
    }
  }

  /** What a checked archive holds: the project document, each board's and each pilot's export by its old id. */
  public record Read(JsonObject project, Map<String, byte[]> boards, Map<String, byte[]> pilots) {}

  public static byte[] write(JsonObject projectDocument, Map<String, byte[]> boards) {
    return write(projectDocument, boards, Map.of());
  }

  public static byte[] write(JsonObject projectDocument, Map<String, byte[]> boards, Map<String, byte[]> pilots) {
    return write(projectDocument, boards, pilots, null);
  }

  public static byte[] write(JsonObject projectDocument, Map<String, byte[]> boards, Map<String, byte[]> pilots, byte[] report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      zip.putNextEntry(new ZipEntry(PROJECT_ENTRY));
      zip.write(projectDocument.encodePrettily().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      for (Map.Entry<String, byte[]> b : boards.entrySet()) {
        zip.putNextEntry(new ZipEntry("boards/" + b.getKey() + ".json"));
        zip.write(b.getValue());
        zip.closeEntry();
      }
      if (report != null) {
        zip.putNextEntry(new ZipEntry(REPORT_ENTRY));
        zip.write(report);
        zip.closeEntry();
      }
      for (Map.Entry<String, byte[]> p : pilots.entrySet()) {
        zip.putNextEntry(new ZipEntry("pilots/" + p.getKey() + ".json"));
        zip.write(p.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Rule PJ15: reads and checks the whole archive, or throws {@link Refused}. */
  public static Read read(byte[] bytes) {
    Counting counted = new Counting(new ByteArrayInputStream(bytes));
    JsonObject project = null;
    Map<String, byte[]> boards = new LinkedHashMap<>();
    Map<String, byte[]> pilots = new LinkedHashMap<>();
    boolean reportSeen = false;
    long total = 0;
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(counted, StandardCharsets.UTF_8)) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        String name = e.getName();
        if (++entries > MAX_ENTRIES) throw new Refused(name, "The archive has more than " + MAX_ENTRIES + " entries.");
        if (name.startsWith("/") || name.startsWith("\\") || name.contains("..") || name.contains(":") || name.contains("\\")) {
          throw new Refused(name, "The entry's path leaves the archive.");
        }
        if (name.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(zip|jar|gz|tgz|tar|7z|rar)")) {
          throw new Refused(name, "The archive holds another archive.");
        }
        boolean isProject = name.equals(PROJECT_ENTRY);
        var board = BOARD_ENTRY.matcher(name);
        var pilot = PILOT_ENTRY.matcher(name);
        boolean isReport = name.equals(REPORT_ENTRY);
        if (!isProject && !isReport && !board.matches() && !pilot.matches()) throw new Refused(name, "The archive holds an entry a project archive does not have.");
        byte[] data = readCapped(zip, name, counted, total);
        total += data.length;
        if (data.length >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4) {
          throw new Refused(name, "The archive holds another archive.");
        }
        if (isReport) {
          if (reportSeen) throw new Refused(name, "The entry is in the archive twice.");
          reportSeen = true;
        } else if (isProject) {
          if (project != null) throw new Refused(name, "The entry is in the archive twice.");
          project = json(name, data);
        } else if (pilot.matches() ? pilots.put(pilot.group(1), data) != null : boards.put(board.group(1), data) != null) {
          throw new Refused(name, "The entry is in the archive twice.");
        }
      }
    } catch (ZipException ex) {
      throw new Refused("", "The file is not a readable zip archive.");
    } catch (IOException ex) {
      throw new Refused("", "The file is not a readable zip archive.");
    }
    if (entries == 0) throw new Refused("", "The file is not a readable zip archive.");
    if (project == null) throw new Refused(PROJECT_ENTRY, "The archive has no " + PROJECT_ENTRY + ".");
    if (!FORMAT.equals(project.getValue("format")) || !(project.getValue("version") instanceof Number v) || v.intValue() != VERSION
        || v.doubleValue() != VERSION) {
      throw new Refused(PROJECT_ENTRY, "Unknown format or version: this server reads \"" + FORMAT + "\" version " + VERSION + ".");
    }
    return new Read(project, boards, pilots);
  }

  private static byte[] readCapped(ZipInputStream zip, String name, Counting counted, long before) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16 * 1024];
    int n;
    long size = 0;
    while ((n = zip.read(buf)) > 0) {
      size += n;
      if (size > MAX_ENTRY_BYTES) throw new Refused(name, "The entry is larger than " + MAX_ENTRY_BYTES / (1024 * 1024) + " MiB unpacked.");
      if (before + size > MAX_TOTAL_BYTES) throw new Refused(name, "The archive is larger than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MiB unpacked.");
      long read = Math.max(1, counted.count);
      if (before + size > 1024 * 1024 && (before + size) / read > MAX_RATIO) {
        throw new Refused(name, "The entry unpacks to more than " + MAX_RATIO + " times its packed size (a compression bomb).");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static JsonObject json(String name, byte[] data) {
    try {
      return new JsonObject(new String(data, StandardCharsets.UTF_8));
    } catch (DecodeException | ClassCastException e) {
      throw new Refused(name, "The entry is not a JSON object.");
    }
  }

  /** Counts the packed bytes read so far. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) count++;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) count += n;
      return n;
    }
  }
}
