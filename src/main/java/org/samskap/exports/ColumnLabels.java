package org.samskap.exports;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers of a kind's table in the XLSX ([X19]): per column key its Bokmål, Nynorsk and
 * English label. Each row of {@code rows} is {@code {key, nb, nn, en}}; checked when built.
 */
public final class ColumnLabels {
  private final Map<String, String[]> labels = new LinkedHashMap<>();

  public ColumnLabels(String[]... rows) {
    for (String[] r : rows) {
      if (r.length != 4) throw new IllegalArgumentException("a column label row is {key, nb, nn, en}, got " + r.length + " cells");
      if (labels.put(r[0], r) != null) throw new IllegalArgumentException("column '" + r[0] + "' is labelled twice");
    }
  }

  /** The column's label in {@code lang}. */
  public String of(String key, ExportLang lang) {
    String[] r = labels.get(key);
    if (r == null) throw new IllegalArgumentException("no label for column '" + key + "'");
    return lang.pick(r[1], r[2], r[3]);
  }
}
