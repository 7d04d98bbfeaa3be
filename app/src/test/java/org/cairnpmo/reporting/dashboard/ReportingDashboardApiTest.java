package org.cairnpmo.reporting.dashboard;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cairnpmo.control.Rag;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ReportingDashboardApiTest extends DashboardFixtures {

  private static final String API = "/api/v1/portfolio/dashboard";

  @Test
  void rows_are_paged_filtered_and_sorted() throws Exception {
    DepartmentSummary department = department();
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView red = activeProject(department, manager, false, "Api red");
    activeProject(department, manager, false, "Api quiet one");
    activeProject(department, manager, false, "Api quiet two");
    submitReport(red, manager, Rag.RED);
    UserSummary pmo = user(Role.PMO);
    String base = API + "?department=" + department.id();

    mvc.perform(get(base + "&size=2&sort=name,asc").with(as(pmo)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalElements").value(3))
        .andExpect(jsonPath("$.totalPages").value(2))
        .andExpect(jsonPath("$.size").value(2))
        .andExpect(jsonPath("$.content.length()").value(2))
        .andExpect(jsonPath("$.content[0].name").value("Api quiet one"));
    mvc.perform(get(base + "&size=2&page=1&sort=name").with(as(pmo)))
        .andExpect(jsonPath("$.content.length()").value(1))
        .andExpect(jsonPath("$.content[0].name").value("Api red"));
    mvc.perform(get(base + "&rag=RED").with(as(pmo)))
        .andExpect(jsonPath("$.totalElements").value(1))
        .andExpect(jsonPath("$.content[0].code").value(red.code()))
        .andExpect(jsonPath("$.content[0].overall.rag").value("RED"))
        .andExpect(jsonPath("$.content[0].overall.trend").value("NEW"))
        .andExpect(jsonPath("$.content[0].stale").value(false))
        .andExpect(jsonPath("$.content[0].spi").doesNotExist());
    mvc.perform(get(base + "&stale=true&sort=overall,desc").with(as(pmo)))
        .andExpect(jsonPath("$.totalElements").value(2));
  }

  @Test
  void the_summary_aggregates_the_filtered_set() throws Exception {
    DepartmentSummary department = department();
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView amber = activeProject(department, manager, false, "Sum amber");
    activeProject(department, manager, false, "Sum silent");
    submitReport(amber, manager, Rag.AMBER);

    mvc.perform(get(API + "/summary?department=" + department.id()).with(as(user(Role.PMO))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.summary.projects").value(2))
        .andExpect(jsonPath("$.summary.amber").value(1))
        .andExpect(jsonPath("$.summary.unrated").value(1))
        .andExpect(jsonPath("$.summary.stale").value(1))
        .andExpect(jsonPath("$.summary.money[0].currency").value("EUR"))
        .andExpect(jsonPath("$.bubbleLimit").value(DashboardQuery.MAX_BUBBLES))
        .andExpect(jsonPath("$.bubbles.length()").value(2));
  }

  @Test
  void invalid_parameters_answer_400_naming_them() throws Exception {
    UserSummary pmo = user(Role.PMO);
    expectInvalid(API + "?rag=PURPLE", pmo, "rag");
    expectInvalid(API + "?size=100000", pmo, "size");
    expectInvalid(API + "?page=-1", pmo, "page");
    expectInvalid(API + "?sort=colour", pmo, "sort");
    expectInvalid(API + "?sort=code,sideways", pmo, "sort");
    expectInvalid(API + "?status=DONE", pmo, "status");
    expectInvalid(API + "?department=finance", pmo, "department");
    expectInvalid(API + "?stale=maybe", pmo, "stale");
    expectInvalid(API + "/summary?category=HOBBY", pmo, "category");
  }

  @Test
  void confidential_projects_are_listed_only_for_members_and_those_who_see_all() throws Exception {
    DepartmentSummary department = department();
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary insider = user(Role.MEMBER);
    ProjectView secret = activeProject(department, manager, true, "Api secret", insider);
    activeProject(department, manager, false, "Api open");
    String url = API + "?department=" + department.id();

    mvc.perform(get(url).with(as(user(Role.MEMBER))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalElements").value(1))
        .andExpect(jsonPath("$.content[*].code", not(hasItem(secret.code()))));
    mvc.perform(get(url).with(as(insider))).andExpect(jsonPath("$.totalElements").value(2));
    mvc.perform(get(url).with(as(user(Role.PMO)))).andExpect(jsonPath("$.totalElements").value(2));
    mvc.perform(get(API + "/summary?department=" + department.id()).with(as(user(Role.MEMBER))))
        .andExpect(jsonPath("$.summary.projects").value(1));
  }

  @Test
  void every_endpoint_needs_a_signed_in_caller() throws Exception {
    mvc.perform(get(API)).andExpect(status().isUnauthorized());
    mvc.perform(get(API + "/summary")).andExpect(status().isUnauthorized());
    mvc.perform(post(API + "/rebuild")).andExpect(status().isUnauthorized());
  }

  @Test
  void only_the_pmo_and_administrators_rebuild() throws Exception {
    mvc.perform(post(API + "/rebuild").with(as(user(Role.MEMBER))))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(post(API + "/rebuild").with(as(user(Role.EXECUTIVE))))
        .andExpect(status().isForbidden());
    mvc.perform(post(API + "/rebuild").with(as(user(Role.PMO))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.written").isNumber());
    mvc.perform(post(API + "/rebuild").with(as(user(Role.ADMIN)))).andExpect(status().isOk());
  }

  @Test
  void the_api_is_documented() throws Exception {
    mvc.perform(
            get("/v3/api-docs").with(page(user(Role.MEMBER))).accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/api/v1/portfolio/dashboard/summary")))
        .andExpect(content().string(containsString("portfolioDashboard")));
  }

  @Test
  void the_documented_query_parameters_are_the_filters_sort_and_page() throws Exception {
    String rows = "$.paths['/api/v1/portfolio/dashboard'].get";
    String summary = "$.paths['/api/v1/portfolio/dashboard/summary'].get";
    mvc.perform(
            get("/v3/api-docs").with(page(user(Role.MEMBER))).accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andExpect(jsonPath(rows + ".operationId").value("portfolioDashboard"))
        .andExpect(
            jsonPath(rows + ".parameters[*].name")
                .value(
                    contains(
                        "department",
                        "category",
                        "manager",
                        "phase",
                        "status",
                        "rag",
                        "stale",
                        "sort",
                        "page",
                        "size")))
        .andExpect(jsonPath(rows + ".parameters[*].in", everyItem(is("query"))))
        .andExpect(jsonPath(rows + ".parameters[*].required", everyItem(is(false))))
        .andExpect(jsonPath(rows + ".parameters[*].schema.type", everyItem(is("string"))))
        .andExpect(
            jsonPath(rows + ".parameters[?(@.name == 'department')].description")
                .value(contains("Department id")))
        .andExpect(
            jsonPath(rows + ".parameters[?(@.name == 'rag')].description")
                .value(contains("Overall rating of the latest report: GREEN, AMBER or RED")))
        .andExpect(
            jsonPath(rows + ".parameters[?(@.name == 'size')].description")
                .value(contains("Page size, 1 to 200 (default 50)")))
        .andExpect(
            jsonPath(summary + ".parameters[*].name")
                .value(
                    contains(
                        "department", "category", "manager", "phase", "status", "rag", "stale")));
  }

  @Test
  void the_summary_ignores_sort_and_page() throws Exception {
    mvc.perform(get(API + "/summary?sort=colour&page=-1&size=0").with(as(user(Role.PMO))))
        .andExpect(status().isOk());
  }

  private void expectInvalid(String url, UserSummary viewer, String parameter) throws Exception {
    mvc.perform(get(url).with(as(viewer)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.errors[*].field", hasItem(parameter)));
  }
}
