package org.samskap.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.samskap.domain.pilots.Gain;
import org.samskap.domain.pilots.ImplementationCost;
import org.samskap.domain.pilots.Measurement;
import org.samskap.domain.pilots.MoneyView;
import org.samskap.domain.pilots.Pilot;
import org.samskap.domain.pilots.Smarte;

import static org.samskap.exports.PilotText.*;

/**
 * The gain plan of a pilot as an XLSX workbook laid out like KS' gevinstverktøy: sheet
 * {@code Gevinstplan} (a row per gain: indicator, kind, owner, baseline, target, method,
 * S.M.A.R.T.E.), {@code Målinger} (every measurement with its expected value and gap) and
 * {@code Økonomi} (the money view and the implementation costs). Text goes into string cells,
 * never formulas, so nothing a participant typed runs in a spreadsheet.
 */
public final class GainPlanXlsx {
  public static final String PLAN = SHEET_PLAN.in(ExportLang.NB);
  public static final String MEASUREMENTS = SHEET_MEASUREMENTS.in(ExportLang.NB);
  public static final String MONEY = SHEET_MONEY.in(ExportLang.NB);
  static final List<PilotText> PLAN_HEADER = List.of(C_INDICATOR, C_KIND, C_DESCRIPTION, C_OWNER, C_UNIT, C_BASELINE,
      C_BASELINE_DATE, C_TARGET, C_TARGET_DATE, C_METHOD, C_FREQUENCY, C_SMARTE, C_EXPECTED_PER_YEAR, C_VALUE_PER_YEAR, C_QUALITY);
  static final List<PilotText> MEASUREMENT_HEADER = List.of(C_INDICATOR, C_DATE, C_VALUE, C_GROUP, C_EXPECTED, C_GAP, C_GAP_REASON, ROUND);

  private GainPlanXlsx() {}

  public static byte[] bytes(Pilot p, List<Measurement> ms) {
    return bytes(p, ms, ExportLang.NB);
  }

  public static byte[] bytes(Pilot p, List<Measurement> ms, ExportLang l) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = wb.createCellStyle();
      Font f = wb.createFont();
      f.setBold(true);
      bold.setFont(f);
      MoneyView money = p.money();
      plan(wb.createSheet(SHEET_PLAN.in(l)), bold, p, money, l);
      measurements(wb.createSheet(SHEET_MEASUREMENTS.in(l)), bold, p, ms, l);
      money(wb.createSheet(SHEET_MONEY.in(l)), bold, p, money, l);
      origin(wb.createSheet(SHEET_ORIGIN.in(l)), bold, p, l);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object[] texts(List<PilotText> texts, ExportLang l) {
    return texts.stream().map(t -> t.in(l)).toArray();
  }

  private static void plan(Sheet s, CellStyle bold, Pilot p, MoneyView money, ExportLang l) {
    cells(s.createRow(0), bold, PLAN_TITLE.in(l) + ": " + p.title());
    cells(s.createRow(1), null, RESPONSIBLE.in(l) + ": " + p.plan().responsible(), STATUS.in(l) + ": " + WireWords.of(p.status().wire(), l),
        ROUND.in(l) + ": " + p.round());
    cells(s.createRow(3), bold, texts(PLAN_HEADER, l));
    int r = 4;
    for (Gain g : p.gains()) {
      Double value = money.lines().stream().filter(x -> x.gainId().equals(g.id())).map(MoneyView.Line::yearlyValue).findFirst().orElse(null);
      cells(s.createRow(r++), null, g.indicator(), WireWords.of(g.kind().wire(), l), g.description(), g.owner(), g.unit(), g.baseline(),
          str(g.baselineDate()), g.target(), str(g.targetDate()), g.method(), g.frequency(), smarte(g.smarte()),
          g.expectedPerYear(), value, g.qualityScore());
    }
    for (int c = 0; c < PLAN_HEADER.size(); c++) s.setColumnWidth(c, c == 2 ? 40 * 256 : 18 * 256);
  }

  private static void measurements(Sheet s, CellStyle bold, Pilot p, List<Measurement> ms, ExportLang l) {
    cells(s.createRow(0), bold, texts(MEASUREMENT_HEADER, l));
    int r = 1;
    for (Measurement m : ms) {
      Gain g = p.gains().stream().filter(x -> x.id().equals(m.gainId())).findFirst().orElse(null);
      if (g == null) continue;
      cells(s.createRow(r++), null, g.indicator(), m.date().toString(), m.value(), WireWords.of(m.group().wire(), l), g.expectedOn(m.date()),
          m.gap(g), m.gapReason(), m.round());
    }
    for (int c = 0; c < MEASUREMENT_HEADER.size(); c++) s.setColumnWidth(c, 18 * 256);
  }

  private static void money(Sheet s, CellStyle bold, Pilot p, MoneyView m, ExportLang l) {
    cells(s.createRow(0), bold, SHEET_MONEY.in(l), C_KRONER.in(l));
    cells(s.createRow(1), null, BENEFIT_PER_YEAR.in(l), m.yearlyBenefit());
    cells(s.createRow(2), null, COSTS_PER_YEAR.in(l), m.yearlyCosts());
    cells(s.createRow(3), null, ONE_OFF_COSTS.in(l), m.oneOffCosts());
    cells(s.createRow(4), null, NET_PER_YEAR.in(l), m.yearlyNet());
    cells(s.createRow(5), null, PAYBACK.in(l), m.paybackYears() == null ? NEVER.in(l) : m.paybackYears());
    cells(s.createRow(6), null, NPV.in(l), m.npv());
    cells(s.createRow(7), null, HORIZON.in(l), m.horizonYears());
    cells(s.createRow(8), null, DISCOUNT_RATE.in(l), m.discountRate());
    cells(s.createRow(10), bold, IMPLEMENTATION_COSTS.in(l), ONE_OFF.in(l), PER_YEAR.in(l));
    int r = 11;
    for (ImplementationCost c : p.costs()) cells(s.createRow(r++), null, c.description(), c.oneOff(), c.yearly());
    s.setColumnWidth(0, 34 * 256);
    s.setColumnWidth(1, 16 * 256);
    s.setColumnWidth(2, 16 * 256);
  }

  /** Rule PL1a: where the pilot came from and the votes it carried, one line each. */
  private static void origin(Sheet s, CellStyle bold, Pilot p, ExportLang l) {
    cells(s.createRow(0), bold, SHEET_ORIGIN.in(l));
    cells(s.createRow(1), null, ORIGINAL_IDEA.in(l), p.provenance().text());
    cells(s.createRow(2), null, VOTES.in(l), Evidence.votes(p.provenance().source()));
    int r = 3;
    for (String line : Evidence.lines(p.provenance().source(), l)) cells(s.createRow(r++), null, "", line);
    s.setColumnWidth(0, 24 * 256);
    s.setColumnWidth(1, 100 * 256);
  }

  static String smarte(Smarte s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder();
    b.append(s.specific() ? 'S' : '-').append(s.measurable() ? 'M' : '-').append(s.accepted() ? 'A' : '-')
        .append(s.realistic() ? 'R' : '-').append(s.timeBound() ? 'T' : '-').append(s.evaluable() ? 'E' : '-');
    return b + " (" + s.count() + "/6)";
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString();
  }

  private static void cells(Row row, CellStyle style, Object... values) {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) continue;
      Cell c = row.createCell(i);
      if (v instanceof Number n) c.setCellValue(n.doubleValue());
      else c.setCellValue(String.valueOf(v));
      if (style != null) c.setCellStyle(style);
    }
  }
}
