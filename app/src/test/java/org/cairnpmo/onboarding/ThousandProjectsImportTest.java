package org.cairnpmo.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** The measure of done: a spreadsheet of 1,000 projects imported in one apply. */
class ThousandProjectsImportTest extends ImportTestSupport {

  static final int PROJECTS = 1_000;

  @Test
  void a_workbook_of_a_thousand_projects_is_imported_in_one_apply() throws Exception {
    UserSummary pmo = user(Role.PMO);
    UserSummary manager = user(Role.PROJECT_MANAGER);
    DepartmentSummary department = department();
    String prefix = "K" + unique() + "-";
    byte[] workbook = workbook(prefix, department.code(), manager.username());

    long started = System.nanoTime();
    MvcResult uploaded = upload("PROJECTS", "portfolio.xlsx", workbook, pmo);
    assertThat(uploaded.getResponse().getStatus())
        .as(uploaded.getResponse().getContentAsString())
        .isEqualTo(201);
    JsonNode plan = read(uploaded);
    assertThat(plan.get("ready").asBoolean()).as(problems(plan).toString()).isTrue();
    assertThat(plan.get("counts").get("create").asInt()).isEqualTo(PROJECTS);

    long checked = System.nanoTime();
    MvcResult applied = apply(plan, pmo);
    assertThat(applied.getResponse().getStatus())
        .as(applied.getResponse().getContentAsString())
        .isEqualTo(200);
    assertThat(read(applied).get("created").asInt()).isEqualTo(PROJECTS);
    assertThat(projects.countByCodePrefix(prefix)).isEqualTo(PROJECTS);
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println(
        "Imported "
            + PROJECTS
            + " projects from XLSX in "
            + millis
            + " ms (upload and dry run "
            + (checked - started) / 1_000_000
            + " ms)");
    // The portfolio dashboard has a row for every one of them.
    JsonNode dashboard =
        read(fetch("/api/v1/portfolio/dashboard?size=1&department=" + department.id(), pmo));
    assertThat(dashboard.get("totalElements").asInt()).isEqualTo(PROJECTS);
    assertThat(projects.projectsByCodes(java.util.List.of(prefix + "0999")).values())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.departmentId()).isEqualTo(department.id());
              assertThat(p.managerId()).isEqualTo(manager.id());
              assertThat(p.plannedStart()).isEqualTo(LocalDate.of(2027, 1, 1).plusDays(999 % 200));
            });
  }

  private static byte[] workbook(String prefix, String department, String manager)
      throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Projects");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      String[] headers = {
        "Project code",
        "Project name",
        "Department",
        "Project manager",
        "Category",
        "Priority",
        "Start",
        "Finish",
        "Budget",
        "Currency"
      };
      Row header = sheet.createRow(0);
      for (int c = 0; c < headers.length; c++) {
        header.createCell(c).setCellValue(headers[c]);
      }
      String[] categories = {"Strategic", "PRODUCT", "IT infrastructure", "Compliance"};
      for (int i = 0; i < PROJECTS; i++) {
        Row row = sheet.createRow(i + 1);
        row.createCell(0).setCellValue(prefix + String.format("%04d", i));
        row.createCell(1).setCellValue("Imported project " + i);
        row.createCell(2).setCellValue(department);
        row.createCell(3).setCellValue(manager);
        row.createCell(4).setCellValue(categories[i % categories.length]);
        row.createCell(5).setCellValue(i % 2 == 0 ? "High" : "medium");
        var start = row.createCell(6);
        start.setCellValue(LocalDate.of(2027, 1, 1).plusDays(i % 200));
        start.setCellStyle(date);
        var finish = row.createCell(7);
        finish.setCellValue(LocalDate.of(2028, 6, 30));
        finish.setCellStyle(date);
        row.createCell(8).setCellValue(10_000 + i * 12.5);
        row.createCell(9).setCellValue("EUR");
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
