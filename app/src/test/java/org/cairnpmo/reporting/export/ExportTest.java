package org.cairnpmo.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.control.domain.EscalationData;
import org.cairnpmo.identity.Role;
import org.cairnpmo.reporting.overview.ReportingTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** The project status report documents and the CSV lists, from the pages and from the API. */
class ExportTest extends ReportingTestSupport {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  // ---------------------------------------------------------------- status report

  @Test
  void the_status_report_pdf_says_what_the_overview_says_with_a_legend() throws Exception {
    Team t = reported(true);
    MvcResult result =
        mvc.perform(get("/projects/" + t.id() + "/status-report.pdf").with(page(t.sponsor())))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andExpect(
                header()
                    .string(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"status-report-" + t.project().code() + ".pdf\""))
            .andReturn();
    keep("status-report.pdf", result.getResponse().getContentAsByteArray());
    String text = pdfText(result.getResponse().getContentAsByteArray());
    assertThat(text)
        .containsIgnoringCase("Project status report")
        .contains(t.project().code())
        .contains(t.project().name())
        .contains(t.manager().displayName())
        .contains("Red · In trouble (worsening since the previous report)")
        .contains("Green > Amber > Red")
        .contains("The supplier missed the second delivery")
        .contains("Approve 20,000 EUR for a second supplier")
        .contains("Supplier insolvency")
        .contains("Test server down")
        .contains("120,000")
        .contains("33,000")
        .contains("165,000")
        .contains("-45,000")
        .contains("0.80")
        .contains("0.73")
        .contains("Green = on track, Amber = at risk, Red = in trouble");
  }

  @Test
  void the_status_report_workbook_has_a_sheet_per_subject_with_real_figures() throws Exception {
    Team t = reported(false);
    MvcResult result =
        mvc.perform(get("/projects/" + t.id() + "/status-report.xlsx").with(page(t.member())))
            .andExpect(status().isOk())
            .andExpect(content().contentType(XLSX))
            .andExpect(
                header()
                    .string(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"status-report-" + t.project().code() + ".xlsx\""))
            .andReturn();
    keep("status-report.xlsx", result.getResponse().getContentAsByteArray());
    try (XSSFWorkbook book = workbook(result.getResponse().getContentAsByteArray())) {
      assertThat(sheetNames(book))
          .containsExactly("Status", "Risks", "Issues", "Milestones", "Budget and EVM");
      Sheet status = book.getSheet("Status");
      assertThat(value(status, "Overall rating")).isEqualTo("Red");
      assertThat(value(status, "Manager")).isEqualTo(t.manager().displayName());
      assertThat(value(status, "Decisions needed"))
          .isEqualTo("Approve 20,000 EUR for a second supplier");
      assertThat(texts(status)).anyMatch(s -> s.contains("Green = on track"));

      Sheet risks = book.getSheet("Risks");
      Row header = find(risks, "Risk");
      Row first = risks.getRow(header.getRowNum() + 1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Supplier insolvency");
      assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(20.0);

      Sheet issues = book.getSheet("Issues");
      Row issueHeader = find(issues, "Issue");
      assertThat(issues.getRow(issueHeader.getRowNum() + 1).getCell(0).getStringCellValue())
          .isEqualTo("Test server down");

      Sheet money = book.getSheet("Budget and EVM");
      assertThat(number(money, "BAC")).isEqualTo(120000.0);
      assertThat(number(money, "AC")).isEqualTo(33000.0);
      assertThat(number(money, "EAC")).isEqualTo(165000.0);
      assertThat(number(money, "SPI")).isEqualTo(0.8);
      assertThat(number(money, "CPI")).isCloseTo(0.727, org.assertj.core.data.Offset.offset(0.01));
    }
  }

  @Test
  void the_api_picks_the_format_from_the_parameter_or_the_accept_header() throws Exception {
    Team t = reported(false);
    String url = "/api/v1/projects/" + t.id() + "/status-report";
    mvc.perform(get(url).with(as(t.member())).accept(MediaType.APPLICATION_PDF))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    mvc.perform(get(url).with(as(t.member())).accept(MediaType.parseMediaType(XLSX)))
        .andExpect(status().isOk())
        .andExpect(content().contentType(XLSX));
    mvc.perform(
            get(url).param("format", "xlsx").with(as(t.member())).accept(MediaType.APPLICATION_PDF))
        .andExpect(status().isOk())
        .andExpect(content().contentType(XLSX))
        .andExpect(
            header()
                .string(
                    HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"status-report-" + t.project().code() + ".xlsx\""));
    mvc.perform(get(url).with(as(t.member())))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    mvc.perform(get(url).with(as(t.member())).accept(MediaType.TEXT_HTML))
        .andExpect(status().isNotAcceptable());
    mvc.perform(get(url + ".xlsx").with(as(t.member())))
        .andExpect(status().isOk())
        .andExpect(content().contentType(XLSX));
    mvc.perform(get(url + ".pdf").with(as(t.member())))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    mvc.perform(get(url).param("format", "docx").with(as(t.member())))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
  }

  @Test
  void only_those_who_may_see_the_project_get_its_status_report() throws Exception {
    Team t = reported(true);
    for (String url :
        List.of(
            "/projects/" + t.id() + "/status-report.pdf",
            "/projects/" + t.id() + "/status-report.xlsx",
            "/projects/" + t.id() + "/status-reports.csv",
            "/projects/" + t.id() + "/raid.csv")) {
      mvc.perform(get(url)).andExpect(redirectedUrl("/login"));
      mvc.perform(get(url).with(page(t.outsider()))).andExpect(status().isNotFound());
      mvc.perform(get(url).with(page(t.member()))).andExpect(status().isOk());
      mvc.perform(get(url).with(page(t.executive()))).andExpect(status().isOk());
    }
    for (String url :
        List.of(
            "/api/v1/projects/" + t.id() + "/status-report",
            "/api/v1/projects/" + t.id() + "/status-report.pdf",
            "/api/v1/projects/" + t.id() + "/status-report.xlsx",
            "/api/v1/projects/" + t.id() + "/status-reports.csv",
            "/api/v1/projects/" + t.id() + "/raid.csv")) {
      mvc.perform(get(url)).andExpect(status().isUnauthorized());
      mvc.perform(get(url).with(as(t.outsider())))
          .andExpect(status().isNotFound())
          .andExpect(content().contentTypeCompatibleWith(PROBLEM));
      mvc.perform(get(url).with(as(t.member()))).andExpect(status().isOk());
      mvc.perform(get(url).with(as(t.pmo()))).andExpect(status().isOk());
    }
  }

  // ---------------------------------------------------------------- CSV

  @Test
  void the_register_csv_has_the_list_filters_and_only_visible_projects() throws Exception {
    Team open = reported(false);
    Team secret = team(true);
    MvcResult page =
        mvc.perform(
                get("/projects.csv")
                    .param("q", open.project().code())
                    .param("status", "ACTIVE")
                    .with(page(open.member())))
            .andExpect(status().isOk())
            .andExpect(content().contentType("text/csv;charset=UTF-8"))
            .andExpect(
                header()
                    .string(
                        HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"projects.csv\""))
            .andReturn();
    List<String> lines = lines(page);
    assertThat(lines.get(0)).startsWith("Code,Name,Status,Category,Priority,Department,Manager");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1))
        .startsWith(open.project().code() + "," + open.project().name() + ",Active,")
        .contains(",100000.00,EUR,No,Red,");

    // A confidential project the caller is not on stays out, as on the list page.
    MvcResult hidden =
        mvc.perform(
                get("/api/v1/projects.csv")
                    .param("q", secret.project().code())
                    .with(as(open.member())))
            .andExpect(status().isOk())
            .andReturn();
    assertThat(lines(hidden)).hasSize(1);
    MvcResult seen =
        mvc.perform(
                get("/api/v1/projects.csv")
                    .param("q", secret.project().code())
                    .with(as(secret.member())))
            .andExpect(status().isOk())
            .andReturn();
    assertThat(lines(seen)).hasSize(2);
    mvc.perform(get("/api/v1/projects.csv")).andExpect(status().isUnauthorized());
    mvc.perform(get("/projects.csv")).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/api/v1/projects.csv").param("status", "DREAMING").with(as(open.member())))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
  }

  @Test
  void the_raid_csv_neutralizes_formulas_and_quotes_what_needs_quoting() throws Exception {
    Team t = reported(false);
    MvcResult risks =
        mvc.perform(
                get("/projects/" + t.id() + "/raid.csv")
                    .param("kind", "risks")
                    .with(page(t.member())))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"raid-" + t.project().code() + "-risks.csv\""))
            .andReturn();
    byte[] body = risks.getResponse().getContentAsByteArray();
    assertThat(body[0]).isEqualTo((byte) 0xEF);
    List<String> lines = lines(risks);
    assertThat(lines.get(0)).startsWith("ID,Risk,Cause,Event,Effect,Probability (1-5)");
    assertThat(lines).hasSize(4);
    assertThat(lines)
        .anyMatch(l -> l.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","));
    assertThat(lines).noneMatch(l -> l.contains(",=HYPERLINK"));

    MvcResult all =
        mvc.perform(get("/api/v1/projects/" + t.id() + "/raid.csv").with(as(t.member())))
            .andExpect(status().isOk())
            .andReturn();
    List<String> rows = lines(all);
    assertThat(rows.get(0))
        .isEqualTo("Kind,ID,Item,Rating,Status,Owner,Date,Escalated,Last change");
    assertThat(rows).hasSize(6);
    assertThat(rows.stream().filter(r -> r.startsWith("Risk,"))).hasSize(3);
    assertThat(rows.stream().filter(r -> r.startsWith("Issue,"))).hasSize(2);

    mvc.perform(
            get("/api/v1/projects/" + t.id() + "/raid.csv")
                .param("kind", "rumours")
                .with(as(t.member())))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(
            get("/projects/" + t.id() + "/raid.csv")
                .param("kind", "rumours")
                .with(page(t.member())))
        .andExpect(status().isBadRequest());
  }

  @Test
  void the_report_history_csv_lists_every_report_newest_first() throws Exception {
    Team t = reported(false);
    MvcResult result =
        mvc.perform(get("/projects/" + t.id() + "/status-reports.csv").with(page(t.member())))
            .andExpect(status().isOk())
            .andReturn();
    List<String> lines = lines(result);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("Period start,Period end,Due,Status,Late,Overall,");
    assertThat(lines.get(1)).contains(",Red,Worsening,").contains("The supplier missed");
    assertThat(lines.get(3)).contains(",Green,First report,");
  }

  @Test
  void the_escalated_items_csv_is_for_those_who_see_the_portfolio() throws Exception {
    Team t = reported(false);
    var risk =
        raid.risks(t.id(), null, null, null, 0, 10, current(t.manager())).getContent().get(0);
    escalations.escalate(
        RaidKind.RISK,
        t.id(),
        risk.id(),
        new EscalationData("Needs the board", risk.version()),
        risk.version(),
        current(t.manager()));
    MvcResult result =
        mvc.perform(get("/raid/escalated.csv").with(page(t.pmo())))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"escalated-items.csv\""))
            .andReturn();
    assertThat(lines(result))
        .anyMatch(
            l -> l.startsWith("Risk," + t.project().code() + ",") && l.contains("Needs the board"));
    mvc.perform(get("/api/v1/raid/escalated.csv").with(as(user(Role.EXECUTIVE))))
        .andExpect(status().isOk());
    mvc.perform(get("/raid/escalated.csv").with(page(t.member())))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/raid/escalated.csv").with(as(t.manager())))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(get("/api/v1/raid/escalated.csv")).andExpect(status().isUnauthorized());
    mvc.perform(get("/raid/escalated.csv")).andExpect(redirectedUrl("/login"));
  }

  @Test
  void the_list_raid_and_status_pages_link_to_their_csv() throws Exception {
    Team t = reported(false);
    mvc.perform(get("/projects").param("q", "x").with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("/projects.csv?q=x\"")));
    mvc.perform(
            get("/projects")
                .param("status", "ACTIVE")
                .param("status", "ON_HOLD")
                .param("sort", "name")
                .param("dir", "desc")
                .with(page(t.member())))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "/projects.csv?status=ACTIVE&amp;status=ON_HOLD&amp;sort=name&amp;dir=desc\"")));
    mvc.perform(get("/projects/" + t.id() + "/raid").with(page(t.member())))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "/projects/" + t.id() + "/raid.csv?kind=risks")));
    mvc.perform(get("/projects/" + t.id() + "/status").with(page(t.member())))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "/projects/" + t.id() + "/status-reports.csv")));
  }

  @Test
  void the_exports_are_in_the_openapi_description() throws Exception {
    mvc.perform(get("/v3/api-docs").with(page(user(Role.MEMBER))))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                    "$.paths['/api/v1/projects/{projectId}/status-report'].get.summary")
                .isNotEmpty())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                    "$.paths['/api/v1/projects.csv'].get")
                .exists())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                    "$.paths['/api/v1/projects/{projectId}/raid.csv'].get")
                .exists())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                    "$.paths['/api/v1/raid/escalated.csv'].get")
                .exists())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                    "$.paths['/api/v1/portfolio/status-report'].get")
                .exists())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                    "$.paths['/api/v1/portfolio/summary'].get")
                .exists());
  }

  // ---------------------------------------------------------------- helpers

  static List<String> lines(MvcResult result) {
    byte[] body = result.getResponse().getContentAsByteArray();
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    // Records may hold quoted line breaks; the fixtures do not, so CRLF splits records.
    for (String line : text.split("\r\n")) {
      lines.add(line);
    }
    return lines;
  }

  static List<String> sheetNames(XSSFWorkbook book) {
    List<String> names = new ArrayList<>();
    book.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  static Row find(Sheet sheet, String firstCell) {
    for (Row row : sheet) {
      Cell c = row.getCell(0);
      if (c != null
          && c.getCellType() == CellType.STRING
          && c.getStringCellValue().equals(firstCell)) {
        return row;
      }
    }
    throw new AssertionError("No row starting with " + firstCell + " in " + sheet.getSheetName());
  }

  static List<String> texts(Sheet sheet) {
    List<String> texts = new ArrayList<>();
    for (Row row : sheet) {
      for (Cell c : row) {
        if (c.getCellType() == CellType.STRING) {
          texts.add(c.getStringCellValue());
        }
      }
    }
    return texts;
  }

  /** The text next to a label in a key-value sheet. */
  static String value(Sheet sheet, String label) {
    return find(sheet, label).getCell(1).getStringCellValue();
  }

  /** The number in the row whose second cell is the figure's key (BAC, AC, SPI, ...). */
  static double number(Sheet sheet, String key) {
    for (Row row : sheet) {
      Cell c = row.getCell(1);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(key)) {
        return row.getCell(2).getNumericCellValue();
      }
    }
    throw new AssertionError("No figure " + key);
  }
}
