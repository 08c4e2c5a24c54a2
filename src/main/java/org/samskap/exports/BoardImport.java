package org.samskap.exports;

import java.util.List;
import java.util.Map;

import org.samskap.domain.ideas.IdeaLimits;
import org.samskap.domain.matrix.MatrixLimits;
import org.samskap.kinds.BoardKind;
import org.samskap.kinds.BoardKinds;
import org.samskap.kinds.BoardModel;
import org.samskap.kinds.Viewer;

/**
 * Checks a parsed export against its kind and gives the content to store: the kind rebuilds
 * its model from the content (the same code that loads a stored snapshot), and the model's
 * storage content is what the new board starts with. So an import holds exactly what a live
 * board of that kind can hold, and export → import → export gives the same content.
 */
public final class BoardImport {
  public static final int MAX_TITLE_CHARS = IdeaLimits.DEFAULT_MAX_LABEL_CHARS;

  /** The checked board: kind, title and the storage content of its rebuilt model. */
  public record Checked(String kind, String title, Map<String, Object> content) {}

  private static final Map<String, Map<String, Integer>> LIST_LIMITS = Map.of(
      "ideas", Map.of("notes", IdeaLimits.DEFAULT_MAX_NOTES, "clusters", IdeaLimits.DEFAULT_MAX_CLUSTERS),
      "matrix", Map.of("items", MatrixLimits.DEFAULT_MAX_ITEMS, "decisionLog", MatrixLimits.DEFAULT_MAX_LOG_ENTRIES));

  private BoardImport() {}

  /** Item texts and labels within the limits live ops enforce (the kinds' restore code does not check them). */
  static void checkTexts(ImportReader.Parsed p, int maxText) {
    Map<String, Object> c = p.content();
    switch (p.kind()) {
      case "ideas" -> {
        texts(c.get("notes"), "content.notes", "text", maxText);
        texts(c.get("clusters"), "content.clusters", "label", IdeaLimits.DEFAULT_MAX_LABEL_CHARS);
      }
      case "matrix" -> texts(c.get("items"), "content.items", "text", maxText);
      case "journey" -> {
        if (c.get("journeys") instanceof Map<?, ?> js) {
          for (String v : List.of("current", "future")) {
            if (js.get(v) instanceof Map<?, ?> j) texts(j.get("cards"), "content.journeys." + v + ".cards", "text", maxText);
          }
        }
      }
      default -> { }
    }
  }

  private static void texts(Object list, String path, String field, int max) {
    if (!(list instanceof List<?> l)) return;
    for (int i = 0; i < l.size(); i++) {
      if (l.get(i) instanceof Map<?, ?> m && m.get(field) instanceof String s && s.codePointCount(0, s.length()) > max) {
        String at = path + "[" + i + "]." + field;
        throw new ImportException(at, "Field '" + at + "' has more than " + max + " characters.");
      }
    }
  }

  /** {@code maxTextChars}: the server's note and card text limit ({@code SAMSKAP_MAX_NOTE_CHARS}). */
  public static Checked check(BoardKinds kinds, ImportReader.Parsed parsed, int maxTextChars) {
    BoardKind kind = kinds.get(parsed.kind()).orElseThrow(() -> new ImportException("kind",
        "Field 'kind' must be one of: \"" + String.join("\", \"", kinds.names()) + "\" (pilots are imported at /api/pilots/import)."));
    String title = parsed.title();
    if (title.codePointCount(0, title.length()) > MAX_TITLE_CHARS) {
      throw new ImportException("title", "Field 'title' may have at most " + MAX_TITLE_CHARS + " characters.");
    }
    for (Map.Entry<String, Integer> limit : LIST_LIMITS.getOrDefault(parsed.kind(), Map.of()).entrySet()) {
      if (parsed.content().get(limit.getKey()) instanceof List<?> l && l.size() > limit.getValue()) {
        throw new ImportException("content." + limit.getKey(), "Field 'content." + limit.getKey() + "' may hold at most "
            + limit.getValue() + " entries; it holds " + l.size() + ".");
      }
    }
    checkTexts(parsed, maxTextChars);
    BoardModel model;
    try {
      model = kind.restore(title, parsed.content());
    } catch (RuntimeException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (e instanceof ClassCastException || e instanceof NullPointerException) why = "a field has the wrong type or is missing";
      throw new ImportException("content", "Field 'content' is not a valid " + parsed.kind() + " board: " + why);
    }
    return new Checked(parsed.kind(), title, model.content(Viewer.STORAGE));
  }
}
