package org.cairnpmo.planning.exports;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.cairnpmo.planning.PlanExport;
import org.cairnpmo.planning.TaskView;
import org.cairnpmo.platform.documents.SheetStyles;
import org.cairnpmo.platform.documents.Workbooks;

/**
 * The plan's task table as a spreadsheet: one row per task in outline order, names indented by
 * level, durations and floats in working days (8 hours), dates as dates, so the reader can sort,
 * filter and sum.
 */
final class TaskSheet {

  private static final List<String> HEADERS =
      List.of(
          "WBS",
          "Task",
          "Kind",
          "Duration (days)",
          "Start",
          "Finish",
          "Early start",
          "Early finish",
          "Late start",
          "Late finish",
          "Total float (days)",
          "Free float (days)",
          "Critical",
          "% complete",
          "Constraint",
          "Constraint date",
          "Deadline",
          "Manually scheduled",
          "Priority");

  private static final double MINUTES_PER_DAY = 480.0;

  private TaskSheet() {}

  static byte[] write(PlanExport plan) {
    return Workbooks.xlsx(
        book -> {
          SheetStyles styles = new SheetStyles(book);
          CellStyle date = SheetStyles.formatted(book, "yyyy-mm-dd hh:mm");
          Sheet sheet = book.createSheet("Tasks");
          Row title = sheet.createRow(0);
          SheetStyles.text(
              title, 0, plan.projectCode() + " " + plan.projectName() + ": plan", styles.title);
          Row head = sheet.createRow(2);
          for (int i = 0; i < HEADERS.size(); i++) {
            SheetStyles.text(head, i, HEADERS.get(i), styles.header);
          }
          int r = 3;
          for (TaskView task : plan.tasks()) {
            Row row = sheet.createRow(r++);
            SheetStyles.text(row, 0, task.wbs(), null);
            SheetStyles.text(row, 1, "  ".repeat(task.outlineLevel() - 1) + task.name(), null);
            SheetStyles.text(row, 2, task.summary() ? "Summary" : task.kind().label(), null);
            SheetStyles.number(row, 3, task.durationMinutes() / MINUTES_PER_DAY, styles.decimal);
            date(row, 4, task.start(), date);
            date(row, 5, task.finish(), date);
            date(row, 6, task.earlyStart(), date);
            date(row, 7, task.earlyFinish(), date);
            date(row, 8, task.lateStart(), date);
            date(row, 9, task.lateFinish(), date);
            SheetStyles.number(row, 10, days(task.totalFloatMinutes()), styles.decimal);
            SheetStyles.number(row, 11, days(task.freeFloatMinutes()), styles.decimal);
            SheetStyles.text(row, 12, task.critical() ? "yes" : "no", null);
            SheetStyles.number(row, 13, task.percentComplete(), styles.percent);
            SheetStyles.text(
                row,
                14,
                task.constraintType() == null ? null : task.constraintType().label(),
                null);
            date(row, 15, task.constraintDate(), date);
            date(row, 16, task.deadline(), date);
            SheetStyles.text(row, 17, task.manual() ? "yes" : "no", null);
            SheetStyles.number(row, 18, task.priority(), styles.integer);
          }
          sheet.createFreezePane(2, 3);
          sheet.setColumnWidth(1, 50 * 256);
          for (int c = 2; c < HEADERS.size(); c++) {
            sheet.setColumnWidth(c, 17 * 256);
          }
        });
  }

  private static Double days(Long minutes) {
    return minutes == null ? null : minutes / MINUTES_PER_DAY;
  }

  private static void date(Row row, int column, LocalDateTime value, CellStyle style) {
    Cell cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(style);
  }
}
