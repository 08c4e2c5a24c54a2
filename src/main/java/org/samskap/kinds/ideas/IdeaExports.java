package org.samskap.kinds.ideas;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.samskap.domain.ideas.IdeaLimits;
import org.samskap.exports.BoardSnapshot;
import org.samskap.exports.ColumnLabels;
import org.samskap.exports.CsvCells;
import org.samskap.exports.ExportLang;
import org.samskap.exports.ImportException;
import org.samskap.exports.KindExports;
import org.samskap.exports.NoteColumns;
import org.samskap.exports.PdfPages;
import org.samskap.util.Plain;
import org.samskap.exports.Svg;

/**
 * The idea board's exports (docs/EXPORT.md): a CSV row per note with its cluster and votes
 * (the notes CSV import reads it back, X17), an SVG of the notes where they stand with their
 * clusters' labels, and in the summary PDF each cluster with its notes and the latest vote.
 */
public final class IdeaExports implements KindExports {
  static final Map<String, String> COLORS = Map.of("yellow", "#fff59d", "pink", "#f8bbd0", "blue", "#bbdefb",
      "green", "#c8e6c9", "orange", "#ffe0b2", "purple", "#e1bee7");
  static final double NOTE_W = 180;
  static final double NOTE_H = 110;

  @Override
  public String title(ExportLang lang) {
    return Text.KIND_IDEAS.in(lang);
  }

  @Override
  public CsvCells.Table table(BoardSnapshot s) {
    return table(s.content());
  }

  static final ColumnLabels LABELS = new ColumnLabels(
      new String[] {"id", "ID", "ID", "ID"},
      new String[] {"text", "Tekst", "Tekst", "Text"},
      new String[] {"x", "X", "X", "X"},
      new String[] {"y", "Y", "Y", "Y"},
      new String[] {"color", "Farge", "Farge", "Colour"},
      new String[] {"cluster", "Gruppe", "Gruppe", "Group"},
      new String[] {"clusterId", "Gruppe-ID", "Gruppe-ID", "Group ID"},
      new String[] {"votes", "Stemmer", "Røyster", "Votes"});

  @Override
  public String columnLabel(String key, ExportLang lang) {
    return LABELS.of(key, lang);
  }

  @Override
  public byte[] svg(BoardSnapshot s, ExportLang lang) {
    return svg(s);
  }

  @Override
  public Map<String, Integer> importListLimits() {
    return Map.of("notes", IdeaLimits.DEFAULT_MAX_NOTES, "clusters", IdeaLimits.DEFAULT_MAX_CLUSTERS);
  }

  @Override
  public void checkImportTexts(Map<String, Object> c, int maxText) {
    ImportException.checkTexts(c.get("notes"), "content.notes", "text", maxText);
    ImportException.checkTexts(c.get("clusters"), "content.clusters", "label", IdeaLimits.DEFAULT_MAX_LABEL_CHARS);
  }

  /** The notes CSV of an idea board's content, RFC 4180 ([X9]). */
  public static byte[] csv(Map<String, Object> c) {
    return table(c).bytes();
  }

  /** The notes table of an idea board's content: a row per note. */
  public static CsvCells.Table table(Map<String, Object> c) {
    Map<String, String> clusters = new HashMap<>();
    for (Map<String, Object> cl : Plain.list(c.get("clusters"))) clusters.put(Plain.str(cl.get("id")), Plain.str(cl.get("label")));
    Map<String, Object> lastResult = lastResult(c);
    CsvCells.Table t = new CsvCells.Table(NoteColumns.exportHeader()); // the import reads these back (X17)
    for (Map<String, Object> n : Plain.list(c.get("notes"))) {
      Object clusterId = n.get("clusterId");
      Object votes = n.get("votes") != null ? n.get("votes") : lastResult.get(Plain.str(n.get("id")));
      t.row(n.get("id"), n.get("text"), n.get("x"), n.get("y"), n.get("color"),
          clusterId == null ? null : clusters.get(clusterId.toString()), clusterId, votes == null ? 0 : votes);
    }
    return t;
  }

  private static Map<String, Object> lastResult(Map<String, Object> c) {
    Map<String, Object> out = new HashMap<>();
    var results = Plain.list(Plain.at(c, "session", "results"));
    if (results.isEmpty()) return out;
    for (Map<String, Object> r : Plain.list(results.get(results.size() - 1).get("ranking"))) {
      out.put(Plain.str(r.get("targetId")), r.get("votes"));
    }
    return out;
  }

  static byte[] svg(BoardSnapshot s) {
    List<Map<String, Object>> notes = Plain.list(s.content().get("notes"));
    List<Map<String, Object>> clusters = Plain.list(s.content().get("clusters"));
    double minX = 0, minY = 0, maxX = 400, maxY = 200;
    for (Map<String, Object> n : notes) {
      minX = Math.min(minX, num(n.get("x")));
      minY = Math.min(minY, num(n.get("y")));
      maxX = Math.max(maxX, num(n.get("x")) + NOTE_W);
      maxY = Math.max(maxY, num(n.get("y")) + NOTE_H);
    }
    for (Map<String, Object> c : clusters) {
      minX = Math.min(minX, num(c.get("x")));
      minY = Math.min(minY, num(c.get("y")) - 30);
      maxX = Math.max(maxX, num(c.get("x")) + 300);
    }
    double pad = 40;
    double ox = pad - minX;
    double oy = pad + 40 - minY;
    Svg svg = new Svg(Math.min(maxX - minX + 2 * pad, 20_000), Math.min(maxY - minY + 2 * pad + 40, 20_000), s.title());
    svg.text(pad, 32, 22, true, s.title());
    for (Map<String, Object> c : clusters) svg.text(num(c.get("x")) + ox, num(c.get("y")) + oy - 8, 16, true, Plain.str(c.get("label")));
    for (Map<String, Object> n : notes) {
      double x = num(n.get("x")) + ox;
      double y = num(n.get("y")) + oy;
      svg.rect(x, y, NOTE_W, NOTE_H, COLORS.getOrDefault(Plain.str(n.get("color")), "#fff59d"), "#9e9e9e");
      svg.wrapped(x + 8, y + 20, 13, 24, 6, Plain.str(n.get("text")));
      if (n.get("votes") instanceof Number v && v.intValue() > 0) svg.text(x + NOTE_W - 34, y + NOTE_H - 8, 12, true, "● " + v);
    }
    return svg.bytes();
  }

  @Override
  public void pdf(PdfPages d, Map<String, Object> c, ExportLang lang) {
    Map<String, List<Map<String, Object>>> byCluster = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (Map<String, Object> cl : Plain.list(c.get("clusters"))) {
      labels.put(Plain.str(cl.get("id")), Plain.str(cl.get("label")));
      byCluster.put(Plain.str(cl.get("id")), new ArrayList<>());
    }
    List<Map<String, Object>> loose = new ArrayList<>();
    for (Map<String, Object> n : Plain.list(c.get("notes"))) {
      List<Map<String, Object>> list = n.get("clusterId") == null ? null : byCluster.get(Plain.str(n.get("clusterId")));
      (list == null ? loose : list).add(n);
    }
    d.text(Plain.list(c.get("notes")).size() + " " + Text.NOTES.in(lang) + " " + Text.IN.in(lang) + " " + labels.size() + " " + Text.GROUPS.in(lang) + ".");
    byCluster.forEach((id, notes) -> {
      d.subheading(labels.get(id) + " (" + notes.size() + ")");
      notes.forEach(n -> d.bullet(noteLine(n, lang)));
    });
    if (!loose.isEmpty()) {
      d.subheading(Text.NO_GROUP.in(lang) + " (" + loose.size() + ")");
      loose.forEach(n -> d.bullet(noteLine(n, lang)));
    }
    List<Map<String, Object>> results = Plain.list(Plain.at(c, "session", "results"));
    if (!results.isEmpty()) {
      Map<String, String> texts = new LinkedHashMap<>();
      for (Map<String, Object> n : Plain.list(c.get("notes"))) texts.put(Plain.str(n.get("id")), Plain.str(n.get("text")));
      d.subheading(Text.LAST_VOTE.in(lang));
      for (Map<String, Object> r : Plain.list(results.get(results.size() - 1).get("ranking"))) {
        d.bullet(r.get("rank") + ". " + texts.getOrDefault(Plain.str(r.get("targetId")), Text.DELETED.in(lang)) + ": " + r.get("votes") + " " + org.samskap.exports.Evidence.votesWord(((Number) r.get("votes")).intValue(), lang));
      }
    }
  }

  private static String noteLine(Map<String, Object> n, ExportLang lang) {
    Object votes = n.get("votes");
    return Plain.str(n.get("text")) + (votes instanceof Number v && v.intValue() > 0 ? " (" + v + " " + org.samskap.exports.Evidence.votesWord(v.intValue(), lang) + ")" : "");
  }

  static double num(Object o) {
    return o instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : 0;
  }

  /** The fixed texts of the idea board exports, per language. */
  public enum Text {
    KIND_IDEAS("Idétavle", "Idétavle", "Idea board"),
    NOTES("lapper", "lappar", "notes"),
    IN("i", "i", "in"),
    GROUPS("grupper", "grupper", "groups"),
    NO_GROUP("Uten gruppe", "Utan gruppe", "Not in a group"),
    LAST_VOTE("Siste avstemning", "Siste avrøysting", "Latest vote"),
    DELETED("(slettet)", "(sletta)", "(deleted)"),
    VOTES("stemmer", "røyster", "votes");

    private final String nb;
    private final String nn;
    private final String en;

    Text(String nb, String nn, String en) {
      this.nb = nb;
      this.nn = nn;
      this.en = en;
    }

    public String in(ExportLang lang) {
      return lang.pick(nb, nn, en);
    }
  }
}
