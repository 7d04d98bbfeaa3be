package org.cairnpmo.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cairnpmo.control.Rag;
import org.cairnpmo.control.RaidKind;
import org.cairnpmo.control.RiskView;
import org.cairnpmo.control.domain.EscalationData;
import org.cairnpmo.identity.Role;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.reporting.overview.ReportingTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The portfolio status report and the executive summary, over a department of their own so that the
 * department filter shows exactly this test's projects in the shared database.
 */
class PortfolioExportTest extends ReportingTestSupport {

  /** Two projects of one department: one red with money and an escalated risk, one green. */
  record Portfolio(DepartmentSummary department, Team red, Team green, Team secret) {}

  private Portfolio portfolio() {
    DepartmentSummary department = department();
    Team red = reported(team(false, department));
    RiskView risk =
        raid.risks(red.id(), null, null, null, 0, 1, current(red.manager())).getContent().get(0);
    escalations.escalate(
        RaidKind.RISK,
        red.id(),
        risk.id(),
        new EscalationData("The board must choose a second supplier", risk.version()),
        risk.version(),
        current(red.manager()));
    Team green = team(false, department);
    LocalDate monday = LocalDate.now().with(java.time.DayOfWeek.MONDAY).minusWeeks(1);
    cadences.setCadence(
        green.id(),
        new org.cairnpmo.control.domain.CadenceData(
            org.cairnpmo.control.domain.Cadence.WEEKLY, monday, 2, null),
        null,
        current(green.manager()));
    reports.create(
        green.id(),
        rated(monday, Rag.GREEN, Rag.GREEN, Rag.GREEN, "All on plan", null),
        true,
        current(green.manager()));
    governed(red, true);
    Team secret = team(true, department);
    return new Portfolio(department, red, green, secret);
  }

  private static String today() {
    return LocalDate.now(ZoneOffset.UTC).toString();
  }

  @Test
  void the_portfolio_pdf_lists_the_filtered_projects_with_totals_and_a_legend() throws Exception {
    Portfolio p = portfolio();
    MvcResult result =
        mvc.perform(
                get("/dashboard/export.pdf")
                    .param("department", String.valueOf(p.department().id()))
                    .param("sort", "code")
                    .with(page(p.red().pmo())))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andExpect(
                header()
                    .string(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"portfolio-status-" + today() + ".pdf\""))
            .andReturn();
    keep("portfolio-status.pdf", result.getResponse().getContentAsByteArray());
    String text = pdfText(result.getResponse().getContentAsByteArray());
    assertThat(text)
        .containsIgnoringCase("Portfolio status report")
        .contains("Projects with department: " + p.department().name())
        .contains("3 projects")
        .contains(p.red().project().code())
        .contains(p.green().project().code())
        .contains(p.secret().project().code())
        .contains("120,000 EUR")
        .contains("0.80")
        .contains("0.73")
        .contains("Worsening")
        .contains("Green = on track");
  }

  @Test
  void the_portfolio_workbook_has_the_totals_and_one_row_per_project() throws Exception {
    Portfolio p = portfolio();
    MvcResult result =
        mvc.perform(
                get("/dashboard/export.xlsx")
                    .param("department", String.valueOf(p.department().id()))
                    .param("sort", "overall,desc")
                    .with(page(p.red().executive())))
            .andExpect(status().isOk())
            .andExpect(content().contentType(ExportTest.XLSX))
            .andExpect(
                header()
                    .string(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"portfolio-status-" + today() + ".xlsx\""))
            .andReturn();
    try (XSSFWorkbook book = workbook(result.getResponse().getContentAsByteArray())) {
      assertThat(ExportTest.sheetNames(book)).containsExactly("Summary", "Projects");
      Sheet summary = book.getSheet("Summary");
      assertThat(ExportTest.find(summary, "Projects").getCell(1).getNumericCellValue())
          .isEqualTo(3.0);
      assertThat(ExportTest.find(summary, "Red").getCell(1).getNumericCellValue()).isEqualTo(1.0);
      assertThat(ExportTest.find(summary, "Green").getCell(1).getNumericCellValue()).isEqualTo(1.0);

      Sheet projects = book.getSheet("Projects");
      Row header = ExportTest.find(projects, "Code");
      Row first = projects.getRow(header.getRowNum() + 1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo(p.red().project().code());
      assertThat(first.getCell(6).getStringCellValue()).isEqualTo("Red");
      assertThat(first.getCell(7).getStringCellValue()).isEqualTo("Worsening");
      assertThat(first.getCell(17).getNumericCellValue()).isEqualTo(120000.0);
      assertThat(first.getCell(18).getNumericCellValue()).isEqualTo(33000.0);
      assertThat(first.getCell(20).getNumericCellValue()).isEqualTo(0.8);
      assertThat(projects.getLastRowNum() - header.getRowNum()).isEqualTo(3);
    }
  }

  @Test
  void the_executive_summary_names_red_projects_escalations_money_and_the_board() throws Exception {
    Portfolio p = portfolio();
    MvcResult result =
        mvc.perform(
                get("/dashboard/summary.pdf")
                    .param("department", String.valueOf(p.department().id()))
                    .with(page(p.red().executive())))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andExpect(
                header()
                    .string(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"portfolio-summary-" + today() + ".pdf\""))
            .andReturn();
    byte[] pdf = result.getResponse().getContentAsByteArray();
    keep("portfolio-summary.pdf", pdf);
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
    }
    String text = pdfText(pdf);
    assertThat(text)
        .containsIgnoringCase("Portfolio executive summary")
        .contains("Red, 33 %")
        .contains("Green, 33 %")
        .contains(p.red().project().code())
        .contains("The supplier missed the second delivery")
        .contains("Approve 20,000 EUR for a second supplier")
        .contains("Escalated risks and issues (1)")
        .contains("The board must choose a second supplier")
        .contains("Decisions pending at the governance board (1)")
        .contains("Approval (end of Initiation)")
        .contains("120,000");

    // A team member sees the same page without the portfolio's escalations or the secret project.
    String member =
        pdfText(
            mvc.perform(
                    get("/dashboard/summary.pdf")
                        .param("department", String.valueOf(p.department().id()))
                        .with(page(p.red().member())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    assertThat(member)
        .doesNotContain("Escalated risks and issues")
        .doesNotContain(p.secret().project().code())
        .contains("Red, 50 %");
  }

  @Test
  void the_executive_summary_totals_the_active_portfolio_apart_and_names_escalated_projects()
      throws Exception {
    Portfolio p = portfolio();
    // A proposal in the same department: counted apart from the work under way.
    org.cairnpmo.projects.ProjectData base = projectData(null, false, java.util.List.of());
    projects.register(
        new org.cairnpmo.projects.ProjectData(
            base.code(),
            "Proposed warehouse robots",
            null,
            p.department().id(),
            null,
            null,
            base.category(),
            base.priority(),
            org.cairnpmo.projects.ProjectStatus.PROPOSED,
            base.plannedStart(),
            base.plannedFinish(),
            new java.math.BigDecimal("5000000"),
            "EUR",
            false,
            java.util.List.of(),
            null),
        pmo());
    String text =
        pdfText(
            mvc.perform(
                    get("/dashboard/summary.pdf")
                        .param("department", String.valueOf(p.department().id()))
                        .param("status", "ALL")
                        .with(page(p.red().executive())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    String flat = text.replaceAll("\\s+", " ");
    assertThat(flat)
        .contains("Status at a glance: Active portfolio (active, on hold)")
        // The three active projects alone: the proposal does not dilute the ratings.
        .contains("Red, 33 %")
        .contains("Also in this selection, counted apart")
        .contains("Proposed")
        .contains("5,000,000");
    String escalated =
        flat.substring(
                flat.indexOf("Escalated risks and issues (1)"), flat.indexOf("Decisions pending"))
            // A name broken over two lines of its cell reads "T- 12" in the text.
            .replace("- ", "-");
    assertThat(escalated).contains(p.red().project().code()).contains(p.red().project().name());
  }

  @Test
  void the_api_twins_negotiate_the_format_and_refuse_unreadable_filters() throws Exception {
    Portfolio p = portfolio();
    String department = String.valueOf(p.department().id());
    mvc.perform(
            get("/api/v1/portfolio/status-report")
                .param("department", department)
                .accept(MediaType.parseMediaType(ExportTest.XLSX))
                .with(as(p.red().pmo())))
        .andExpect(status().isOk())
        .andExpect(content().contentType(ExportTest.XLSX));
    mvc.perform(
            get("/api/v1/portfolio/status-report")
                .param("department", department)
                .param("format", "pdf")
                .with(as(p.red().pmo())))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    mvc.perform(
            get("/api/v1/portfolio/status-report.xlsx")
                .param("department", department)
                .with(as(p.red().pmo())))
        .andExpect(status().isOk())
        .andExpect(content().contentType(ExportTest.XLSX));
    mvc.perform(
            get("/api/v1/portfolio/summary.pdf")
                .param("department", department)
                .with(as(p.red().pmo())))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    mvc.perform(
            get("/api/v1/portfolio/summary")
                .param("department", department)
                .with(as(p.red().member())))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    mvc.perform(
            get("/api/v1/portfolio/status-report")
                .param("rag", "PURPLE")
                .param("sort", "colour")
                .with(as(p.red().pmo())))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(
            result ->
                assertThat(result.getResponse().getContentAsString())
                    .contains("\"rag\"")
                    .contains("\"sort\""));
    mvc.perform(get("/dashboard/export.pdf").param("rag", "PURPLE").with(page(p.red().pmo())))
        .andExpect(status().isBadRequest());
  }

  @Test
  void the_exports_ignore_the_dashboard_page_and_the_summaries_its_sort() throws Exception {
    Portfolio p = portfolio();
    String department = String.valueOf(p.department().id());
    java.util.Map<String, String> ignored =
        java.util.Map.of(
            "/api/v1/portfolio/status-report.pdf?page=-1&size=0", "API",
            "/api/v1/portfolio/summary?sort=colour", "API",
            "/dashboard/export.xlsx?page=none", "page",
            "/dashboard/summary.pdf?sort=colour", "page");
    for (var e : ignored.entrySet()) {
      var viewer = e.getValue().equals("API") ? as(p.red().pmo()) : page(p.red().pmo());
      mvc.perform(get(e.getKey() + "&department=" + department).with(viewer))
          .andExpect(status().isOk());
    }
  }

  @Test
  void the_api_documents_the_dashboard_filters_for_every_portfolio_export() throws Exception {
    String filters = "department,category,manager,phase,status,rag,stale";
    mvc.perform(get("/v3/api-docs").with(page(user(Role.MEMBER))))
        .andExpect(status().isOk())
        .andExpect(
            parameters("/api/v1/portfolio/status-report", "format," + filters + ",sort,Accept"))
        .andExpect(parameters("/api/v1/portfolio/status-report.pdf", filters + ",sort"))
        .andExpect(parameters("/api/v1/portfolio/status-report.xlsx", filters + ",sort"))
        .andExpect(parameters("/api/v1/portfolio/summary", filters))
        .andExpect(parameters("/api/v1/portfolio/summary.pdf", filters));
  }

  private static org.springframework.test.web.servlet.ResultMatcher parameters(
      String path, String names) {
    return org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
            "$.paths['" + path + "'].get.parameters[*].name")
        .value(org.hamcrest.Matchers.contains(names.split(",")));
  }

  @Test
  void the_dashboard_links_to_the_exports_with_its_filters() throws Exception {
    DepartmentSummary department = department();
    String html =
        mvc.perform(
                get("/dashboard")
                    .param("department", String.valueOf(department.id()))
                    .param("rag", "RED")
                    .with(page(user(org.cairnpmo.identity.Role.MEMBER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String query = "?department=" + department.id() + "&amp;rag=RED";
    assertThat(html)
        .contains("/dashboard/export.pdf" + query + "\"")
        .contains("/dashboard/export.xlsx" + query + "\"")
        .contains("/dashboard/summary.pdf" + query + "\"");
  }

  @Test
  void every_portfolio_export_needs_a_signed_in_caller_and_shows_only_visible_projects()
      throws Exception {
    Portfolio p = portfolio();
    for (String url :
        new String[] {
          "/dashboard/export.pdf", "/dashboard/export.xlsx", "/dashboard/summary.pdf"
        }) {
      mvc.perform(get(url)).andExpect(redirectedUrl("/login"));
    }
    for (String url :
        new String[] {
          "/api/v1/portfolio/status-report",
          "/api/v1/portfolio/status-report.pdf",
          "/api/v1/portfolio/status-report.xlsx",
          "/api/v1/portfolio/summary",
          "/api/v1/portfolio/summary.pdf"
        }) {
      mvc.perform(get(url)).andExpect(status().isUnauthorized());
    }
    String outsider =
        pdfText(
            mvc.perform(
                    get("/dashboard/export.pdf")
                        .param("department", String.valueOf(p.department().id()))
                        .with(page(p.red().outsider())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    assertThat(outsider)
        .contains(p.red().project().code())
        .doesNotContain(p.secret().project().code())
        .contains("2 projects");
    String member =
        pdfText(
            mvc.perform(
                    get("/api/v1/portfolio/status-report")
                        .param("department", String.valueOf(p.department().id()))
                        .with(as(p.secret().member())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    assertThat(member).contains(p.secret().project().code()).contains("3 projects");
  }
}
