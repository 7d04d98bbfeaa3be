package org.cairnpmo.practices.kpis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.documents.SheetStyles;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.stereotype.Component;

/**
 * The KPIs as an Excel workbook, over the projects the reader may see: the portfolio's figures now
 * with their definitions, the portfolio's trend month by month, and each unfinished project's
 * current figures.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class KpiWorkbook {

  private final KpiBoard board;
  private final ProjectsApi projectsApi;

  public byte[] write(int months, CurrentUser viewer) {
    KpiBoard.Board portfolio = board.portfolio(months, viewer);
    Map<ProjectView, Map<Long, BigDecimal>> projects = board.everyProject(viewer);
    // Written here, so that the page's and the API's downloads are both in the audit log.
    projectsApi.recordExport(
        "KPI workbook XLSX", projects.keySet().stream().map(ProjectView::id).toList());
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      SheetStyles styles = new SheetStyles(book);
      CellStyle value = SheetStyles.formatted(book, "0.00");
      summary(book.createSheet("KPIs"), styles, value, portfolio);
      trend(book.createSheet("Trend"), styles, value, portfolio);
      perProject(book.createSheet("Projects"), styles, value, portfolio, projects);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void summary(
      Sheet sheet, SheetStyles styles, CellStyle value, KpiBoard.Board portfolio) {
    SheetStyles.text(
        sheet.createRow(0), 0, "KPIs of the portfolio, " + portfolio.period(), styles.title);
    header(
        sheet.createRow(2),
        styles,
        List.of(
            "KPI",
            "Measure",
            "Formula",
            "Aggregation",
            "Unit",
            "Direction",
            "Green",
            "Red",
            "Value now",
            "Rating",
            "Projects"));
    int r = 3;
    for (KpiBoard.KpiFigure f : portfolio.figures()) {
      Row row = sheet.createRow(r++);
      KpiView k = f.kpi();
      SheetStyles.text(row, 0, k.name(), null);
      SheetStyles.text(row, 1, k.measureLabel(), null);
      SheetStyles.text(row, 2, k.formula(), styles.wrapped);
      SheetStyles.text(row, 3, k.aggregation(), null);
      SheetStyles.text(row, 4, k.unit(), null);
      SheetStyles.text(row, 5, k.direction().label(), null);
      SheetStyles.number(row, 6, k.green(), styles.decimal);
      SheetStyles.number(row, 7, k.red(), styles.decimal);
      SheetStyles.number(row, 8, f.value(), value);
      SheetStyles.text(row, 9, f.rating() == null ? "" : f.rating().label(), null);
      SheetStyles.number(row, 10, f.projects(), styles.integer);
    }
    sheet.setColumnWidth(0, 30 * 256);
    sheet.setColumnWidth(2, 60 * 256);
  }

  private static void trend(
      Sheet sheet, SheetStyles styles, CellStyle value, KpiBoard.Board portfolio) {
    if (portfolio.figures().isEmpty()) {
      return;
    }
    List<KpiBoard.TrendPoint> months = portfolio.figures().get(0).trend();
    Row head = sheet.createRow(0);
    SheetStyles.text(head, 0, "KPI", styles.header);
    for (int i = 0; i < months.size(); i++) {
      SheetStyles.text(head, i + 1, months.get(i).period(), styles.header);
    }
    SheetStyles.text(head, months.size() + 1, portfolio.period() + " (now)", styles.header);
    int r = 1;
    for (KpiBoard.KpiFigure f : portfolio.figures()) {
      Row row = sheet.createRow(r++);
      SheetStyles.text(row, 0, f.kpi().name(), null);
      for (int i = 0; i < f.trend().size(); i++) {
        SheetStyles.number(row, i + 1, f.trend().get(i).value(), value);
      }
      SheetStyles.number(row, f.trend().size() + 1, f.value(), value);
    }
    sheet.setColumnWidth(0, 30 * 256);
  }

  private static void perProject(
      Sheet sheet,
      SheetStyles styles,
      CellStyle value,
      KpiBoard.Board portfolio,
      Map<ProjectView, Map<Long, BigDecimal>> projects) {
    Row head = sheet.createRow(0);
    SheetStyles.text(head, 0, "Code", styles.header);
    SheetStyles.text(head, 1, "Project", styles.header);
    SheetStyles.text(head, 2, "Department", styles.header);
    List<KpiBoard.KpiFigure> figures = portfolio.figures();
    for (int i = 0; i < figures.size(); i++) {
      SheetStyles.text(head, i + 3, figures.get(i).kpi().name(), styles.header);
    }
    int r = 1;
    for (Map.Entry<ProjectView, Map<Long, BigDecimal>> e : projects.entrySet()) {
      Row row = sheet.createRow(r++);
      SheetStyles.text(row, 0, e.getKey().code(), null);
      SheetStyles.text(row, 1, e.getKey().name(), null);
      SheetStyles.text(row, 2, e.getKey().departmentName(), null);
      for (int i = 0; i < figures.size(); i++) {
        SheetStyles.number(row, i + 3, e.getValue().get(figures.get(i).kpi().id()), value);
      }
    }
    sheet.setColumnWidth(1, 40 * 256);
  }

  private static void header(Row row, SheetStyles styles, List<String> titles) {
    for (int i = 0; i < titles.size(); i++) {
      SheetStyles.text(row, i, titles.get(i), styles.header);
    }
  }
}
