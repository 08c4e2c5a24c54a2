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

import org.samskap.domain.pilot.Gain;
import org.samskap.domain.pilot.ImplementationCost;
import org.samskap.domain.pilot.Measurement;
import org.samskap.domain.pilot.MoneyView;
import org.samskap.domain.pilot.Pilot;
import org.samskap.domain.pilot.Smarte;

/**
 * The gain plan of a pilot as an XLSX workbook laid out like KS' gevinstverktøy: sheet
 * {@code Gevinstplan} (a row per gain: indicator, kind, owner, baseline, target, method,
 * S.M.A.R.T.E.), {@code Målinger} (every measurement with its expected value and gap) and
 * {@code Økonomi} (the money view and the implementation costs). Text goes into string cells,
 * never formulas, so nothing a participant typed runs in a spreadsheet.
 */
public final class GainPlanXlsx {
  public static final String PLAN = "Gevinstplan";
  public static final String MEASUREMENTS = "Målinger";
  public static final String MONEY = "Økonomi";
  static final String[] PLAN_HEADER = {"Gevinst (indikator)", "Type", "Beskrivelse", "Gevinstansvarlig", "Måleenhet",
      "Nullpunkt", "Dato nullpunkt", "Mål", "Måldato", "Målemetode", "Frekvens", "S.M.A.R.T.E.", "Forventet per år",
      "Verdi per år (kr)", "Kvalitet (1-5)"};

  private GainPlanXlsx() {}

  public static byte[] bytes(Pilot p, List<Measurement> ms) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = wb.createCellStyle();
      Font f = wb.createFont();
      f.setBold(true);
      bold.setFont(f);
      MoneyView money = p.money();
      plan(wb.createSheet(PLAN), bold, p, money);
      measurements(wb.createSheet(MEASUREMENTS), bold, p, ms);
      money(wb.createSheet(MONEY), bold, p, money);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void plan(Sheet s, CellStyle bold, Pilot p, MoneyView money) {
    cells(s.createRow(0), bold, "Gevinstrealiseringsplan: " + p.title());
    cells(s.createRow(1), null, "Ansvarlig: " + p.plan().responsible(), "Status: " + p.status().wire(), "Runde: " + p.round());
    cells(s.createRow(3), bold, (Object[]) PLAN_HEADER);
    int r = 4;
    for (Gain g : p.gains()) {
      Double value = money.lines().stream().filter(l -> l.gainId().equals(g.id())).map(MoneyView.Line::yearlyValue).findFirst().orElse(null);
      cells(s.createRow(r++), null, g.indicator(), g.kind().wire(), g.description(), g.owner(), g.unit(), g.baseline(),
          str(g.baselineDate()), g.target(), str(g.targetDate()), g.method(), g.frequency(), smarte(g.smarte()),
          g.expectedPerYear(), value, g.qualityScore());
    }
    for (int c = 0; c < PLAN_HEADER.length; c++) s.setColumnWidth(c, c == 2 ? 40 * 256 : 18 * 256);
  }

  private static void measurements(Sheet s, CellStyle bold, Pilot p, List<Measurement> ms) {
    cells(s.createRow(0), bold, "Gevinst (indikator)", "Dato", "Verdi", "Gruppe", "Forventet", "Avvik", "Årsak til avvik", "Runde");
    int r = 1;
    for (Measurement m : ms) {
      Gain g = p.gains().stream().filter(x -> x.id().equals(m.gainId())).findFirst().orElse(null);
      if (g == null) continue;
      cells(s.createRow(r++), null, g.indicator(), m.date().toString(), m.value(), m.group().wire(), g.expectedOn(m.date()),
          m.gap(g), m.gapReason(), m.round());
    }
    for (int c = 0; c < 8; c++) s.setColumnWidth(c, 18 * 256);
  }

  private static void money(Sheet s, CellStyle bold, Pilot p, MoneyView m) {
    cells(s.createRow(0), bold, "Økonomi", "Kroner");
    cells(s.createRow(1), null, "Gevinster per år", m.yearlyBenefit());
    cells(s.createRow(2), null, "Kostnader per år", m.yearlyCosts());
    cells(s.createRow(3), null, "Engangskostnader", m.oneOffCosts());
    cells(s.createRow(4), null, "Netto per år", m.yearlyNet());
    cells(s.createRow(5), null, "Tilbakebetalingstid (år)", m.paybackYears() == null ? "aldri" : m.paybackYears());
    cells(s.createRow(6), null, "Nåverdi", m.npv());
    cells(s.createRow(7), null, "Horisont (år)", m.horizonYears());
    cells(s.createRow(8), null, "Kalkulasjonsrente", m.discountRate());
    cells(s.createRow(10), bold, "Kostnader ved implementering", "Engangs", "Per år");
    int r = 11;
    for (ImplementationCost c : p.costs()) cells(s.createRow(r++), null, c.description(), c.oneOff(), c.yearly());
    s.setColumnWidth(0, 34 * 256);
    s.setColumnWidth(1, 16 * 256);
    s.setColumnWidth(2, 16 * 256);
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
