package org.cairnpmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import java.util.Comparator;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.HomePanel;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The web shell: layout, navigation by role, the home page and the error pages. */
class ShellPageTest extends IntegrationTest {

  @Autowired ObjectProvider<HomePanel> panels;

  static RequestPostProcessor as(UserSummary user) {
    return signedInAs(user);
  }

  private String page(String url, UserSummary viewer) throws Exception {
    return mvc.perform(get(url).with(as(viewer)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void the_layout_has_navigation_user_menu_csrf_and_footer() throws Exception {
    UserSummary member = user(Role.MEMBER);
    String html = page("/projects", member);
    assertThat(html)
        .contains("href=\"#main\"")
        .contains("aria-current=\"page\">Projects</a>")
        .contains(member.displayName())
        .contains("Profile &amp; tokens")
        .contains("action=\"/logout\"")
        .contains("<meta name=\"_csrf\"")
        .contains("hx-headers=\"{&quot;X-CSRF-TOKEN&quot;: &quot;")
        .containsPattern("/webjars/htmx.org/[0-9.]+/dist/htmx.min.js")
        .contains("/swagger-ui.html")
        .doesNotContain("/admin/users");
  }

  @Test
  void administrators_see_the_administration_links() throws Exception {
    String html = page("/", user(Role.ADMIN));
    assertThat(html).contains("/admin/users").contains("/admin/departments");
  }

  @Test
  void the_home_page_greets_and_lists_my_projects() throws Exception {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary member = user(Role.MEMBER);
    var mine =
        projects.register(
            projectData(
                manager.id(),
                true,
                List.of(new ProjectData.Member(member.id(), MembershipRole.TEAM_MEMBER))),
            pmo());

    String forMember = page("/", member);
    assertThat(forMember)
        .contains("Hello, " + member.displayName())
        .contains("My projects")
        .contains(mine.code())
        .contains("Team member")
        .contains("aria-current=\"page\">Home</a>");

    String forManager = page("/", manager);
    assertThat(forManager).contains(mine.code()).contains("Manager").contains("New project");
  }

  @Test
  void the_home_page_tells_a_newcomer_what_to_do_next() throws Exception {
    String html = page("/", user(Role.MEMBER));
    assertThat(html).contains("You are not on any open project yet");
  }

  @Test
  void the_home_page_panels_each_have_their_own_place() {
    // With equal places the order would rest on the order the beans were found in.
    assertThat(panels.stream().map(HomePanel::order)).doesNotHaveDuplicates();
    List<HomePanel> sorted =
        panels.stream().sorted(Comparator.comparingInt(HomePanel::order)).toList();
    assertThat(sorted)
        .extracting(HomePanel::template)
        .containsExactly(
            "reporting/executive-panel",
            "projects/home-panel",
            "control/home-panel",
            "governance/home-panel",
            "resources/notices-home-panel",
            "resources/home-panel",
            "resources/timesheet-home-panel");
  }

  @Test
  void error_pages_render_inside_the_layout_and_leak_nothing() throws Exception {
    UserSummary member = user(Role.MEMBER);
    for (int code : new int[] {403, 404, 400, 500}) {
      String html =
          mvc.perform(
                  get("/error")
                      .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code)
                      .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/projects/1")
                      .requestAttr(
                          RequestDispatcher.ERROR_EXCEPTION,
                          new IllegalStateException("secret detail"))
                      .accept("text/html")
                      .with(as(member)))
              .andExpect(status().is(code))
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(html)
          .contains("Error " + code)
          .contains(member.displayName())
          .contains("class=\"app-header\"")
          .doesNotContain("secret detail")
          .doesNotContain("IllegalStateException");
    }
  }

  @Test
  void a_file_over_the_upload_limit_is_refused_naming_the_limit() throws Exception {
    // The server refuses such a file before any controller runs, and forwards to /error.
    String page =
        mvc.perform(
                get("/error")
                    .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413)
                    .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/projects/1/plan/import")
                    .contentType("multipart/form-data; boundary=x")
                    .accept("text/html")
                    .with(as(user(Role.MEMBER))))
            .andExpect(status().isPayloadTooLarge())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("The file is larger than 25 MB, the largest upload Cairn accepts.");

    String problem =
        mvc.perform(
                get("/error")
                    .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413)
                    .requestAttr(
                        RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/projects/1/plan/import")
                    .contentType("multipart/form-data; boundary=x")
                    .accept("application/json"))
            .andExpect(status().isPayloadTooLarge())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(problem)
        .contains("content-too-large")
        .contains("The file is larger than 25 MB, the largest upload Cairn accepts.");

    // A body that is not a file keeps the general message.
    String body =
        mvc.perform(
                get("/error")
                    .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413)
                    .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/projects")
                    .contentType("application/json")
                    .accept("application/json"))
            .andExpect(status().isPayloadTooLarge())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body).contains("The request is too large").doesNotContain("upload");
  }

  @Test
  void error_pages_render_without_anyone_signed_in() throws Exception {
    String html =
        mvc.perform(
                get("/error")
                    .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                    .accept("text/html"))
            .andExpect(status().isInternalServerError())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("Something went wrong on our side").contains(">Sign in</a>");
  }
}
