package org.samskap.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** docs/EXPORT.md [X17]: the notes CSV the export writes imports again with text, place, colour and clusters. */
class NotesCsvRoundTripTest {

  static Map<String, Object> note(String id, String text, double x, double y, String color, String clusterId, Integer votes) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("id", id);
    n.put("text", text);
    n.put("x", x);
    n.put("y", y);
    n.put("color", color);
    n.put("clusterId", clusterId);
    n.put("author", "Kari");
    if (votes != null) n.put("votes", votes);
    return n;
  }

  static Map<String, Object> cluster(String id, String label) {
    return new LinkedHashMap<>(Map.of("id", id, "label", label, "x", 0.0, "y", 0.0));
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object o) {
    return (List<Map<String, Object>>) o;
  }

  @Test
  void X17_an_exported_notes_csv_imports_as_the_same_notes_colours_and_clusters() {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("notes", new ArrayList<>(List.of(
        note("n1", "Bedre åpningstider, også for æøå", 10, 20.5, "green", "c1", 2),
        note("n2", "=HYPERLINK(\"http://x\")", -5, 3, "pink", null, null),
        note("n3", "To linjer\nmed \"sitat\"", 400, 300, "blue", "c2", 0),
        note("n4", "Samme navn, annen gruppe", 1, 2, "purple", "c3", null),
        note("n5", "-1 er et tall her", 0.25, -7.75, "yellow", "c1", null))));
    content.put("clusters", new ArrayList<>(List.of(cluster("c1", "Pårørende"), cluster("c2", "Venting"), cluster("c3", "Pårørende"))));

    byte[] csv = org.samskap.kinds.ideas.IdeaExports.csv(content);
    ImportReader.Parsed back = NotesCsvImport.read(new ByteArrayInputStream(csv), "Kopi");

    assertEquals("ideas", back.kind());
    List<Map<String, Object>> before = list(content.get("notes"));
    List<Map<String, Object>> after = list(back.content().get("notes"));
    assertEquals(before.size(), after.size());
    Map<String, String> labels = new LinkedHashMap<>();
    for (Map<String, Object> c : list(back.content().get("clusters"))) labels.put((String) c.get("id"), (String) c.get("label"));
    for (int i = 0; i < before.size(); i++) {
      Map<String, Object> b = before.get(i);
      Map<String, Object> a = after.get(i);
      assertEquals(b.get("text"), a.get("text"), "text of note " + i);
      assertEquals(b.get("x"), a.get("x"), "x of note " + i);
      assertEquals(b.get("y"), a.get("y"), "y of note " + i);
      assertEquals(b.get("color"), a.get("color"), "colour of note " + i);
    }
    assertNull(after.get(1).get("clusterId"), "a note outside any cluster stays outside");
    assertEquals("Pårørende", labels.get((String) after.get(0).get("clusterId")));
    assertEquals("Venting", labels.get((String) after.get(2).get("clusterId")));
    assertEquals(after.get(0).get("clusterId"), after.get(4).get("clusterId"), "notes of one cluster share it again");
    assertNotEquals(after.get(0).get("clusterId"), after.get(3).get("clusterId"),
        "two clusters with the same label stay two clusters");
    assertEquals(3, labels.size());
  }

  @Test
  void X17_the_export_header_is_the_column_list_the_import_knows() {
    assertEquals(List.of("id", "text", "x", "y", "color", "cluster", "clusterId", "votes"), List.of(NoteColumns.exportHeader()));
    for (String h : NoteColumns.exportHeader()) assertEquals(h, NoteColumns.of(" " + h.toUpperCase() + " ").orElseThrow().header());
  }
}
