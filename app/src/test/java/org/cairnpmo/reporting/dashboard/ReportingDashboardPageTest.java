package org.cairnpmo.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cairnpmo.control.Rag;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.Test;

class ReportingDashboardPageTest extends DashboardFixtures {

  @Test
  void the_page_filters_by_department_and_rating_and_keeps_the_filters_in_links() throws Exception {
    DepartmentSummary department = department();
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView red = activeProject(department, manager, false, "Crimson tide");
    activeProject(department, manager, false, "Quiet harbour");
    activeProject(department(), manager, false, "Elsewhere entirely");
    submitReport(red, manager, Rag.RED);
    UserSummary pmo = user(Role.PMO);

    String all = "/dashboard?department=" + department.id();
    mvc.perform(get(all).with(page(pmo)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Crimson tide")))
        .andExpect(content().string(containsString("Quiet harbour")))
        .andExpect(content().string(not(containsString("Elsewhere entirely"))))
        .andExpect(content().string(containsString("href=\"/projects/" + red.id() + "\"")))
        .andExpect(content().string(containsString("href=\"/projects/" + red.id() + "/overview\"")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "/dashboard?department=" + department.id() + "&amp;sort=department,asc")));

    mvc.perform(get(all + "&rag=RED").with(page(pmo)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Crimson tide")))
        .andExpect(content().string(not(containsString("Quiet harbour"))));
  }

  @Test
  void the_table_sorts_by_any_column_and_pages_through_the_rows() throws Exception {
    DepartmentSummary department = department();
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView alpha = activeProject(department, manager, false, "Alpha works");
    activeProject(department, manager, false, "Bravo works");
    ProjectView charlie = activeProject(department, manager, false, "Charlie works");
    UserSummary pmo = user(Role.PMO);
    String base = "/dashboard?department=" + department.id();

    String descending = body(base + "&sort=name,desc", pmo);
    assertThat(descending.indexOf("data-project=\"" + charlie.code()))
        .isLessThan(descending.indexOf("data-project=\"" + alpha.code()));
    assertThat(body(base + "&sort=code,desc", pmo)).contains("aria-sort=\"descending\"");

    String first = body(base + "&sort=name&size=2", pmo);
    assertThat(first)
        .contains("data-project=\"" + alpha.code(), "Page 1 of 2")
        .doesNotContain("data-project=\"" + charlie.code());
    String second = body(base + "&sort=name&size=2&page=1", pmo);
    assertThat(second)
        .contains("data-project=\"" + charlie.code(), "Page 2 of 2")
        .doesNotContain("data-project=\"" + alpha.code());
  }

  @Test
  void stale_reports_stand_out_and_the_rule_is_shown() throws Exception {
    DepartmentSummary department = department();
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView reported = activeProject(department, manager, false, "Reported lately");
    ProjectView silent = activeProject(department, manager, false, "Never reported");
    submitReport(reported, manager, Rag.GREEN);

    String html = body("/dashboard?department=" + department.id(), user(Role.PMO));

    assertThat(html).contains("more than " + DashboardQuery.STALE_AFTER_DAYS + " days ago");
    assertThat(row(html, silent.code())).contains("is-stale", "No report", "Stale");
    assertThat(row(html, reported.code())).doesNotContain("is-stale").contains("Green");
    String staleOnly = body("/dashboard?stale=true&department=" + department.id(), user(Role.PMO));
    assertThat(staleOnly).contains("Never reported").doesNotContain("Reported lately");
  }

  @Test
  void an_empty_filter_result_says_so_and_bad_filters_are_explained() throws Exception {
    UserSummary pmo = user(Role.PMO);
    mvc.perform(get("/dashboard?department=" + department().id()).with(page(pmo)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("No projects match these filters")));
    mvc.perform(get("/dashboard?rag=PURPLE").with(page(pmo)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("could not be read")))
        .andExpect(content().string(containsString("PURPLE")));
  }

  @Test
  void htmx_gets_only_the_results() throws Exception {
    String html =
        mvc.perform(get("/dashboard").header("HX-Request", "true").with(page(user(Role.PMO))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("id=\"dashboard-results\"").doesNotContain("<html");
  }

  @Test
  void members_do_not_see_confidential_projects_they_are_not_on() throws Exception {
    DepartmentSummary department = department();
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary insider = user(Role.MEMBER);
    activeProject(department, manager, true, "Hush hush", insider);
    String url = "/dashboard?department=" + department.id();

    assertThat(body(url, user(Role.MEMBER))).doesNotContain("Hush hush");
    assertThat(body(url, insider)).contains("Hush hush");
    assertThat(body(url, user(Role.PMO))).contains("Hush hush");
    assertThat(body(url, user(Role.EXECUTIVE))).contains("Hush hush");
  }

  @Test
  void anonymous_visitors_sign_in_first() throws Exception {
    mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection());
    mvc.perform(post("/dashboard/rebuild").with(csrf())).andExpect(status().is3xxRedirection());
  }

  @Test
  void only_the_pmo_and_administrators_rebuild_from_the_page() throws Exception {
    mvc.perform(post("/dashboard/rebuild").with(page(user(Role.MEMBER))).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/dashboard/rebuild").with(page(user(Role.EXECUTIVE))).with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(body("/dashboard", user(Role.MEMBER))).doesNotContain("Rebuild figures");
    assertThat(body("/dashboard", user(Role.PMO))).contains("Rebuild figures");
    mvc.perform(post("/dashboard/rebuild").with(page(user(Role.PMO))).with(csrf()))
        .andExpect(redirectedUrl("/dashboard"))
        .andExpect(flash().attribute("flash", containsString("Recomputed the figures")));
  }

  private String body(String url, UserSummary viewer) throws Exception {
    return mvc.perform(get(url).with(page(viewer)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** The table row of the project with this code. */
  private static String row(String html, String code) {
    int at = html.indexOf("data-project=\"" + code + "\"");
    assertThat(at).as("row of " + code).isPositive();
    int start = html.lastIndexOf("<tr", at);
    return html.substring(start, html.indexOf("</tr>", at));
  }
}
