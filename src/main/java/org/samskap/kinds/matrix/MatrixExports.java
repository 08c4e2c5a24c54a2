package org.samskap.kinds.matrix;

import org.samskap.exports.WireWords;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.samskap.domain.matrix.MatrixLimits;
import org.samskap.domain.matrix.Quadrant;
import org.samskap.exports.BoardSnapshot;
import org.samskap.exports.ColumnLabels;
import org.samskap.exports.CsvCells;
import org.samskap.exports.ExportLang;
import org.samskap.exports.ImportException;
import org.samskap.exports.KindExports;
import org.samskap.exports.MatrixPicture;
import org.samskap.exports.PdfPages;
import org.samskap.util.Plain;
import org.samskap.exports.Svg;

/**
 * The matrix's exports (docs/EXPORT.md): a CSV row per item with its scores' aggregate, field
 * and decision, an SVG of the four fields with each placed item, and in the summary PDF each
 * item with its scores, field and decision, then the decision log.
 */
public final class MatrixExports implements KindExports {

  @Override
  public String title(ExportLang lang) {
    return Text.KIND_MATRIX.in(lang);
  }

  @Override
  public CsvCells.Table table(BoardSnapshot s) {
    return table(s.content());
  }

  static final ColumnLabels LABELS = new ColumnLabels(
      new String[] {"id", "ID", "ID", "ID"},
      new String[] {"text", "Tekst", "Tekst", "Text"},
      new String[] {"scores", "Vurderinger", "Vurderingar", "Assessments"},
      new String[] {"medianX", "Median gjennomførbarhet", "Median gjennomførbarheit", "Median feasibility"},
      new String[] {"minX", "Min. gjennomførbarhet", "Min. gjennomførbarheit", "Min. feasibility"},
      new String[] {"maxX", "Maks. gjennomførbarhet", "Maks. gjennomførbarheit", "Max. feasibility"},
      new String[] {"medianY", "Median gevinst", "Median gevinst", "Median benefit"},
      new String[] {"minY", "Min. gevinst", "Min. gevinst", "Min. benefit"},
      new String[] {"maxY", "Maks. gevinst", "Maks. gevinst", "Max. benefit"},
      new String[] {"positionX", "Plassering, gjennomførbarhet", "Plassering, gjennomførbarheit", "Position, feasibility"},
      new String[] {"positionY", "Plassering, gevinst", "Plassering, gevinst", "Position, benefit"},
      new String[] {"quadrant", "Felt", "Felt", "Field"},
      new String[] {"decision", "Beslutning", "Avgjerd", "Decision"},
      new String[] {"reason", "Begrunnelse", "Grunngjeving", "Reason"},
      new String[] {"decidedBy", "Besluttet av", "Avgjort av", "Decided by"},
      new String[] {"decidedAt", "Besluttet (ms siden 1970)", "Avgjort (ms sidan 1970)", "Decided (ms since 1970)"},
      new String[] {"sourceBoardId", "Kildetavle", "Kjeldetavle", "Source board"},
      new String[] {"sourceNoteId", "Kildelapp", "Kjeldelapp", "Source note"},
      new String[] {"sourceVotes", "Stemmer i kilden", "Røyster i kjelda", "Votes at the source"});

  @Override
  public String columnLabel(String key, ExportLang lang) {
    return LABELS.of(key, lang);
  }

  @Override
  public Map<String, Integer> importListLimits() {
    return Map.of("items", MatrixLimits.DEFAULT_MAX_ITEMS, "decisionLog", MatrixLimits.DEFAULT_MAX_LOG_ENTRIES);
  }

  @Override
  public void checkImportTexts(Map<String, Object> c, int maxText) {
    ImportException.checkTexts(c.get("items"), "content.items", "text", maxText);
  }

  static byte[] csv(Map<String, Object> c) {
    return table(c).bytes();
  }

  static CsvCells.Table table(Map<String, Object> c) {
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
    return t;
  }

  @Override
  public byte[] svg(BoardSnapshot s, ExportLang lang) {
    double size = 600, left = 80, top = 70;
    Svg svg = new Svg(left + size + 360, top + size + 80, s.title());
    svg.text(20, 36, 22, true, s.title());
    svg.rect(left, top, size, size, "#fafafa", "#616161");
    svg.line(left + size / 2, top, left + size / 2, top + size, "#9e9e9e");
    svg.line(left, top + size / 2, left + size, top + size / 2, "#9e9e9e");
    Map<String, Object> matrix = Plain.map(s.content().get("matrix"));
    String xName = named(Plain.map(Plain.at(matrix, "axes", "x", "names")), lang);
    String yName = named(Plain.map(Plain.at(matrix, "axes", "y", "names")), lang);
    svg.text(left + size / 2 - 60, top + size + 40, 14, true, xName.isEmpty() ? Text.FEASIBILITY.in(lang) : xName);
    svg.text(8, top - 12, 14, true, yName.isEmpty() ? Text.EXPECTED_GAIN.in(lang) : yName);
    for (Map<String, Object> q : Plain.list(matrix.get("quadrants"))) {
      boolean hx = Boolean.TRUE.equals(q.get("highX"));
      boolean hy = Boolean.TRUE.equals(q.get("highY"));
      svg.text(left + (hx ? size / 2 : 0) + 10, top + (hy ? 0 : size / 2) + 22, 13, true, named(Plain.map(q.get("names")), lang));
    }
    List<String> unplaced = new ArrayList<>();
    int i = 0;
    for (Map<String, Object> item : Plain.list(s.content().get("items"))) {
      i++;
      Map<String, Object> pos = Plain.map(item.get("position"));
      if (!(pos.get("x") instanceof Number px) || !(pos.get("y") instanceof Number py)) {
        unplaced.add(i + ". " + Plain.str(item.get("text")));
        continue;
      }
      double cx = left + (px.doubleValue() - 1) / 4 * size;
      double cy = top + size - (py.doubleValue() - 1) / 4 * size;
      svg.circle(cx, cy, 6, "#1565c0");
      svg.text(cx + 9, cy + 4, 12, false, i + ". " + shorten(Plain.str(item.get("text")), 40));
    }
    svg.text(left + size + 30, top + 10, 14, true, unplaced.isEmpty() ? "" : Text.NOT_PLACED.in(lang));
    for (int k = 0; k < unplaced.size() && k < 40; k++) svg.text(left + size + 30, top + 32 + k * 16, 12, false, shorten(unplaced.get(k), 48));
    return svg.bytes();
  }

  @Override
  public void pdf(PdfPages d, Map<String, Object> c, ExportLang lang) {
    Map<String, String> fields = new java.util.HashMap<>(); // X21: the board's own field names in this language
    for (Map<String, Object> q : Plain.list(Plain.map(c.get("matrix")).get("quadrants"))) {
      String name = named(Plain.map(q.get("names")), lang);
      if (!name.isEmpty()) fields.put(Plain.str(q.get("id")), name);
    }
    d.figure(300, picture(c, lang));
    int k = 0;
    for (Map<String, Object> i : Plain.list(c.get("items"))) {
      d.subheading(++k + ". " + Plain.str(i.get("text")));
      Map<String, Object> agg = Plain.map(i.get("aggregate"));
      d.field(Text.ASSESSMENTS.in(lang), agg.get("count"));
      d.field(Text.MEDIAN_FEASIBILITY.in(lang), Plain.at(agg, "x", "median"));
      d.field(Text.MEDIAN_GAIN.in(lang), Plain.at(agg, "y", "median"));
      Object quadrant = i.get("quadrant");
      d.field(Text.FIELD.in(lang), quadrant == null ? null
          : fields.getOrDefault(Plain.str(quadrant), WireWords.of(Plain.str(quadrant), lang)));
      Map<String, Object> dec = Plain.map(i.get("decision"));
      if (!dec.isEmpty()) d.field(Text.DECISION.in(lang), WireWords.of(Plain.str(dec.get("status")), lang) + ": " + Plain.str(dec.get("reason")) + " (" + Plain.str(dec.get("decidedBy")) + ")");
    }
    List<Map<String, Object>> log = Plain.list(c.get("decisionLog"));
    if (!log.isEmpty()) {
      d.subheading(Text.DECISION_LOG.in(lang));
      for (Map<String, Object> e : log) {
        Object at = e.get("at");
        d.bullet((at instanceof Number n ? PdfPages.WHEN.format(Instant.ofEpochMilli(n.longValue())) + " " : "") + Plain.str(e.get("itemText"))
            + ": " + WireWords.of(Plain.str(e.get("status")), lang) + " (" + Plain.str(e.get("reason")) + ")");
      }
    }
  }

  /** The matrix drawn for the summary PDF (docs/EXPORT.md [X20]): its fields and each placed item, numbered like the list. */
  static PdfPages.Picture picture(Map<String, Object> c, ExportLang lang) {
    Map<String, Object> matrix = Plain.map(c.get("matrix"));
    String[] fields = new String[4];
    for (Quadrant q : Quadrant.values()) {
      fields[(q.highY() ? 0 : 2) + (q.highX() ? 1 : 0)] = lang.pick(q.defaultNames().nb(), q.defaultNames().nn(), q.defaultNames().en());
    }
    for (Map<String, Object> q : Plain.list(matrix.get("quadrants"))) {
      String name = named(Plain.map(q.get("names")), lang);
      if (!name.isEmpty()) fields[(Boolean.TRUE.equals(q.get("highY")) ? 0 : 2) + (Boolean.TRUE.equals(q.get("highX")) ? 1 : 0)] = name;
    }
    List<MatrixPicture.Item> items = new ArrayList<>();
    int n = 0;
    for (Map<String, Object> i : Plain.list(c.get("items"))) {
      n++;
      Map<String, Object> pos = Plain.map(i.get("position"));
      Map<String, Object> agg = Plain.map(i.get("aggregate"));
      Double x = MatrixPicture.num(pos.get("x"));
      Double y = MatrixPicture.num(pos.get("y"));
      if (x == null || y == null) continue;
      items.add(new MatrixPicture.Item(String.valueOf(n), null, x, y, MatrixPicture.num(Plain.at(agg, "x", "min")),
          MatrixPicture.num(Plain.at(agg, "x", "max")), MatrixPicture.num(Plain.at(agg, "y", "min")), MatrixPicture.num(Plain.at(agg, "y", "max"))));
    }
    String xName = named(Plain.map(Plain.at(matrix, "axes", "x", "names")), lang);
    String yName = named(Plain.map(Plain.at(matrix, "axes", "y", "names")), lang);
    return MatrixPicture.of(xName.isEmpty() ? Text.FEASIBILITY.in(lang) : xName, yName.isEmpty() ? Text.EXPECTED_GAIN.in(lang) : yName,
        List.of(fields), items);
  }

  static String named(Map<String, Object> names, ExportLang lang) {
    String own = Plain.str(names.get(lang.code()));
    return own.isEmpty() ? Plain.str(names.get("nb")) : own;
  }

  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** The fixed texts of the matrix exports, per language. */
  public enum Text {
    KIND_MATRIX("Prioriteringsmatrise", "Prioriteringsmatrise", "Prioritisation matrix"),
    ASSESSMENTS("Vurderinger", "Vurderingar", "Assessments"),
    MEDIAN_FEASIBILITY("Median gjennomførbarhet", "Median gjennomførbarheit", "Median feasibility"),
    MEDIAN_GAIN("Median gevinst", "Median gevinst", "Median benefit"),
    FIELD("Felt", "Felt", "Field"),
    DECISION("Beslutning", "Avgjerd", "Decision"),
    DECISION_LOG("Beslutningslogg", "Avgjerdslogg", "Decision log"),
    FEASIBILITY("Gjennomførbarhet", "Gjennomførbarheit", "Feasibility"),
    EXPECTED_GAIN("Forventet gevinst", "Forventa gevinst", "Expected benefit"),
    NOT_PLACED("Ikke plassert", "Ikkje plassert", "Not placed");

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
