package org.cairnpmo.resources.web;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.cairnpmo.platform.documents.PdfRenderer;
import org.cairnpmo.platform.documents.SheetStyles;
import org.cairnpmo.platform.documents.Workbooks;
import org.cairnpmo.platform.web.Attachments;
import org.cairnpmo.projects.ProjectsApi;
import org.cairnpmo.resources.RaciLetter;
import org.cairnpmo.resources.RaciView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A project's RACI matrix as XLSX and PDF; pages and the API serve the same bytes. */
@Component
record RaciDocuments(PdfRenderer pdf, ProjectsApi projects, Clock clock) {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  static String filename(RaciView raci, String extension) {
    return raci.projectCode().toLowerCase(Locale.ROOT) + "-raci." + extension;
  }

  /** The matrix as an Excel workbook to download, never cached. */
  ResponseEntity<byte[]> xlsxDownload(RaciView raci) {
    projects.recordExport("RACI matrix XLSX", Set.of(raci.projectId()));
    return Attachments.uncached(xlsx(raci), Attachments.XLSX, filename(raci, "xlsx"));
  }

  /** The matrix as PDF to download, never cached. */
  ResponseEntity<byte[]> pdfDownload(RaciView raci) {
    projects.recordExport("RACI matrix PDF", Set.of(raci.projectId()));
    return Attachments.uncached(pdf(raci), MediaType.APPLICATION_PDF, filename(raci, "pdf"));
  }

  byte[] xlsx(RaciView raci) {
    return Workbooks.xlsx(
        book -> {
          SheetStyles styles = new SheetStyles(book);
          Sheet sheet = book.createSheet("RACI");
          SheetStyles.text(
              sheet.createRow(0),
              0,
              "RACI: " + raci.projectCode() + " " + raci.projectName(),
              styles.title);
          Row head = sheet.createRow(2);
          SheetStyles.text(head, 0, "Deliverable, phase or task", styles.header);
          SheetStyles.text(head, 1, "Task", styles.header);
          int col = 2;
          for (RaciView.ColumnView c : raci.columns()) {
            SheetStyles.text(
                head, col++, c.name() + (c.roleId() != null ? " (role)" : ""), styles.header);
          }
          SheetStyles.text(head, col, "Check", styles.header);
          int r = 3;
          for (RaciView.RowView row : raci.rows()) {
            Row line = sheet.createRow(r++);
            SheetStyles.text(line, 0, row.label(), null);
            SheetStyles.text(line, 1, row.taskWbs(), null);
            int c = 2;
            for (String cell : row.cells()) {
              SheetStyles.text(line, c++, cell.isEmpty() ? null : cell, null);
            }
            SheetStyles.text(line, c, check(row), null);
          }
          Row legend = sheet.createRow(r + 1);
          SheetStyles.text(legend, 0, legend(), null);
          sheet.createFreezePane(2, 3);
          for (int i = 0; i <= col; i++) {
            sheet.autoSizeColumn(i);
          }
        });
  }

  byte[] pdf(RaciView raci) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("raci", raci);
    variables.put("legend", RaciLetter.values());
    variables.put("generatedAt", STAMP.format(clock.instant()));
    return pdf.render("resources/raci-report", variables);
  }

  /** What is missing from a row, in words; null when nothing is. */
  static String check(RaciView.RowView row) {
    if (row.missingResponsible() && row.missingAccountable()) {
      return "No Responsible, no Accountable";
    }
    if (row.missingResponsible()) {
      return "No Responsible";
    }
    return row.missingAccountable() ? "No Accountable" : null;
  }

  private static String legend() {
    StringBuilder text = new StringBuilder();
    for (RaciLetter l : RaciLetter.values()) {
      text.append(text.isEmpty() ? "" : "; ").append(l.name()).append(" = ").append(l.label());
      text.append(": ").append(l.meaning());
    }
    return text.toString();
  }
}
