package org.cairnpmo.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cairnpmo.budgets.domain.BudgetData;
import org.cairnpmo.budgets.domain.BudgetLine;
import org.cairnpmo.budgets.domain.BudgetService;
import org.cairnpmo.budgets.domain.CostCategory;
import org.cairnpmo.budgets.domain.CostType;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The dashboard's read model never fails on an amount the budgets accept, and who sees a row is
 * decided by the register as it stands, never by the row's own copy of the project.
 */
class DashboardVisibilityTest extends DashboardFixtures {

  private static final String HUGE = "999999999999.99";

  @Autowired BudgetService budgets;
  @Autowired NamedParameterJdbcTemplate jdbc;

  @Test
  void an_overflowing_burn_still_refreshes_and_the_project_hides_once_confidential()
      throws Exception {
    DepartmentSummary department = department();
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary insider = user(Role.MEMBER);
    UserSummary outsider = user(Role.MEMBER);
    ProjectView project = activeProject(department, manager, false, "Tiny budget", insider);
    String month = YearMonth.now().minusMonths(1).toString();
    budgets.saveBudget(
        project.id(),
        new BudgetData(
            List.of(new BudgetLine(month, CostCategory.LABOUR, CostType.OPEX, BigDecimal.ONE)),
            null,
            null),
        0,
        current(manager));

    mvc.perform(
            post("/api/v1/projects/" + project.id() + "/actuals")
                .with(as(manager))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    write(
                        Map.of(
                            "period",
                            month,
                            "category",
                            "LABOUR",
                            "costType",
                            "OPEX",
                            "amount",
                            new BigDecimal(HUGE)))))
        .andExpect(status().isCreated());

    String rows = "/api/v1/portfolio/dashboard?department=" + department.id();
    mvc.perform(get(rows).with(as(outsider)))
        .andExpect(jsonPath("$.totalElements").value(1))
        .andExpect(jsonPath("$.content[0].actualToDate").value(new BigDecimal(HUGE)))
        .andExpect(jsonPath("$.content[0].burn").value(new BigDecimal(HUGE)));

    // A full rebuild goes through this row like any other.
    mvc.perform(post("/api/v1/portfolio/dashboard/rebuild").with(as(user(Role.PMO))))
        .andExpect(status().isOk());
    assertThat(dashboard.row(project.id(), pmo()).orElseThrow().burn()).isEqualByComparingTo(HUGE);

    makeConfidential(project);
    // Even a row that missed the change (its copy still says "not confidential") is hidden.
    jdbc.update(
        "update reporting_project_status set confidential = false where project_id = :id",
        Map.of("id", project.id()));

    mvc.perform(get(rows).with(as(outsider)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalElements").value(0));
    mvc.perform(
            get("/api/v1/portfolio/dashboard/summary?department=" + department.id())
                .with(as(outsider)))
        .andExpect(jsonPath("$.summary.projects").value(0))
        .andExpect(jsonPath("$.bubbles.length()").value(0));
    String page =
        mvc.perform(get("/dashboard?department=" + department.id()).with(page(outsider)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).doesNotContain(project.code()).doesNotContain("Tiny budget");
    assertThat(pdf("/api/v1/portfolio/status-report.pdf?department=" + department.id(), outsider))
        .doesNotContain(project.code());
    assertThat(xlsx("/api/v1/portfolio/status-report.xlsx?department=" + department.id(), outsider))
        .doesNotContain(project.code());
    assertThat(pdf("/api/v1/portfolio/summary?department=" + department.id(), outsider))
        .doesNotContain(project.code());

    // Its members and the PMO still see it.
    mvc.perform(get(rows).with(as(insider))).andExpect(jsonPath("$.totalElements").value(1));
    mvc.perform(get(rows).with(as(user(Role.PMO)))).andExpect(jsonPath("$.totalElements").value(1));
    assertThat(xlsx("/api/v1/portfolio/status-report.xlsx?department=" + department.id(), insider))
        .contains(project.code());
  }

  @Test
  void an_actual_cost_beyond_what_the_columns_hold_is_refused_naming_the_amount() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = activeProject(department(), manager, false, "Refused");
    mvc.perform(
            post("/api/v1/projects/" + project.id() + "/actuals")
                .with(as(manager))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    write(
                        Map.of(
                            "period",
                            YearMonth.now().minusMonths(1).toString(),
                            "category",
                            "LABOUR",
                            "costType",
                            "OPEX",
                            "amount",
                            new BigDecimal("1000000000000000000000")))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("amount"));
  }

  private void makeConfidential(ProjectView project) {
    ProjectView now = projects.project(project.id()).orElseThrow();
    ProjectData data =
        new ProjectData(
            now.code(),
            now.name(),
            now.description(),
            now.departmentId(),
            now.sponsorId(),
            now.managerId(),
            now.category(),
            now.priority(),
            now.status(),
            now.plannedStart(),
            now.plannedFinish(),
            now.budgetAmount(),
            now.budgetCurrency(),
            true,
            now.members().stream().map(m -> new ProjectData.Member(m.userId(), m.role())).toList(),
            now.version());
    projects.revise(project.id(), data, now.version(), pmo());
  }

  private String pdf(String path, UserSummary who) throws Exception {
    byte[] bytes =
        mvc.perform(get(path).with(as(who)).accept(MediaType.APPLICATION_PDF))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (PDDocument document = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private String xlsx(String path, UserSummary who) throws Exception {
    byte[] bytes =
        mvc.perform(get(path).with(as(who)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    StringBuilder text = new StringBuilder();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            text.append(cell).append('\t');
          }
        }
      }
    }
    return text.toString();
  }
}
