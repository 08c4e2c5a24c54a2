package org.samskap.exports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A board summary for decision documents (docs/EXPORT.md): title, kind, version and time of
 * the export, then for ideas each cluster with its notes and votes, for the matrix each item
 * with its scores, field and decision plus the decision log, for the journey each version's
 * stages with their cards lane by lane. Portrait A4, continued over as many pages as needed.
 */
public final class BoardPdf {
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm").withZone(ZoneId.of("Europe/Oslo"));
  static final Map<String, String> KIND = Map.of("ideas", "Idétavle", "matrix", "Prioriteringsmatrise", "journey", "Tjenestereise");

  private BoardPdf() {}

  public static byte[] bytes(BoardSnapshot s) {
    try (PdfPages d = new PdfPages(s.title(), false, true)) {
      d.page(s.title());
      d.text(KIND.getOrDefault(s.kind(), s.kind()) + ", versjon " + s.version() + ", eksportert " + WHEN.format(Instant.ofEpochMilli(s.exportedAt())));
      d.gap();
      switch (s.kind()) {
        case "ideas" -> ideas(d, s.content());
        case "matrix" -> matrix(d, s.content());
        case "journey" -> journey(d, s.content());
        default -> d.text("(ukjent tavletype)");
      }
      return d.bytes();
    }
  }

  private static void ideas(PdfPages d, Map<String, Object> c) {
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
    d.text(Plain.list(c.get("notes")).size() + " lapper i " + labels.size() + " grupper.");
    byCluster.forEach((id, notes) -> {
      d.subheading(labels.get(id) + " (" + notes.size() + ")");
      notes.forEach(n -> d.bullet(noteLine(n)));
    });
    if (!loose.isEmpty()) {
      d.subheading("Uten gruppe (" + loose.size() + ")");
      loose.forEach(n -> d.bullet(noteLine(n)));
    }
    List<Map<String, Object>> results = Plain.list(Plain.at(c, "session", "results"));
    if (!results.isEmpty()) {
      Map<String, String> texts = new LinkedHashMap<>();
      for (Map<String, Object> n : Plain.list(c.get("notes"))) texts.put(Plain.str(n.get("id")), Plain.str(n.get("text")));
      d.subheading("Siste avstemning");
      for (Map<String, Object> r : Plain.list(results.get(results.size() - 1).get("ranking"))) {
        d.bullet(r.get("rank") + ". " + texts.getOrDefault(Plain.str(r.get("targetId")), "(slettet)") + ": " + r.get("votes") + " stemmer");
      }
    }
  }

  private static String noteLine(Map<String, Object> n) {
    Object votes = n.get("votes");
    return Plain.str(n.get("text")) + (votes instanceof Number v && v.intValue() > 0 ? " (" + v + " stemmer)" : "");
  }

  private static void matrix(PdfPages d, Map<String, Object> c) {
    for (Map<String, Object> i : Plain.list(c.get("items"))) {
      d.subheading(Plain.str(i.get("text")));
      Map<String, Object> agg = Plain.map(i.get("aggregate"));
      d.field("Vurderinger", agg.get("count"));
      d.field("Median gjennomførbarhet", Plain.at(agg, "x", "median"));
      d.field("Median gevinst", Plain.at(agg, "y", "median"));
      d.field("Felt", i.get("quadrant"));
      Map<String, Object> dec = Plain.map(i.get("decision"));
      if (!dec.isEmpty()) d.field("Beslutning", dec.get("status") + ": " + Plain.str(dec.get("reason")) + " (" + Plain.str(dec.get("decidedBy")) + ")");
    }
    List<Map<String, Object>> log = Plain.list(c.get("decisionLog"));
    if (!log.isEmpty()) {
      d.subheading("Beslutningslogg");
      for (Map<String, Object> e : log) {
        Object at = e.get("at");
        d.bullet((at instanceof Number n ? WHEN.format(Instant.ofEpochMilli(n.longValue())) + " " : "") + Plain.str(e.get("itemText"))
            + ": " + e.get("status") + " (" + Plain.str(e.get("reason")) + ")");
      }
    }
  }

  private static void journey(PdfPages d, Map<String, Object> c) {
    String[][] versions = {{"current", "Nåværende tjenestereise"}, {"future", "Fremtidig tjenestereise"}};
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
        d.text(k + ". " + Plain.str(st.get("label")) + (st.get("emotion") instanceof Number e ? " (følelse " + e + ")" : ""));
        for (Map<String, Object> card : Plain.list(j.get("cards"))) {
          if (!Plain.str(card.get("stageId")).equals(Plain.str(st.get("id")))) continue;
          d.bullet(lanes.getOrDefault(Plain.str(card.get("laneId")), "?") + ": " + Plain.str(card.get("text")));
        }
      }
      if (k == 0) d.text("Ingen trinn.");
    }
  }
}
