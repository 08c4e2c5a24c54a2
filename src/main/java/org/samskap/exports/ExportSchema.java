package org.samskap.exports;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The versioned JSON export format (docs/EXPORT.md). An export is one JSON object:
 * {@code {"schema":"samskap-export","schemaVersion":1,"kind","title","source":{...},"content":{...}}}
 * where {@code content} is the board's durable content exactly as storage sees it at
 * {@code source.version} (for a pilot: {@code pilot} and {@code measurements}).
 */
public final class ExportSchema {
  public static final String SCHEMA = "samskap-export";
  public static final int VERSION = 1;
  /** The kind of a pilot export (pilots are not a board kind). */
  public static final String PILOT = "pilot";

  private ExportSchema() {}

  /** The envelope of a board export: {@code content} is the storage content, without presence. */
  public static Map<String, Object> board(String boardId, String kind, String title, long version, long exportedAt,
      Map<String, Object> content) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schema", SCHEMA);
    m.put("schemaVersion", VERSION);
    m.put("kind", kind);
    m.put("title", title);
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("boardId", boardId);
    source.put("version", version);
    source.put("exportedAt", exportedAt);
    m.put("source", source);
    m.put("content", content);
    return m;
  }

  /** The envelope of a pilot export: the stored pilot, its revision and its measurements. */
  public static Map<String, Object> pilot(String pilotId, String title, long rev, long exportedAt, Map<String, Object> content) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schema", SCHEMA);
    m.put("schemaVersion", VERSION);
    m.put("kind", PILOT);
    m.put("title", title);
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("pilotId", pilotId);
    source.put("rev", rev);
    source.put("exportedAt", exportedAt);
    m.put("source", source);
    m.put("content", content);
    return m;
  }
}
