package org.samskap.exports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Reads an export file (docs/EXPORT.md) with Jackson's streaming parser into plain maps and
 * lists, checking the envelope as it goes. Every refusal names the field and the line and
 * column where the parser stood, e.g. {@code content.notes[2]: line 14, column 9: ...}.
 * Nesting deeper than {@link #MAX_DEPTH} and strings longer than {@link #MAX_STRING_CHARS}
 * are refused, so a hostile file cannot exhaust memory beyond the byte cap of the caller.
 */
public final class ImportReader {
  public static final int MAX_DEPTH = 24;
  public static final int MAX_STRING_CHARS = 100_000;
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 2)
          .maxStringLength(MAX_STRING_CHARS).maxNumberLength(64).build())
      .build();

  /** A parsed export: kind, title and the kind's content (plain maps and lists). */
  public record Parsed(String kind, String title, Map<String, Object> content) {}

  private ImportReader() {}

  public static Parsed read(InputStream in) {
    try (JsonParser p = FACTORY.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) throw at(p, null, "The file must be one JSON object (a Samskap export).");
      String schema = null;
      Integer schemaVersion = null;
      String kind = null;
      String title = null;
      Map<String, Object> content = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        switch (name) {
          case "schema" -> schema = string(p, t, "schema");
          case "schemaVersion" -> {
            if (t != JsonToken.VALUE_NUMBER_INT) throw at(p, "schemaVersion", "Field 'schemaVersion' must be a whole number.");
            schemaVersion = p.getIntValue();
          }
          case "kind" -> kind = string(p, t, "kind");
          case "title" -> title = string(p, t, "title");
          case "content" -> {
            if (t != JsonToken.START_OBJECT) throw at(p, "content", "Field 'content' must be an object.");
            content = object(p, "content", 1);
          }
          default -> p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) throw at(p, null, "The file is not a complete JSON object.");
      if (p.nextToken() != null) throw at(p, null, "The file holds more than one JSON value.");
      if (!ExportSchema.SCHEMA.equals(schema)) {
        throw new ImportException("schema", "Field 'schema' must be \"" + ExportSchema.SCHEMA + "\"; this is not a Samskap export.");
      }
      if (schemaVersion == null || schemaVersion < 1 || schemaVersion > ExportSchema.VERSION) {
        throw new ImportException("schemaVersion", "Field 'schemaVersion' must be 1 to " + ExportSchema.VERSION
            + " (this server reads up to version " + ExportSchema.VERSION + ").");
      }
      if (kind == null) throw new ImportException("kind", "Field 'kind' is required.");
      if (title == null || title.isBlank()) throw new ImportException("title", "Field 'title' must be a non-empty string.");
      if (content == null) throw new ImportException("content", "Field 'content' is required.");
      return new Parsed(kind, title.strip(), content);
    } catch (ImportException e) {
      throw e;
    } catch (IOException e) {
      String msg = e.getMessage() == null ? "unreadable" : e.getMessage().lines().findFirst().orElse("unreadable");
      if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null) {
        JsonLocation l = jpe.getLocation();
        msg = "line " + l.getLineNr() + ", column " + l.getColumnNr() + ": " + jpe.getOriginalMessage().lines().findFirst().orElse("");
      }
      throw new ImportException(null, "The file is not valid JSON: " + msg);
    }
  }

  private static String string(JsonParser p, JsonToken t, String field) throws IOException {
    if (t != JsonToken.VALUE_STRING) throw at(p, field, "Field '" + field + "' must be a string.");
    return p.getText();
  }

  private static Map<String, Object> object(JsonParser p, String path, int depth) throws IOException {
    if (depth > MAX_DEPTH) throw at(p, path, "The content is nested too deeply.");
    Map<String, Object> m = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      String sub = path + "." + name;
      if (m.containsKey(name)) throw at(p, sub, "Field '" + sub + "' is given twice.");
      m.put(name, value(p, t, sub, depth));
    }
    return m;
  }

  private static List<Object> array(JsonParser p, String path, int depth) throws IOException {
    if (depth > MAX_DEPTH) throw at(p, path, "The content is nested too deeply.");
    List<Object> l = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      l.add(value(p, t, path + "[" + l.size() + "]", depth));
    }
    return l;
  }

  private static Object value(JsonParser p, JsonToken t, String path, int depth) throws IOException {
    return switch (t) {
      case START_OBJECT -> object(p, path, depth + 1);
      case START_ARRAY -> array(p, path, depth + 1);
      case VALUE_STRING -> p.getText();
      case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
          ? throwAt(p, path, "The number is too large.") : p.getLongValue();
      case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throwAt(p, path, "Unexpected " + t + ".");
    };
  }

  private static Object throwAt(JsonParser p, String path, String message) {
    throw at(p, path, message);
  }

  static ImportException at(JsonParser p, String field, String message) {
    JsonLocation l = p.currentTokenLocation();
    String where = "line " + l.getLineNr() + ", column " + l.getColumnNr();
    return new ImportException(field, (field == null ? "" : field + ": ") + where + ": " + message);
  }
}
