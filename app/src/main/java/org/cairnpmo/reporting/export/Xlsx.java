package org.cairnpmo.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cairnpmo.control.Rag;

/**
 * A workbook written sheet by sheet: a title and subtitle on top of each sheet, then a bold header
 * row and data rows. Numbers stay numbers and dates stay dates so the reader can sort and sum;
 * ratings are words on a coloured cell, never colour alone.
 */
final class Xlsx implements AutoCloseable {

  private final XSSFWorkbook book = new XSSFWorkbook();
  private final CellStyle bold;
  private final CellStyle title;
  private final CellStyle date;
  private final CellStyle money;
  private final CellStyle index;
  private final CellStyle percent;
  private final CellStyle green;
  private final CellStyle amber;
  private final CellStyle red;

  private Sheet sheet;
  private int next;
  private int columns;

  Xlsx() {
    Font boldFont = book.createFont();
    boldFont.setBold(true);
    bold = book.createCellStyle();
    bold.setFont(boldFont);
    Font big = book.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    title = book.createCellStyle();
    title.setFont(big);
    CreationHelper helper = book.getCreationHelper();
    date = book.createCellStyle();
    date.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
    money = book.createCellStyle();
    money.setDataFormat(helper.createDataFormat().getFormat("#,##0.00"));
    index = book.createCellStyle();
    index.setDataFormat(helper.createDataFormat().getFormat("0.00"));
    percent = book.createCellStyle();
    percent.setDataFormat(helper.createDataFormat().getFormat("0.0%"));
    green = fill(IndexedColors.LIGHT_GREEN);
    amber = fill(IndexedColors.LIGHT_ORANGE);
    red = fill(IndexedColors.CORAL);
  }

  private CellStyle fill(IndexedColors colour) {
    CellStyle style = book.createCellStyle();
    style.setFillForegroundColor(colour.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return style;
  }

  /** Starts a sheet with a title, a subtitle (may be null) and the column headers. */
  Xlsx sheet(String name, String heading, String subtitle, List<String> headers) {
    finishSheet();
    sheet = book.createSheet(name);
    next = 0;
    columns = headers.size();
    Cell t = sheet.createRow(next++).createCell(0);
    t.setCellValue(heading);
    t.setCellStyle(title);
    if (subtitle != null) {
      sheet.createRow(next++).createCell(0).setCellValue(subtitle);
    }
    next++;
    if (!headers.isEmpty()) {
      Row head = sheet.createRow(next++);
      for (int i = 0; i < headers.size(); i++) {
        Cell c = head.createCell(i);
        c.setCellValue(headers.get(i));
        c.setCellStyle(bold);
      }
      sheet.createFreezePane(0, next);
    }
    return this;
  }

  /**
   * A sheet ({@link #sheet}) whose table lists {@code rows} in {@code columns}, or says {@code
   * none} when there are none.
   */
  <T> Xlsx table(
      String name,
      String heading,
      String subtitle,
      List<Column<T>> columns,
      List<? extends T> rows,
      String none) {
    sheet(name, heading, subtitle, Column.headers(columns));
    for (T row : rows) {
      row(Column.cells(columns, row));
    }
    return rows.isEmpty() ? note(none) : this;
  }

  /** A line of text under the table (a note or legend). */
  Xlsx note(String text) {
    sheet.createRow(next++).createCell(0).setCellValue(text);
    return this;
  }

  Xlsx blank() {
    next++;
    return this;
  }

  /** A label in bold and its value, for key-value sheets. */
  Xlsx pair(String label, Object value) {
    Row row = sheet.createRow(next++);
    Cell c = row.createCell(0);
    c.setCellValue(label);
    c.setCellStyle(bold);
    set(row.createCell(1), value);
    columns = Math.max(columns, 2);
    return this;
  }

  Xlsx row(Object... values) {
    Row row = sheet.createRow(next++);
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        set(row.createCell(i), values[i]);
      }
    }
    columns = Math.max(columns, values.length);
    return this;
  }

  /** An index (SPI, CPI) with two decimals, which a plain BigDecimal cell would not show. */
  static Object index(BigDecimal value) {
    return value == null ? null : new Index(value);
  }

  private record Index(BigDecimal value) {}

  /** A ratio shown as a percentage (0.275 as 27.5 %), still a number for the reader's sums. */
  static Object percent(BigDecimal ratio) {
    return ratio == null ? null : new Percent(ratio);
  }

  private record Percent(BigDecimal value) {}

  private void set(Cell cell, Object value) {
    if (value == null) {
      cell.setBlank();
    } else if (value instanceof Percent p) {
      cell.setCellValue(p.value().doubleValue());
      cell.setCellStyle(percent);
    } else if (value instanceof Index i) {
      cell.setCellValue(i.value().doubleValue());
      cell.setCellStyle(index);
    } else if (value instanceof BigDecimal d) {
      cell.setCellValue(d.doubleValue());
      cell.setCellStyle(money);
    } else if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (value instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(date);
    } else if (value instanceof Rag rag) {
      cell.setCellValue(rag.label());
      cell.setCellStyle(rag == Rag.GREEN ? green : rag == Rag.AMBER ? amber : red);
    } else if (value instanceof Boolean b) {
      cell.setCellValue(b ? "Yes" : "No");
    } else {
      cell.setCellValue(value.toString());
    }
  }

  private void finishSheet() {
    if (sheet != null) {
      // Measuring every cell is slow on long sheets; their columns get a readable fixed width.
      boolean measure = sheet.getLastRowNum() < 1000;
      for (int i = 0; i < columns; i++) {
        if (!measure) {
          sheet.setColumnWidth(i, (i == 1 ? 40 : 16) * 256);
          continue;
        }
        sheet.autoSizeColumn(i);
        if (sheet.getColumnWidth(i) > 60 * 256) {
          sheet.setColumnWidth(i, 60 * 256);
        }
      }
    }
  }

  byte[] toBytes() {
    finishSheet();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      book.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
