package org.samskap.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the idea board's notes CSV, in one place for the export ({@code boards.BoardCsv}) and
 * the import ({@link NotesCsvImport}), so a file the export wrote always imports again
 * (docs/EXPORT.md [X17]). The import reads {@code text}, {@code x}, {@code y}, {@code color},
 * {@code cluster} and {@code clusterId}; it accepts {@code id} and {@code votes} and ignores
 * them (a new board gets new ids; votes come from voting on the board).
 */
public enum NoteColumns {
  ID("id", false),
  TEXT("text", true),
  X("x", true),
  Y("y", true),
  COLOR("color", true),
  CLUSTER("cluster", true),
  CLUSTER_ID("clusterId", true),
  VOTES("votes", false);

  private final String header;
  private final boolean imported;

  NoteColumns(String header, boolean imported) {
    this.header = header;
    this.imported = imported;
  }

  /** The column's name in the header row, as the export writes it. */
  public String header() {
    return header;
  }

  /** False for a column the import accepts but does not read. */
  public boolean imported() {
    return imported;
  }

  /** The export's header row, in order. */
  public static String[] exportHeader() {
    List<String> out = new ArrayList<>();
    for (NoteColumns c : values()) out.add(c.header);
    return out.toArray(String[]::new);
  }

  /** The column a header cell names, ignoring case and surrounding spaces. */
  public static Optional<NoteColumns> of(String headerCell) {
    String h = headerCell.strip();
    for (NoteColumns c : values()) {
      if (c.header.equalsIgnoreCase(h)) return Optional.of(c);
    }
    return Optional.empty();
  }

  /** The key of a header cell as the import uses it: lower case. */
  static String key(String headerCell) {
    return headerCell.strip().toLowerCase(Locale.ROOT);
  }
}
