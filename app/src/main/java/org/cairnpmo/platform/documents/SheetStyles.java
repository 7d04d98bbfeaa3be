package org.cairnpmo.platform.documents;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.cairnpmo.platform.InputRules;

/** The cell styles the portfolio's spreadsheets share, made once per workbook. */
public final class SheetStyles {

  public final CellStyle title;
  public final CellStyle header;
  public final CellStyle integer;
  public final CellStyle decimal;
  public final CellStyle money;
  public final CellStyle percent;
  public final CellStyle wrapped;

  public SheetStyles(Workbook book) {
    Font titleFont = boldFont(book);
    titleFont.setFontHeightInPoints((short) 14);
    title = book.createCellStyle();
    title.setFont(titleFont);

    Font headerFont = boldFont(book);
    headerFont.setColor(IndexedColors.WHITE.getIndex());
    header = book.createCellStyle();
    header.setFont(headerFont);
    header.setFillForegroundColor(IndexedColors.GREY_80_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);

    integer = formatted(book, "0");
    decimal = formatted(book, "0.0");
    money = formatted(book, "#,##0");
    percent = formatted(book, "0.0\"%\"");
    wrapped = book.createCellStyle();
    wrapped.setWrapText(true);
  }

  /** A new style that shows a number or a date in {@code format}, written as Excel writes it. */
  public static CellStyle formatted(Workbook book, String format) {
    CellStyle style = book.createCellStyle();
    style.setDataFormat(book.createDataFormat().getFormat(format));
    return style;
  }

  /**
   * A text cell, styled when {@code style} is given. Control characters in stored text are left
   * out: a spreadsheet shows each one as '?'.
   */
  public static Cell text(Row row, int column, String value, CellStyle style) {
    Cell c = row.createCell(column);
    if (value != null) {
      c.setCellValue(InputRules.withoutControlCharacters(value));
    }
    if (style != null) {
      c.setCellStyle(style);
    }
    return c;
  }

  /** A number cell in {@code style}; left empty when {@code value} is null. */
  public static Cell number(Row row, int column, Number value, CellStyle style) {
    Cell c = row.createCell(column);
    if (value != null) {
      c.setCellValue(value.doubleValue());
    }
    c.setCellStyle(style);
    return c;
  }

  private static Font boldFont(Workbook book) {
    Font font = book.createFont();
    font.setBold(true);
    return font;
  }
}
