package org.samskap.kinds.journey;

import org.samskap.exports.WireWords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samskap.exports.BoardSnapshot;
import org.samskap.exports.ColumnLabels;
import org.samskap.exports.CsvCells;
import org.samskap.exports.ExportLang;
import org.samskap.exports.ImportException;
import org.samskap.exports.KindExports;
import org.samskap.exports.PdfPages;
import org.samskap.util.Plain;
import org.samskap.exports.Svg;

/**
 * The service journey's exports (docs/EXPORT.md): a CSV row per card with its version, stage
 * and lane, an SVG of the current and future versions as grids of stages and lanes with their
 * cards, and in the summary PDF each version's stages with their cards lane by lane.
 */
public final class JourneyExports implements KindExports {

  @Override
  public String title(ExportLang lang) {
    return Text.KIND_JOURNEY.in(lang);
  }

  @Override
  public CsvCells.Table table(BoardSnapshot s) {
    return table(s.content());
  }

  static final ColumnLabels LABELS = new ColumnLabels(
      new String[] {"journey", "Versjon", "Versjon", "Version"},
      new String[] {"stageIndex", "Trinn nr.", "Steg nr.", "Stage no."},
      new String[] {"stage", "Trinn", "Steg", "Stage"},
      new String[] {"lane", "Spor", "Spor", "Lane"},
      new String[] {"laneKind", "Sportype", "Sportype", "Lane kind"},
      new String[] {"cardId", "Kort-ID", "Kort-ID", "Card ID"},
      new String[] {"text", "Tekst", "Tekst", "Text"},
      new String[] {"touchpoint", "Kontaktpunkt", "Kontaktpunkt", "Touchpoint"},
      new String[] {"links", "Lenker", "Lenkjer", "Links"});

  @Override
  public String columnLabel(String key, ExportLang lang) {
    return LABELS.of(key, lang);
  }

  @Override
  public void checkImportTexts(Map<String, Object> c, int maxText) {
    if (c.get("journeys") instanceof Map<?, ?> js) {
      for (String v : List.of("current", "future")) {
        if (js.get(v) instanceof Map<?, ?> j) ImportException.checkTexts(j.get("cards"), "content.journeys." + v + ".cards", "text", maxText);
      }
    }
  }

  static byte[] csv(Map<String, Object> c) {
    return table(c).bytes();
  }

  static CsvCells.Table table(Map<String, Object> c) {
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
    return t;
  }

  @Override
  public byte[] svg(BoardSnapshot s, ExportLang lang) {
    double colW = 200, rowH = 120, labelW = 150;
    List<Map<String, Object>> versions = new ArrayList<>();
    double height = 60;
    int maxStages = 1;
    for (String v : new String[] {"current", "future"}) {
      Map<String, Object> j = Plain.map(Plain.at(s.content(), "journeys", v));
      versions.add(j);
      maxStages = Math.max(maxStages, Plain.list(j.get("stages")).size());
      height += 70 + Plain.list(j.get("lanes")).size() * rowH;
    }
    Svg svg = new Svg(labelW + maxStages * colW + 40, height, s.title());
    svg.text(20, 34, 22, true, s.title());
    double y = 60;
    String[] names = {Text.CURRENT_JOURNEY.in(lang), Text.FUTURE_JOURNEY.in(lang)};
    for (int vi = 0; vi < 2; vi++) {
      Map<String, Object> j = versions.get(vi);
      svg.text(20, y + 24, 18, true, names[vi]);
      List<Map<String, Object>> stages = Plain.list(j.get("stages"));
      List<Map<String, Object>> lanes = Plain.list(j.get("lanes"));
      Map<String, Integer> col = new HashMap<>();
      for (int c = 0; c < stages.size(); c++) {
        col.put(Plain.str(stages.get(c).get("id")), c);
        svg.text(20 + labelW + c * colW + 6, y + 56, 14, true, shorten(Plain.str(stages.get(c).get("label")), 24));
      }
      double gridTop = y + 64;
      Map<String, Integer> row = new HashMap<>();
      for (int r = 0; r < lanes.size(); r++) {
        Map<String, Object> lane = lanes.get(r);
        row.put(Plain.str(lane.get("id")), r);
        String label = Plain.str(lane.get("label"));
        svg.rect(20, gridTop + r * rowH, labelW + stages.size() * colW, rowH, r % 2 == 0 ? "#f5f5f5" : "#ffffff", "#e0e0e0");
        svg.text(26, gridTop + r * rowH + 20, 13, true, label.isEmpty() ? WireWords.of(Plain.str(lane.get("kind")), lang) : label); // X21
        if ("emotion".equals(lane.get("kind"))) emotionCurve(svg, stages, 20 + labelW, gridTop + r * rowH, colW, rowH);
      }
      Map<String, Integer> inCell = new HashMap<>();
      for (Map<String, Object> card : Plain.list(j.get("cards"))) {
        Integer c = col.get(Plain.str(card.get("stageId")));
        Integer r = row.get(Plain.str(card.get("laneId")));
        if (c == null || r == null) continue;
        int k = inCell.merge(c + ":" + r, 1, Integer::sum) - 1;
        if (k > 3) continue;
        double cx = 20 + labelW + c * colW + 6;
        double cy = gridTop + r * rowH + 6 + k * 27;
        svg.rect(cx, cy, colW - 12, 24, "#fff59d", "#bdbdbd");
        svg.text(cx + 5, cy + 16, 11, false, shorten(Plain.str(card.get("text")), 30));
      }
      y = gridTop + lanes.size() * rowH + 10;
    }
    return svg.bytes();
  }

  @Override
  public void pdf(PdfPages d, Map<String, Object> c, ExportLang lang) {
    String[][] versions = {{"current", Text.CURRENT_JOURNEY.in(lang)}, {"future", Text.FUTURE_JOURNEY.in(lang)}};
    for (String[] v : versions) {
      Map<String, Object> j = Plain.map(Plain.at(c, "journeys", v[0]));
      d.subheading(v[1]);
      Map<String, String> lanes = new LinkedHashMap<>();
      for (Map<String, Object> l : Plain.list(j.get("lanes"))) {
        String label = Plain.str(l.get("label"));
        lanes.put(Plain.str(l.get("id")), label.isEmpty() ? WireWords.of(Plain.str(l.get("kind")), lang) : label); // X21
      }
      int k = 0;
      for (Map<String, Object> st : Plain.list(j.get("stages"))) {
        k++;
        d.text(k + ". " + Plain.str(st.get("label")) + (st.get("emotion") instanceof Number e ? " (" + Text.FEELING.in(lang) + " " + e + ")" : ""));
        for (Map<String, Object> card : Plain.list(j.get("cards"))) {
          if (!Plain.str(card.get("stageId")).equals(Plain.str(st.get("id")))) continue;
          d.bullet(lanes.getOrDefault(Plain.str(card.get("laneId")), "?") + ": " + Plain.str(card.get("text")));
        }
      }
      if (k == 0) d.text(Text.NO_STAGES.in(lang));
    }
  }

  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** The fixed texts of the service journey exports, per language. */
  public enum Text {
    KIND_JOURNEY("Tjenestereise", "Tenestereise", "Service journey"),
    CURRENT_JOURNEY("Nåværende tjenestereise", "Noverande tenestereise", "Current service journey"),
    FUTURE_JOURNEY("Fremtidig tjenestereise", "Framtidig tenestereise", "Future service journey"),
    FEELING("følelse", "kjensle", "feeling"),
    NO_STAGES("Ingen trinn.", "Ingen steg.", "No stages.");

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

  /**
   * Rule X21: the emotion lane as a curve through each stage's emotion (-2..2, top is best);
   * stages without one leave a gap.
   */
  private static void emotionCurve(Svg svg, List<Map<String, Object>> stages, double left, double top, double colW, double rowH) {
    double mid = top + rowH / 2;
    double step = (rowH / 2 - 8) / 2;
    double[] prev = null;
    for (int c = 0; c < stages.size(); c++) {
      if (!(stages.get(c).get("emotion") instanceof Number e)) {
        prev = null;
        continue;
      }
      double x = left + c * colW + colW / 2;
      double y = mid - e.doubleValue() * step;
      if (prev != null) svg.line(prev[0], prev[1], x, y, "#1d4ed8");
      svg.circle(x, y, 4, "#1d4ed8");
      prev = new double[] {x, y};
    }
  }
}
