package org.samskap.exports;

import java.util.HashMap;
import java.util.Map;

import org.samskap.util.Plain;

/**
 * One CSV table per board kind (docs/EXPORT.md): ideas give a row per note with its cluster
 * and votes; matrix a row per item with its scores' aggregate, field and decision; journey a
 * row per card with its version, stage and lane.
 */
public final class BoardCsv {
  private BoardCsv() {}

  public static byte[] bytes(BoardSnapshot s) {
    return switch (s.kind()) {
      case "ideas" -> ideas(s.content());
      case "matrix" -> matrix(s.content());
      case "journey" -> journey(s.content());
      default -> throw new IllegalArgumentException("no CSV for kind " + s.kind());
    };
  }

  static byte[] ideas(Map<String, Object> c) {
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
    return t.bytes();
  }

  /** Votes per target of the latest closed voting session (session.results, rule V6). */
  private static Map<String, Object> lastResult(Map<String, Object> c) {
    Map<String, Object> out = new HashMap<>();
    var results = Plain.list(Plain.at(c, "session", "results"));
    if (results.isEmpty()) return out;
    for (Map<String, Object> r : Plain.list(results.get(results.size() - 1).get("ranking"))) {
      out.put(Plain.str(r.get("targetId")), r.get("votes"));
    }
    return out;
  }

  static byte[] matrix(Map<String, Object> c) {
    CsvCells.Table t = new CsvCells.Table("id", "text", "scores", "medianX", "minX", "maxX", "medianY", "minY", "maxY",
        "positionX", "positionY", "quadrant", "decision", "reason", "decidedBy", "decidedAt", "sourceBoardId", "sourceNoteId", "sourceVotes");
    for (Map<String, Object> i : Plain.list(c.get("items"))) {
      Map<String, Object> agg = Plain.map(i.get("aggregate"));
      Map<String, Object> x = Plain.map(agg.get("x"));
      Map<String, Object> y = Plain.map(agg.get("y"));
      Map<String, Object> pos = Plain.map(i.get("position"));
      Map<String, Object> d = Plain.map(i.get("decision"));
      Map<String, Object> src = Plain.map(i.get("source"));
      t.row(i.get("id"), i.get("text"), agg.get("count"), x.get("median"), x.get("min"), x.get("max"),
          y.get("median"), y.get("min"), y.get("max"), pos.get("x"), pos.get("y"), i.get("quadrant"),
          d.get("status"), d.get("reason"), d.get("decidedBy"), d.get("at"),
          src.get("boardId"), src.get("noteId"), src.get("votes"));
    }
    return t.bytes();
  }

  static byte[] journey(Map<String, Object> c) {
    CsvCells.Table t = new CsvCells.Table("journey", "stageIndex", "stage", "lane", "laneKind", "cardId", "text", "touchpoint", "links");
    for (String version : new String[] {"current", "future"}) {
      Map<String, Object> j = Plain.map(Plain.at(c, "journeys", version));
      Map<String, Integer> stageIndex = new HashMap<>();
      Map<String, String> stageLabel = new HashMap<>();
      var stages = Plain.list(j.get("stages"));
      for (int i = 0; i < stages.size(); i++) {
        stageIndex.put(Plain.str(stages.get(i).get("id")), i + 1);
        stageLabel.put(Plain.str(stages.get(i).get("id")), Plain.str(stages.get(i).get("label")));
      }
      Map<String, Map<String, Object>> lanes = new HashMap<>();
      for (Map<String, Object> l : Plain.list(j.get("lanes"))) lanes.put(Plain.str(l.get("id")), l);
      for (Map<String, Object> card : Plain.list(j.get("cards"))) {
        Map<String, Object> lane = lanes.getOrDefault(Plain.str(card.get("laneId")), Map.of());
        String laneLabel = Plain.str(lane.get("label"));
        t.row(version, stageIndex.get(Plain.str(card.get("stageId"))), stageLabel.get(Plain.str(card.get("stageId"))),
            laneLabel.isEmpty() ? lane.get("kind") : laneLabel, lane.get("kind"), card.get("id"), card.get("text"),
            card.get("touchpoint"), Plain.list(card.get("links")).size());
      }
    }
    return t.bytes();
  }
}
