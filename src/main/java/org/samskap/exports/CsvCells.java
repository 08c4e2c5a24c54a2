package org.samskap.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV the way spreadsheets read it safely: RFC 4180 (Apache Commons CSV: CRLF, quotes
 * doubled), UTF-8 with a byte-order mark so Excel shows æøå, and every text cell that starts
 * with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so a spreadsheet
 * never runs a participant's note as a formula (CSV injection). Numbers are written as numbers.
 */
public final class CsvCells {
  static final char BOM = '\uFEFF';

  private CsvCells() {}

  /** The text as a safe cell: a leading apostrophe before a formula trigger. */
  public static String neutralise(String text) {
    if (text == null || text.isEmpty()) return text == null ? "" : text;
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
  }

  /** The inverse of {@link #neutralise}, for reading back a file this server wrote. */
  public static String restore(String cell) {
    if (cell.length() >= 2 && cell.charAt(0) == '\'') {
      char c = cell.charAt(1);
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') return cell.substring(1);
    }
    return cell;
  }

  /** Collects rows, then gives the file's bytes. */
  public static final class Table {
    private final List<String> header;
    private final List<List<Object>> rows = new ArrayList<>();

    public Table(String... header) {
      this.header = List.of(header);
    }

    /** The column keys of the header row, in order. */
    public List<String> header() {
      return header;
    }

    /** The rows below the header: strings already neutralised, numbers as numbers, null as "". */
    public List<List<Object>> rows() {
      return rows.stream().map(List::copyOf).toList();
    }

    /** A row; strings are neutralised, numbers and booleans written as they are, null as empty. */
    public Table row(Object... cells) {
      List<Object> r = new ArrayList<>(cells.length);
      for (Object c : cells) r.add(c instanceof String s ? neutralise(s) : c == null ? "" : c);
      rows.add(r);
      return this;
    }

    public byte[] bytes() {
      return bytes(CsvDialect.COMMA);
    }

    /** The file in a dialect ([X18]): its separator between cells, its decimal mark in numbers. */
    public byte[] bytes(CsvDialect dialect) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(dialect.separator()).get();
      try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          CSVPrinter p = new CSVPrinter(w, format)) {
        w.write(BOM);
        p.printRecord(header);
        for (List<Object> r : rows) {
          List<Object> cells = new ArrayList<>(r.size());
          for (Object c : r) cells.add(c instanceof Number n ? dialect.number(n) : c);
          p.printRecord(cells);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toByteArray();
    }
  }
}
