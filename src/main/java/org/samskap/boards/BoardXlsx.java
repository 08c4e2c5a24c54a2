package org.samskap.boards;

import org.samskap.exports.WireWords;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.samskap.exports.KindExports;
import org.samskap.exports.ExportLang;
import org.samskap.exports.CsvCells;
import org.samskap.exports.BoardSnapshot;

/**
 * A board as a workbook (docs/EXPORT.md [X19]): one sheet, named by the board's kind in the
 * export language, with the CSV's rows ({@link KindExports#table}) under a header in that
 * language. Numbers are number cells; texts are string cells, neutralised as in the CSV ([X9]),
 * so nothing a participant wrote is ever a formula; an empty cell stays blank.
 */
public final class BoardXlsx {
  private BoardXlsx() {}

  public static byte[] bytes(BoardSnapshot s, ExportLang lang) {
    KindExports kind = BoardCsv.exports(s);
    CsvCells.Table table = kind.table(s);
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = wb.createCellStyle();
      Font f = wb.createFont();
      f.setBold(true);
      bold.setFont(f);
      Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(kind.title(lang)));
      Row head = sheet.createRow(0);
      List<String> keys = table.header();
      for (int c = 0; c < keys.size(); c++) {
        Cell cell = head.createCell(c);
        cell.setCellValue(kind.columnLabel(keys.get(c), lang));
        cell.setCellStyle(bold);
      }
      int r = 1;
      for (List<Object> cells : table.rows()) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < cells.size(); c++) {
          Object v = cells.get(c);
          if (v instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
          else if (v instanceof Boolean b) row.createCell(c).setCellValue(b);
          else if (!String.valueOf(v).isEmpty()) {
            String text = String.valueOf(v); // X21: statuses, fields and lane kinds in the export's language
            row.createCell(c).setCellValue(WireWords.VALUE_COLUMNS.contains(keys.get(c)) ? WireWords.of(text, lang) : text);
          }
        }
      }
      sheet.createFreezePane(0, 1);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
