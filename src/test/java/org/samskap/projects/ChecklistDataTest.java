package org.samskap.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Rule PJ2: the checklists are data, one list per phase, every question in nb, nn and en with its seed line. */
class ChecklistDataTest {
  @Test
  void pj2_every_phase_has_questions_in_three_languages_each_citing_a_seed_file_and_line() {
    JsonObject doc = ChecklistData.json();
    JsonArray phases = doc.getJsonArray("phases");
    assertEquals(6, phases.size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < phases.size(); i++) {
      JsonObject p = phases.getJsonObject(i);
      assertEquals(i + 1, p.getInteger("phase"));
      JsonArray items = p.getJsonArray("items");
      assertFalse(items.isEmpty(), "phase " + (i + 1));
      for (Object o : items) {
        JsonObject item = (JsonObject) o;
        assertTrue(ids.add(item.getString("id")), "unique id " + item.getString("id"));
        assertTrue(item.getString("source").matches("seeds/00[13]_[0-9a-f]{16}\\.txt:\\d+"), item.getString("source"));
        for (String lang : new String[] {"nb", "nn", "en"}) {
          assertTrue(item.getString(lang, "").endsWith("?"), item.getString("id") + " " + lang);
        }
        assertTrue(ChecklistData.checklists().has(i + 1, item.getString("id")));
      }
    }
    // Phase 4 is the roundabout's own checklist, "Har dere:" in seed 001 lines 151-159, quoted.
    JsonObject first = phases.getJsonObject(3).getJsonArray("items").getJsonObject(0);
    assertEquals("seeds/001_589e76cd8102b19e.txt:151", first.getString("source"));
    assertEquals("Utviklet kontaktpunkter i tett dialog med dem som mottar og yter tjenesten?", first.getString("nb"));
    assertEquals(9, phases.getJsonObject(3).getJsonArray("items").size());
    assertEquals("Har dere:", doc.getJsonObject("intro").getString("nb"));
  }
}
