package org.samskap.exports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.samskap.domain.ideas.Color;
import org.samskap.domain.ideas.IdeaLimits;
import org.samskap.util.RandomIds;

/**
 * Reads notes from CSV into the content of a new idea board (docs/EXPORT.md): a header row
 * with {@code text} and optionally {@code x}, {@code y}, {@code color}, {@code cluster} (a
 * cluster label; equal labels share one cluster, unless a {@code clusterId} column keeps them
 * apart). The notes CSV export's other columns ({@code id}, {@code votes}) are accepted and
 * ignored, so an exported file imports again ({@link NoteColumns}, docs/EXPORT.md [X17]).
 * UTF-8 with or without a byte-order mark,
 * comma or semicolon separated (told by the header line, [X18]), RFC 4180 quoting; x and y may
 * have a decimal comma. Every problem names its line; one bad line refuses the
 * whole file. Notes without coordinates are laid out in a grid.
 */
public final class NotesCsvImport {
  public static final int MAX_TEXT_CHARS = 2000;
  public static final String AUTHOR = "import";

  private NotesCsvImport() {}

  public static ImportReader.Parsed read(InputStream in, String title) {
    if (title == null || title.isBlank()) throw new ImportException("title", "Give the new board's title as '?title=...'.");
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    List<Object> notes = new ArrayList<>();
    Map<String, Map<String, Object>> clusters = new LinkedHashMap<>();
    BufferedReader body = new BufferedReader(new BomSkipper(reader), HEADER_PEEK_CHARS);
    try (CSVParser p = CSVParser.builder().setReader(body)
        .setFormat(CSVFormat.RFC4180.builder().setDelimiter(separator(body)).setHeader().setSkipHeaderRecord(true).setTrim(false).get()).get()) {
      List<String> header = p.getHeaderNames().stream().map(NoteColumns::key).toList();
      if (!header.contains("text")) throw new ImportException("text", "line 1: the header must name a 'text' column (and optionally x, y, color, cluster).");
      for (String h : header) {
        if (NoteColumns.of(h).isEmpty()) throw new ImportException(h, "line 1: unknown column '" + h + "'; use text, x, y, color, cluster.");
      }
      int i = 0;
      long endOfPrevious = p.getCurrentLineNumber();
      for (CSVRecord r : p) {
        long line = endOfPrevious + 1; // where the record starts (a quoted cell may span lines)
        endOfPrevious = p.getCurrentLineNumber();
        if (r.size() != header.size()) {
          throw new ImportException(null, "line " + line + ": expected " + header.size() + " cells, found " + r.size() + ".");
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) cells.put(header.get(c), CsvCells.restore(r.get(c)));
        notes.add(note(cells, line, i++, clusters));
        if (notes.size() > IdeaLimits.DEFAULT_MAX_NOTES) {
          throw new ImportException(null, "line " + line + ": a board holds at most " + IdeaLimits.DEFAULT_MAX_NOTES + " notes.");
        }
      }
    } catch (UncheckedIOException | IOException e) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      String why = cause instanceof CharacterCodingException ? "the file is not UTF-8" : String.valueOf(cause.getMessage());
      throw new ImportException(null, "The CSV could not be read: " + why + ".");
    }
    if (notes.isEmpty()) throw new ImportException(null, "The CSV has no notes below its header.");
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("notes", notes);
    content.put("clusters", new ArrayList<Object>(clusters.values()));
    return new ImportReader.Parsed("ideas", title.strip(), content);
  }

  /** How far the header line is looked at for its separator. */
  static final int HEADER_PEEK_CHARS = 8192;

  /**
   * The separator the header line uses ([X18]): {@code ;} when it holds more semicolons than
   * commas outside quotes, else {@code ,}. The reader is left where it was.
   */
  static char separator(BufferedReader in) throws IOException {
    in.mark(HEADER_PEEK_CHARS);
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    for (int i = 0; i < HEADER_PEEK_CHARS; i++) {
      int c = in.read();
      if (c == -1 || (!quoted && (c == '\n' || c == '\r'))) break;
      if (c == '"') quoted = !quoted;
      else if (!quoted && c == ';') semicolons++;
      else if (!quoted && c == ',') commas++;
    }
    in.reset();
    return semicolons > commas ? ';' : ',';
  }

  private static Map<String, Object> note(Map<String, String> cells, long line, int index,
      Map<String, Map<String, Object>> clusters) {
    String text = cells.get("text").strip();
    if (text.isEmpty()) throw new ImportException("text", "line " + line + ": the text is empty.");
    if (text.codePointCount(0, text.length()) > MAX_TEXT_CHARS) {
      throw new ImportException("text", "line " + line + ": the text has more than " + MAX_TEXT_CHARS + " characters.");
    }
    double x = number(cells, "x", line, 40 + (index % 10) * 220.0);
    double y = number(cells, "y", line, 40 + (index / 10) * 160.0);
    String colorCell = cells.getOrDefault("color", "").strip().toLowerCase(Locale.ROOT);
    String color = colorCell.isEmpty() ? "yellow" : Color.fromWire(colorCell).map(Color::wire).orElseThrow(() ->
        new ImportException("color", "line " + line + ": color '" + colorCell + "' is not one of yellow, pink, blue, green, orange, purple."));
    String label = cells.getOrDefault("cluster", "").strip();
    // Notes of one exported cluster share its id; two clusters with the same label stay apart.
    String exportedId = cells.getOrDefault(NoteColumns.key(NoteColumns.CLUSTER_ID.header()), "").strip();
    String clusterKey = exportedId.isEmpty() ? "label:" + label : "id:" + exportedId;
    String clusterId = null;
    if (!label.isEmpty()) {
      if (label.codePointCount(0, label.length()) > IdeaLimits.DEFAULT_MAX_LABEL_CHARS) {
        throw new ImportException("cluster", "line " + line + ": the cluster label has more than " + IdeaLimits.DEFAULT_MAX_LABEL_CHARS + " characters.");
      }
      Map<String, Object> cl = clusters.computeIfAbsent(clusterKey, k -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", RandomIds.of(9));
        m.put("label", label);
        m.put("x", 40 + clusters.size() * 300.0);
        m.put("y", 0.0);
        return m;
      });
      if (clusters.size() > IdeaLimits.DEFAULT_MAX_CLUSTERS) {
        throw new ImportException("cluster", "line " + line + ": a board holds at most " + IdeaLimits.DEFAULT_MAX_CLUSTERS + " clusters.");
      }
      clusterId = (String) cl.get("id");
    }
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("id", RandomIds.of(9));
    n.put("text", text);
    n.put("x", x);
    n.put("y", y);
    n.put("color", color);
    n.put("clusterId", clusterId);
    n.put("author", AUTHOR);
    return n;
  }

  private static double number(Map<String, String> cells, String column, long line, double fallback) {
    String s = cells.getOrDefault(column, "").strip();
    if (s.isEmpty()) return fallback;
    double v;
    try {
      v = Double.parseDouble(s.replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new ImportException(column, "line " + line + ": " + column + " '" + s + "' is not a number.");
    }
    if (!Double.isFinite(v) || Math.abs(v) > IdeaLimits.DEFAULT_MAX_COORDINATE) {
      throw new ImportException(column, "line " + line + ": " + column + " must be a number within ±1 000 000.");
    }
    return v;
  }

  /** Drops a leading byte-order mark, which Excel writes at the start of UTF-8 CSV. */
  private static final class BomSkipper extends java.io.FilterReader {
    private boolean first = true;

    BomSkipper(Reader in) {
      super(new java.io.PushbackReader(in, 1));
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (first) {
        first = false;
        java.io.PushbackReader pr = (java.io.PushbackReader) in;
        int c = pr.read();
        if (c != -1 && c != CsvCells.BOM) pr.unread(c);
      }
      return super.read(buf, off, len);
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n == -1 ? -1 : one[0];
    }
  }
}
