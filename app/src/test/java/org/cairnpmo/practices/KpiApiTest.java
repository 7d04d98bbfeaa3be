package org.cairnpmo.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.practices.kpis.KpiSnapshots;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The KPI API on a department of two projects, one confidential: a milestone reached on its
 * baseline 60 days ago in the open one, one 60 days late in the confidential one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiApiTest extends PracticesTestSupport {

  @Autowired KpiSnapshots snapshots;
  @Autowired JdbcTemplate jdbc;

  private UserSummary pmo;
  private UserSummary manager;
  private UserSummary outsider;
  private DepartmentSummary department;
  private ProjectView open;
  private ProjectView secret;
  private long slipKpi;
  private final LocalDate today = LocalDate.now();

  @BeforeAll
  void department_with_a_confidential_project() throws Exception {
    pmo = user(Role.PMO);
    manager = user(Role.PROJECT_MANAGER);
    outsider = user(Role.PROJECT_MANAGER);
    department = department();
    open = register(false);
    secret = register(true);
    milestone(open, today.minusDays(60), today.minusDays(60));
    milestone(secret, today.minusDays(60), null);
    slipKpi =
        define(kpi("Slip " + unique(), "MILESTONE_SLIP", "LOWER_IS_BETTER", "5", "20"))
            .get("id")
            .asLong();
  }

  private ProjectView register(boolean confidential) {
    String code = "K-" + unique();
    return projects.register(
        new ProjectData(
            code,
            "Project " + code,
            null,
            department.id(),
            null,
            manager.id(),
            ProjectCategory.OPERATIONAL,
            Priority.MEDIUM,
            ProjectStatus.PROPOSED,
            today.minusDays(200),
            today.plusDays(200),
            new BigDecimal("100000.00"),
            "EUR",
            confidential,
            List.<ProjectData.Member>of(),
            null),
        current(pmo));
  }

  private void milestone(ProjectView project, LocalDate baseline, LocalDate completed)
      throws Exception {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "Milestone " + unique());
    body.put("baselineDate", baseline.toString());
    body.put("forecastDate", (completed == null ? today.plusDays(10) : completed).toString());
    body.put("completedDate", completed == null ? null : completed.toString());
    mvc.perform(
            post("/api/v1/projects/" + project.id() + "/milestones")
                .with(as(pmo))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(body)))
        .andExpect(status().isCreated());
  }

  private static Map<String, Object> kpi(
      String name, String measure, String direction, String green, String red) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("measure", measure);
    body.put("direction", direction);
    body.put("green", new BigDecimal(green));
    body.put("red", new BigDecimal(red));
    return body;
  }

  private JsonNode define(Map<String, Object> body) throws Exception {
    return read(
        mvc.perform(
                post("/api/v1/practices/kpis")
                    .with(as(pmo))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(body)))
            .andExpect(status().isCreated())
            .andReturn());
  }

  private JsonNode figure(String path, UserSummary who) throws Exception {
    JsonNode board = read(fetch(path, who));
    for (JsonNode f : board.get("figures")) {
      if (f.get("kpi").get("id").asLong() == slipKpi) {
        return f;
      }
    }
    throw new AssertionError("no figure of the KPI in " + board);
  }

  @Test
  void a_department_aggregates_only_the_projects_the_reader_may_see() throws Exception {
    String path = "/api/v1/practices/kpis/departments/" + department.id() + "?months=0";
    JsonNode all = figure(path, pmo);
    assertThat(all.get("value").decimalValue()).isEqualByComparingTo("30.0"); // (0 + 60) / 2
    assertThat(all.get("projects").asInt()).isEqualTo(2);
    assertThat(all.get("rating").asString()).isEqualTo("RED");
    JsonNode visible = figure(path, outsider);
    assertThat(visible.get("value").decimalValue()).isEqualByComparingTo("0.0");
    assertThat(visible.get("projects").asInt()).isEqualTo(1);
    assertThat(visible.get("rating").asString()).isEqualTo("GREEN");
    assertThat(figure(path, manager).get("value").decimalValue()).isEqualByComparingTo("30.0");
  }

  @Test
  void a_project_someone_may_not_see_answers_404() throws Exception {
    mvc.perform(get("/api/v1/practices/kpis/projects/" + secret.id()).with(as(outsider)))
        .andExpect(status().isNotFound());
    JsonNode f = figure("/api/v1/practices/kpis/projects/" + secret.id() + "?months=0", manager);
    assertThat(f.get("value").decimalValue()).isEqualByComparingTo("60.0");
  }

  @Test
  void the_projects_of_a_kpi_are_paged_and_leave_out_hidden_ones() throws Exception {
    String path = "/api/v1/practices/kpis/" + slipKpi + "/projects?departmentId=" + department.id();
    JsonNode mine = read(fetch(path, outsider));
    assertThat(mine.get("totalElements").asInt()).isEqualTo(1);
    assertThat(mine.get("content").get(0).get("code").asString()).isEqualTo(open.code());
    assertThat(read(fetch(path + "&size=1", pmo)).get("totalPages").asInt()).isEqualTo(2);
    mvc.perform(get(path + "&size=500").with(as(pmo))).andExpect(status().isBadRequest());
  }

  @Test
  void a_snapshot_taken_twice_in_a_month_is_the_same_snapshot() throws Exception {
    YearMonth previous = YearMonth.now().minusMonths(1);
    snapshots.take(previous, "test");
    List<Map<String, Object>> first = rows(previous);
    snapshots.take(previous, "test");
    assertThat(rows(previous)).isEqualTo(first);
    // the late milestone as of the month's last day, the other on its baseline
    long late = ChronoUnit.DAYS.between(today.minusDays(60), previous.atEndOfMonth());
    assertThat(first)
        .extracting(r -> ((BigDecimal) r.get("NUMERATOR")).longValue())
        .containsExactlyInAnyOrder(0L, late);

    String path = "/api/v1/practices/kpis/departments/" + department.id() + "?months=1";
    JsonNode pmoTrend = figure(path, pmo).get("trend").get(0);
    assertThat(pmoTrend.get("period").asString()).isEqualTo(previous.toString());
    assertThat(pmoTrend.get("value").decimalValue())
        .isEqualByComparingTo(BigDecimal.valueOf(late).divide(BigDecimal.valueOf(2)));
    assertThat(figure(path, outsider).get("trend").get(0).get("value").decimalValue())
        .isEqualByComparingTo("0");

    mvc.perform(post("/api/v1/practices/kpis/snapshots").with(as(pmo)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.period").value(YearMonth.now().toString()));
    List<Map<String, Object>> now = rows(YearMonth.now());
    mvc.perform(post("/api/v1/practices/kpis/snapshots").with(as(pmo))).andExpect(status().isOk());
    assertThat(rows(YearMonth.now())).hasSize(2).isEqualTo(now);
    mvc.perform(post("/api/v1/practices/kpis/snapshots").with(as(manager)))
        .andExpect(status().isForbidden());
  }

  private List<Map<String, Object>> rows(YearMonth month) {
    return jdbc.queryForList(
        "select project_id, numerator, denominator from prc_kpi_snapshot"
            + " where kpi_id = ? and period = ? and project_id in (?, ?) order by project_id",
        slipKpi,
        month.toString(),
        open.id(),
        secret.id());
  }

  @Test
  void a_definition_is_checked_and_versioned() throws Exception {
    mvc.perform(
            post("/api/v1/practices/kpis")
                .with(as(pmo))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(kpi("SPI " + unique(), "SPI", "HIGHER_IS_BETTER", "0.8", "0.9"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("red"));
    mvc.perform(
            post("/api/v1/practices/kpis")
                .with(as(pmo))
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(kpi("Bad\u0007" + unique(), "SPI", "HIGHER_IS_BETTER", "1", "0"))))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post("/api/v1/practices/kpis")
                .with(as(pmo))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"X\",\"measure\":\"NOPE\"}"))
        .andExpect(status().isBadRequest());
    JsonNode kpi = define(kpi("CPI " + unique(), "CPI", "HIGHER_IS_BETTER", "0.95", "0.85"));
    assertThat(kpi.get("unit").asString()).isEqualTo("index");
    Map<String, Object> change =
        kpi(kpi.get("name").asString(), "CPI", "HIGHER_IS_BETTER", "1", "0.9");
    mvc.perform(
            put("/api/v1/practices/kpis/" + kpi.get("id").asLong())
                .with(as(pmo))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(change)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.green").value(1));
    mvc.perform(
            put("/api/v1/practices/kpis/" + kpi.get("id").asLong())
                .with(as(pmo))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(change)))
        .andExpect(status().isConflict());
    mvc.perform(get("/api/v1/practices/kpis/portfolio?months=99").with(as(pmo)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/practices/kpis/99999999").with(as(pmo)))
        .andExpect(status().isNotFound());
  }

  @Test
  void the_workbook_has_the_figures_of_the_projects_the_reader_may_see() throws Exception {
    assertThat(projectRow(outsider, open.code())).isEqualTo(0.0);
    assertThat(projectRow(outsider, secret.code())).isNull();
    assertThat(projectRow(pmo, secret.code())).isEqualTo(60.0);
  }

  /** The slip of the project in the workbook's Projects sheet; null when it has no row. */
  private Double projectRow(UserSummary who, String code) throws Exception {
    byte[] xlsx =
        mvc.perform(get("/api/v1/practices/kpis/workbook?months=1").with(as(who)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(book.getSheet("KPIs").getRow(0).getCell(0).getStringCellValue())
          .startsWith("KPIs of the portfolio");
      Sheet sheet = book.getSheet("Projects");
      Row head = sheet.getRow(0);
      int column = -1;
      String name = read(fetch("/api/v1/practices/kpis/" + slipKpi, pmo)).get("name").asString();
      for (int i = 0; i < head.getLastCellNum(); i++) {
        if (head.getCell(i).getStringCellValue().equals(name)) {
          column = i;
        }
      }
      assertThat(column).isPositive();
      for (Row row : sheet) {
        if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(code)) {
          return row.getCell(column).getNumericCellValue();
        }
      }
      return null;
    }
  }
}
