package org.cairnpmo.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.control.Rag;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.Test;

/**
 * The executive's home page: the red and amber projects of the active portfolio with why, its
 * money, the decisions waiting and the trend; other people's home pages do not carry it.
 */
class ExecutiveHomePageTest extends DashboardFixtures {

  /** Larger than any other test's budget, so that the brief names this project first. */
  private static final BigDecimal LARGEST = new BigDecimal("987654321.00");

  @Test
  void an_executive_sees_the_troubled_projects_with_why_the_money_and_the_trend() throws Exception {
    DepartmentSummary department = department();
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView troubled = project(department, manager, "Automated invoice processing", LARGEST);
    submitReport(troubled, manager, Rag.RED);
    ProjectView proposed = project(department, manager, "Proposed elsewhere", LARGEST, false);

    String html = home(user(Role.EXECUTIVE));

    assertThat(html).contains("Your portfolio today");
    String brief = html.substring(html.indexOf("id=\"executive-brief\""));
    String trouble = section(brief, "exec-trouble");
    assertThat(trouble)
        .contains(troubled.code() + " Automated invoice processing")
        .contains("Status RED")
        .contains("Schedule: Rated RED after the steering meeting");
    assertThat(trouble).doesNotContain(proposed.code());
    String money = section(brief, "exec-money");
    assertThat(money)
        .contains("Budget")
        .contains("Actual to date")
        .contains("Forecast at completion");
    assertThat(money).contains(" EUR");
    assertThat(section(brief, "exec-decisions")).contains("Decisions waiting for you");
    assertThat(section(brief, "exec-trend")).contains("A month ago").contains("Now");
  }

  @Test
  void only_executives_get_the_brief() throws Exception {
    assertThat(home(user(Role.MEMBER))).doesNotContain("Your portfolio today");
    assertThat(home(user(Role.PMO))).doesNotContain("Your portfolio today");
    assertThat(home(user(Role.PROJECT_MANAGER))).doesNotContain("Your portfolio today");
  }

  private String home(UserSummary viewer) throws Exception {
    return mvc.perform(get("/").with(page(viewer)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** The part of the brief from the section with this id to the next section. */
  private static String section(String html, String id) {
    String from = html.substring(html.indexOf("id=\"" + id + "\""));
    int end = from.indexOf("<section", 1);
    return end < 0 ? from : from.substring(0, end);
  }

  private ProjectView project(
      DepartmentSummary department, UserSummary manager, String name, BigDecimal budget) {
    return project(department, manager, name, budget, true);
  }

  private ProjectView project(
      DepartmentSummary department,
      UserSummary manager,
      String name,
      BigDecimal budget,
      boolean active) {
    ProjectData base = projectData(manager.id(), false, List.of());
    return projects.register(
        new ProjectData(
            base.code(),
            name,
            null,
            department.id(),
            null,
            manager.id(),
            base.category(),
            base.priority(),
            active ? ProjectStatus.ACTIVE : ProjectStatus.PROPOSED,
            LocalDate.now().minusMonths(3),
            LocalDate.now().plusMonths(9),
            budget,
            "EUR",
            false,
            List.of(),
            null),
        pmo());
  }
}
