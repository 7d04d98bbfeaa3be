package org.cairnpmo.projects.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.Test;

/** The register's list page: what each viewer sees, search, filters, sorting, paging and htmx. */
class ProjectListPageTest extends ProjectPageTestSupport {

  @Test
  void the_list_shows_only_what_the_viewer_may_see() throws Exception {
    DepartmentSummary dept = department();
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary member = user(Role.MEMBER);
    String prefix = "V" + unique();
    register(prefix + "-OPEN", dept.id(), manager.id(), false);
    register(prefix + "-SECRET", dept.id(), manager.id(), true);

    String url = "/projects?department=" + dept.id();
    mvc.perform(get(url).with(as(member)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(prefix + "-OPEN")))
        .andExpect(content().string(not(containsString(prefix + "-SECRET"))))
        .andExpect(content().string(containsString("Showing")))
        .andExpect(content().string(not(containsString("New project"))));

    mvc.perform(get(url).with(as(manager)))
        .andExpect(content().string(containsString(prefix + "-SECRET")))
        .andExpect(content().string(containsString("Confidential")))
        .andExpect(content().string(containsString("New project")));
  }

  @Test
  void search_and_filters_narrow_the_list() throws Exception {
    DepartmentSummary dept = department();
    UserSummary viewer = user(Role.PMO);
    String prefix = "S" + unique();
    ProjectView alpha = register(prefix + "-ALPHA", dept.id(), null, false);
    register(prefix + "-BETA", dept.id(), null, false);
    service.revise(
        alpha.id(), withStatus(service.dataForEdit(alpha.id(), pmo()), ProjectStatus.ACTIVE),
        alpha.version(), pmo());

    mvc.perform(get("/projects").param("q", prefix + "-alp").with(as(viewer)))
        .andExpect(content().string(containsString(prefix + "-ALPHA")))
        .andExpect(content().string(not(containsString(prefix + "-BETA"))));

    mvc.perform(
            get("/projects")
                .param("department", String.valueOf(dept.id()))
                .param("status", "ACTIVE")
                .param("status", "ON_HOLD")
                .with(as(viewer)))
        .andExpect(content().string(containsString(prefix + "-ALPHA")))
        .andExpect(content().string(not(containsString(prefix + "-BETA"))))
        .andExpect(content().string(containsString("Showing <strong>1</strong>")));

    mvc.perform(
            get("/projects")
                .param("department", String.valueOf(dept.id()))
                .param("status", "CLOSED")
                .with(as(viewer)))
        .andExpect(content().string(containsString("No projects match these filters")));
  }

  @Test
  void the_list_sorts_and_pages_by_twenty_five() throws Exception {
    DepartmentSummary dept = department();
    UserSummary viewer = user(Role.EXECUTIVE);
    String prefix = "P" + unique();
    for (int i = 10; i < 40; i++) {
      register(prefix + "-" + i, dept.id(), null, false);
    }
    String first =
        body(
            mvc.perform(
                    get("/projects")
                        .param("department", String.valueOf(dept.id()))
                        .param("sort", "code")
                        .param("dir", "desc")
                        .with(as(viewer)))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(first)
        .contains("of <strong>30</strong>")
        .contains(prefix + "-39")
        .contains(prefix + "-15")
        .doesNotContain(prefix + "-14")
        .contains("aria-sort=\"descending\"")
        .contains("Next");
    assertThat(first.indexOf(prefix + "-39")).isLessThan(first.indexOf(prefix + "-38"));

    String second =
        body(
            mvc.perform(
                    get("/projects")
                        .param("department", String.valueOf(dept.id()))
                        .param("sort", "code")
                        .param("dir", "desc")
                        .param("page", "1")
                        .with(as(viewer)))
                .andReturn());
    assertThat(second)
        .contains("Showing <strong>26</strong>")
        .contains(prefix + "-14")
        .contains(prefix + "-10")
        .doesNotContain(prefix + "-15");
  }

  @Test
  void an_htmx_request_gets_only_the_results_fragment() throws Exception {
    DepartmentSummary dept = department();
    UserSummary viewer = user(Role.PMO);
    String prefix = "H" + unique();
    register(prefix + "-ONE", dept.id(), null, false);

    String fragment =
        body(
            mvc.perform(
                    get("/projects")
                        .param("department", String.valueOf(dept.id()))
                        .param("q", "")
                        .param("manager", "")
                        .header("HX-Request", "true")
                        .with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Push-Url", "/projects?department=" + dept.id()))
                .andReturn());
    assertThat(fragment)
        .contains("id=\"results\"")
        .contains(prefix + "-ONE")
        .doesNotContain("<html")
        .doesNotContain("app-header")
        .doesNotContain("id=\"project-filters\"");

    String page =
        body(
            mvc.perform(
                    get("/projects")
                        .param("department", String.valueOf(dept.id()))
                        .with(as(viewer)))
                .andReturn());
    assertThat(page).contains("<html").contains("id=\"project-filters\"").contains("hx-get");
  }

  @Test
  void bad_filter_values_are_ignored_rather_than_failing() throws Exception {
    mvc.perform(
            get("/projects")
                .param("status", "NOPE")
                .param("department", "abc")
                .param("sort", "password")
                .param("page", "-3")
                .with(as(user(Role.PMO))))
        .andExpect(status().isOk());
  }

  // ---------------------------------------------------------------- create
}
