package org.samskap.boards;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.samskap.domain.ideas.IdeaLimits;
import org.samskap.kinds.BoardKind;
import org.samskap.kinds.BoardKinds;
import org.samskap.kinds.BoardModel;
import org.samskap.kinds.KindModule;
import org.samskap.kinds.KindRegistry;
import org.samskap.kinds.Viewer;
import org.samskap.exports.KindExports;
import org.samskap.exports.ImportReader;
import org.samskap.exports.ImportException;

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

  private BoardImport() {}

  /** {@code maxTextChars}: the server's note and card text limit ({@code SAMSKAP_MAX_NOTE_CHARS}). */
  public static Checked check(BoardKinds kinds, ImportReader.Parsed parsed, int maxTextChars) {
    BoardKind kind = kinds.get(parsed.kind()).orElseThrow(() -> new ImportException("kind",
        "Field 'kind' must be one of: \"" + String.join("\", \"", kinds.names()) + "\" (pilots are imported at /api/pilots/import)."));
    String title = parsed.title();
    if (title.codePointCount(0, title.length()) > MAX_TITLE_CHARS) {
      throw new ImportException("title", "Field 'title' may have at most " + MAX_TITLE_CHARS + " characters.");
    }
    Optional<KindExports> exports = KindRegistry.module(parsed.kind()).map(KindModule::exports);
    for (Map.Entry<String, Integer> limit : exports.map(KindExports::importListLimits).orElse(Map.of()).entrySet()) {
      if (parsed.content().get(limit.getKey()) instanceof List<?> l && l.size() > limit.getValue()) {
        throw new ImportException("content." + limit.getKey(), "Field 'content." + limit.getKey() + "' may hold at most "
            + limit.getValue() + " entries; it holds " + l.size() + ".");
      }
    }
    exports.ifPresent(k -> k.checkImportTexts(parsed.content(), maxTextChars)); // the kind's restore code does not check them
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
