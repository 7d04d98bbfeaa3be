package org.cairnpmo.portfolio.selection;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.cairnpmo.platform.documents.PdfRenderer;
import org.cairnpmo.platform.documents.Workbooks;
import org.cairnpmo.platform.web.Attachments;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Documents for management: a scenario's ranked candidate list as XLSX, and its portfolio
 * recommendation as PDF (a Thymeleaf template rendered to XHTML, then to PDF).
 */
@Component
record ScenarioExports(PdfRenderer pdf) {

  /** The ranked list as a download named for the scenario. */
  ResponseEntity<byte[]> rankingDownload(ScenarioReport report) {
    return Attachments.of(
        xlsx(report), Attachments.XLSX, "scenario-" + report.scenario().id() + "-ranking.xlsx");
  }

  /** The recommendation as a download named for the scenario. */
  ResponseEntity<byte[]> recommendationDownload(ScenarioReport report) {
    return Attachments.of(
        pdf(report),
        MediaType.APPLICATION_PDF,
        "scenario-" + report.scenario().id() + "-recommendation.pdf");
  }

  byte[] xlsx(ScenarioReport report) {
    return Workbooks.xlsx(
        book -> {
          CellStyle bold = book.createCellStyle();
          Font font = book.createFont();
          font.setBold(true);
          bold.setFont(font);
          Sheet sheet = book.createSheet("Ranked list");
          Row title = sheet.createRow(0);
          cell(title, 0, "Scenario: " + report.scenario().name(), bold);
          Row sub = sheet.createRow(1);
          cell(
              sub,
              0,
              "Maximize "
                  + report.scenario().definition().objective().label().toLowerCase(Locale.ROOT)
                  + (report.result() == null
                      ? "; not optimized yet"
                      : "; "
                          + report.result().status()
                          + ", value "
                          + String.format(Locale.ROOT, "%.2f", report.result().objectiveValue())),
              null);
          String[] headers = {
            "Rank",
            "Code",
            "Title",
            "Status",
            "Weighted score",
            "NPV",
            "Total cost",
            "Value",
            "Selected"
          };
          Row head = sheet.createRow(3);
          for (int i = 0; i < headers.length; i++) {
            cell(head, i, headers[i], bold);
          }
          int r = 4;
          for (ScenarioReport.Row row : report.ranked()) {
            Row x = sheet.createRow(r++);
            x.createCell(0).setCellValue(row.rank());
            x.createCell(1).setCellValue(row.code());
            x.createCell(2).setCellValue(row.title());
            x.createCell(3).setCellValue(row.status());
            if (row.weightedScore() != null) x.createCell(4).setCellValue(row.weightedScore());
            if (row.npv() != null) x.createCell(5).setCellValue(row.npv());
            x.createCell(6).setCellValue(row.totalCost());
            x.createCell(7).setCellValue(row.value());
            x.createCell(8).setCellValue(row.selected() ? "Yes" : "No");
          }
          for (int i = 0; i < headers.length; i++) {
            sheet.autoSizeColumn(i);
          }
          if (report.result() != null && !report.result().constraints().isEmpty()) {
            Sheet limits = book.createSheet("Limits");
            Row h = limits.createRow(0);
            String[] lh = {"Limit", "Used", "Capacity", "Use %"};
            for (int i = 0; i < lh.length; i++) {
              cell(h, i, lh[i], bold);
            }
            int k = 1;
            for (RunResult.Usage u : report.result().constraints()) {
              Row x = limits.createRow(k++);
              x.createCell(0).setCellValue(u.constraint());
              x.createCell(1).setCellValue(u.used());
              x.createCell(2).setCellValue(u.limit());
              x.createCell(3).setCellValue(u.utilizationPercent());
            }
            limits.autoSizeColumn(0);
          }
        });
  }

  byte[] pdf(ScenarioReport report) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("report", report);
    variables.put("scenario", report.scenario());
    variables.put("result", report.result());
    return pdf.render("portfolio/scenario-report", variables);
  }

  private static void cell(Row row, int column, String value, CellStyle style) {
    Cell c = row.createCell(column);
    c.setCellValue(value);
    if (style != null) {
      c.setCellStyle(style);
    }
  }
}
