package org.samskap.exports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.samskap.exports.BoardPdfText.*;

import org.samskap.util.Plain;

/**
 * A board summary for decision documents (docs/EXPORT.md): title, kind, version and time of
 * the export, then for ideas each cluster with its notes and votes, for the matrix each item
 * with its scores, field and decision plus the decision log, for the journey each version's
 * stages with their cards lane by lane. Portrait A4, continued over as many pages as needed.
 */
public final class BoardPdf {
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm").withZone(ZoneId.of("Europe/Oslo"));
  static final Map<String, BoardPdfText> KIND = Map.of("ideas", BoardPdfText.KIND_IDEAS, "matrix", BoardPdfText.KIND_MATRIX,
      "journey", BoardPdfText.KIND_JOURNEY);

  private BoardPdf() {}

  public static byte[] bytes(BoardSnapshot s) {
    return bytes(s, ExportLang.NB);
  }

  public static byte[] bytes(BoardSnapshot s, ExportLang lang) {
    try (PdfPages d = new PdfPages(s.title(), false, true)) {
      d.page(s.title());
      BoardPdfText kind = KIND.get(s.kind());
      d.text((kind == null ? s.kind() : kind.in(lang)) + ", " + t(VERSION, lang) + " " + s.version() + ", " + t(EXPORTED, lang) + " " + WHEN.format(Instant.ofEpochMilli(s.exportedAt())));
      d.gap();
      switch (s.kind()) {
        case "ideas" -> ideas(d, s.content(), lang);
        case "matrix" -> matrix(d, s.content(), lang);
        case "journey" -> journey(d, s.content(), lang);
        default -> d.text(t(UNKNOWN_KIND, lang));
      }
      return d.bytes();
    }
  }

  private static String t(BoardPdfText text, ExportLang lang) {
    return text.in(lang);
  }

  private static void ideas(PdfPages d, Map<String, Object> c, ExportLang lang) {
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
    d.text(Plain.list(c.get("notes")).size() + " " + t(NOTES, lang) + " " + t(IN, lang) + " " + labels.size() + " " + t(GROUPS, lang) + ".");
    byCluster.forEach((id, notes) -> {
      d.subheading(labels.get(id) + " (" + notes.size() + ")");
      notes.forEach(n -> d.bullet(noteLine(n, lang)));
    });
    if (!loose.isEmpty()) {
      d.subheading(t(NO_GROUP, lang) + " (" + loose.size() + ")");
      loose.forEach(n -> d.bullet(noteLine(n, lang)));
    }
    List<Map<String, Object>> results = Plain.list(Plain.at(c, "session", "results"));
    if (!results.isEmpty()) {
      Map<String, String> texts = new LinkedHashMap<>();
      for (Map<String, Object> n : Plain.list(c.get("notes"))) texts.put(Plain.str(n.get("id")), Plain.str(n.get("text")));
      d.subheading(t(LAST_VOTE, lang));
      for (Map<String, Object> r : Plain.list(results.get(results.size() - 1).get("ranking"))) {
        d.bullet(r.get("rank") + ". " + texts.getOrDefault(Plain.str(r.get("targetId")), t(DELETED, lang)) + ": " + r.get("votes") + " " + t(VOTES, lang));
      }
    }
  }

  private static String noteLine(Map<String, Object> n, ExportLang lang) {
    Object votes = n.get("votes");
    return Plain.str(n.get("text")) + (votes instanceof Number v && v.intValue() > 0 ? " (" + v + " " + t(VOTES, lang) + ")" : "");
  }

  private static void matrix(PdfPages d, Map<String, Object> c, ExportLang lang) {
    for (Map<String, Object> i : Plain.list(c.get("items"))) {
      d.subheading(Plain.str(i.get("text")));
      Map<String, Object> agg = Plain.map(i.get("aggregate"));
      d.field(t(ASSESSMENTS, lang), agg.get("count"));
      d.field(t(MEDIAN_FEASIBILITY, lang), Plain.at(agg, "x", "median"));
      d.field(t(MEDIAN_GAIN, lang), Plain.at(agg, "y", "median"));
      d.field(t(FIELD, lang), i.get("quadrant"));
      Map<String, Object> dec = Plain.map(i.get("decision"));
      if (!dec.isEmpty()) d.field(t(DECISION, lang), dec.get("status") + ": " + Plain.str(dec.get("reason")) + " (" + Plain.str(dec.get("decidedBy")) + ")");
    }
    List<Map<String, Object>> log = Plain.list(c.get("decisionLog"));
    if (!log.isEmpty()) {
      d.subheading(t(DECISION_LOG, lang));
      for (Map<String, Object> e : log) {
        Object at = e.get("at");
        d.bullet((at instanceof Number n ? WHEN.format(Instant.ofEpochMilli(n.longValue())) + " " : "") + Plain.str(e.get("itemText"))
            + ": " + e.get("status") + " (" + Plain.str(e.get("reason")) + ")");
      }
    }
  }

  private static void journey(PdfPages d, Map<String, Object> c, ExportLang lang) {
    String[][] versions = {{"current", t(CURRENT_JOURNEY, lang)}, {"future", t(FUTURE_JOURNEY, lang)}};
    for (String[] v : versions) {
      Map<String, Object> j = Plain.map(Plain.at(c, "journeys", v[0]));
      d.subheading(v[1]);
      Map<String, String> lanes = new LinkedHashMap<>();
      for (Map<String, Object> l : Plain.list(j.get("lanes"))) {
        String label = Plain.str(l.get("label"));
        lanes.put(Plain.str(l.get("id")), label.isEmpty() ? Plain.str(l.get("kind")) : label);
      }
      int k = 0;
      for (Map<String, Object> st : Plain.list(j.get("stages"))) {
        k++;
        d.text(k + ". " + Plain.str(st.get("label")) + (st.get("emotion") instanceof Number e ? " (" + t(FEELING, lang) + " " + e + ")" : ""));
        for (Map<String, Object> card : Plain.list(j.get("cards"))) {
          if (!Plain.str(card.get("stageId")).equals(Plain.str(st.get("id")))) continue;
          d.bullet(lanes.getOrDefault(Plain.str(card.get("laneId")), "?") + ": " + Plain.str(card.get("text")));
        }
      }
      if (k == 0) d.text(t(NO_STAGES, lang));
    }
  }
}
