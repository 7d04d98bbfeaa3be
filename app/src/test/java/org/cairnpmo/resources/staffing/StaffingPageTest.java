package org.cairnpmo.resources.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.RequestStatus;
import org.cairnpmo.resources.RequestView;
import org.cairnpmo.resources.domain.CatalogService;
import org.cairnpmo.resources.domain.PoolService;
import org.cairnpmo.resources.domain.RequestService;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The staffing pages: suggestions with one-click propose, and a bulk run shown then applied. */
class StaffingPageTest extends IntegrationTest {

  @Autowired PoolService pool;
  @Autowired CatalogService catalog;
  @Autowired RequestService requests;

  static RequestPostProcessor page(UserSummary user) {
    return signedInAs(user);
  }

  private String html(org.springframework.test.web.servlet.RequestBuilder request)
      throws Exception {
    return mvc.perform(request).andReturn().getResponse().getContentAsString();
  }

  @Test
  void a_resource_manager_proposes_the_best_suggestion_with_one_click() throws Exception {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    UserSummary manager = user(Role.PROJECT_MANAGER);
    CurrentUser rmUser = current(rm);
    StaffingFixture fixture = new StaffingFixture(pool, catalog, requests);
    long role = fixture.role("Page role " + unique(), rmUser);
    String skill = "Skill " + unique();
    String name = "Grace " + unique();
    long grace = fixture.person(name, role, skill, 5, 40, 100, List.of(), 90, rmUser);
    ProjectView project = project(manager, false);
    RequestView r =
        fixture.request(
            project,
            role,
            skill,
            3,
            16,
            StaffingApiTest.MONDAY,
            StaffingApiTest.FRIDAY_4,
            Priority.HIGH,
            current(manager));

    assertThat(html(get("/projects/" + project.id() + "/requests").with(page(rm))))
        .contains("/resources/requests/" + r.id() + "/suggestions");
    String suggestions = html(get("/resources/requests/" + r.id() + "/suggestions").with(page(rm)));
    assertThat(suggestions)
        .contains("Who fits this request")
        .contains(name)
        .contains(skill + " 5 (needs 3)")
        .contains("aria-label=\"Propose " + name + "\"");
    mvc.perform(
            post("/projects/" + project.id() + "/requests/" + r.id() + "/propose")
                .with(page(rm))
                .with(csrf())
                .param("version", "0")
                .param("personId", Long.toString(grace)))
        .andExpect(status().is3xxRedirection());
    assertThat(requests.get(project.id(), r.id(), rmUser).proposedPersonId()).isEqualTo(grace);

    mvc.perform(get("/resources/requests/" + r.id() + "/suggestions").with(page(manager)))
        .andExpect(status().isForbidden());
  }

  @Test
  void a_bulk_run_shows_its_proposal_and_applies_the_assignments_kept() throws Exception {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    UserSummary manager = user(Role.PROJECT_MANAGER);
    CurrentUser rmUser = current(rm);
    StaffingFixture fixture = new StaffingFixture(pool, catalog, requests);
    long role = fixture.role("Bulk role " + unique(), rmUser);
    String skill = "Skill " + unique();
    String name = "Hopper " + unique();
    long hopper = fixture.person(name, role, skill, 4, 40, 100, List.of(), 90, rmUser);
    ProjectView project = project(manager, false);
    RequestView r =
        fixture.request(
            project,
            role,
            skill,
            3,
            24,
            StaffingApiTest.MONDAY,
            StaffingApiTest.FRIDAY_4,
            Priority.HIGH,
            current(manager));

    assertThat(
            html(get("/resources/staffing").param("projectId", "" + project.id()).with(page(rm))))
        .contains("1 open request waiting for a person")
        .contains("Propose people");
    String proposal =
        html(
            post("/resources/staffing")
                .with(page(rm))
                .with(csrf())
                .param("projectId", "" + project.id())
                .param("timeLimitSeconds", "3"));
    assertThat(proposal)
        .contains("id=\"proposal\"")
        .contains("1 of 1")
        .contains(name)
        .contains("value=\"" + r.id() + ":" + hopper + ":0\"");
    assertThat(
            html(
                post("/resources/staffing")
                    .with(page(rm))
                    .with(csrf())
                    .param("projectId", "" + project.id())
                    .param("from", "2028-04-01")
                    .param("to", "2028-03-01")))
        .contains("cannot end");
    mvc.perform(
            post("/resources/staffing/apply")
                .with(page(rm))
                .with(csrf())
                .param("projectId", "" + project.id())
                .param("choice", r.id() + ":" + hopper + ":0"))
        .andExpect(redirectedUrl("/resources/staffing?projectId=" + project.id()))
        .andExpect(flash().attribute("flash", org.hamcrest.Matchers.startsWith("Proposed 1")));
    assertThat(requests.get(project.id(), r.id(), rmUser).status())
        .isEqualTo(RequestStatus.PROPOSED);
    mvc.perform(
            post("/resources/staffing/apply")
                .with(page(rm))
                .with(csrf())
                .param("projectId", "" + project.id())
                .param("choice", r.id() + ":" + hopper + ":0"))
        .andExpect(
            flash().attribute("flashError", org.hamcrest.Matchers.containsString("nothing")));
    mvc.perform(post("/resources/staffing/apply").with(page(rm)).with(csrf()))
        .andExpect(
            flash().attribute("flashError", org.hamcrest.Matchers.startsWith("Choose at least")));

    for (UserSummary other : List.of(manager, user(Role.MEMBER))) {
      mvc.perform(get("/resources/staffing").with(page(other))).andExpect(status().isForbidden());
      mvc.perform(
              post("/resources/staffing")
                  .with(page(other))
                  .with(csrf())
                  .param("projectId", "" + project.id()))
          .andExpect(status().isForbidden());
    }
  }
}
