package org.samskap.projects;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Board templates per phase as data (PJ13): resource {@code projects/templates.json}. A template
 * names its phase, its names in nb, nn and en, the seed lines it follows and its boards: each a
 * kind, a title suffix per language and the ops the server applies to the new board.
 */
public final class Templates {
  public static final String RESOURCE = "/projects/templates.json";
  private static final JsonObject DOC = read();

  private Templates() {}

  /** Every template, as {@code GET /api/project-templates} serves it (a copy). */
  public static JsonObject json() {
    return DOC.copy();
  }

  public static Optional<JsonObject> find(String id) {
    JsonArray all = DOC.getJsonArray("templates");
    for (int i = 0; i < all.size(); i++) {
      if (all.getJsonObject(i).getString("id").equals(id)) return Optional.of(all.getJsonObject(i).copy());
    }
    return Optional.empty();
  }

  private static JsonObject read() {
    try (InputStream in = Templates.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
