package org.samskap.projects;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import org.samskap.domain.projects.Checklists;

/**
 * The phase checklists as data (PJ2): resource {@code projects/checklists.json}, each phase's
 * questions in nb, nn and en with the seed file and line each comes from. Read once.
 */
public final class ChecklistData {
  public static final String RESOURCE = "/projects/checklists.json";
  private static final JsonObject DOC = read();
  private static final Checklists IDS = ids(DOC);

  private ChecklistData() {}

  /** The whole document, as the project view serves it (a copy). */
  public static JsonObject json() {
    return DOC.copy();
  }

  public static Checklists checklists() {
    return IDS;
  }

  private static JsonObject read() {
    try (InputStream in = ChecklistData.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Checklists ids(JsonObject doc) {
    Map<Integer, List<String>> out = new LinkedHashMap<>();
    JsonArray phases = doc.getJsonArray("phases");
    for (int i = 0; i < phases.size(); i++) {
      JsonObject p = phases.getJsonObject(i);
      List<String> ids = new ArrayList<>();
      JsonArray items = p.getJsonArray("items");
      for (int j = 0; j < items.size(); j++) ids.add(items.getJsonObject(j).getString("id"));
      out.put(p.getInteger("phase"), ids);
    }
    return new Checklists(out);
  }
}
