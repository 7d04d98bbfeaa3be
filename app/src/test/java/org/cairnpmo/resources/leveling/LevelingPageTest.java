package org.cairnpmo.resources.leveling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.planning.PlanningApi;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The leveling page: who reaches it, the projects it offers (never one the viewer may not see),
 * form errors next to their fields, and an unreadable preview refused without a change.
 */
class LevelingPageTest extends IntegrationTest {

  @Autowired PlanningApi planning;

  private static RequestPostProcessor page(UserSummary user) {
    return signedInAs(user);
  }

  private ProjectView planned(UserSummary shared, boolean confidential) {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project =
        projects.register(
            LevelingFixtures.project("LP-" + unique(), manager.id(), Priority.MEDIUM, confidential),
            pmo());
    planning.replacePlan(project.id(), LevelingFixtures.plan(shared.id()), 0, pmo());
    return project;
  }

  @Test
  void resource_managers_see_the_projects_that_share_people_and_no_hidden_one() throws Exception {
    UserSummary shared = user(Role.MEMBER);
    ProjectView first = planned(shared, false);
    ProjectView second = planned(shared, false);
    ProjectView hidden = planned(shared, true);
    UserSummary rm = user(Role.RESOURCE_MANAGER);

    String html =
        mvc.perform(get("/resources/leveling").with(page(rm)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("Leveling across projects", first.code(), second.code())
        .doesNotContain(hidden.code());
    assertThat(
            mvc.perform(get("/resources").with(page(rm)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("href=\"/resources/leveling\"");

    for (Role role : new Role[] {Role.MEMBER, Role.PROJECT_MANAGER, Role.EXECUTIVE}) {
      mvc.perform(get("/resources/leveling").with(page(user(role))))
          .andExpect(status().isForbidden());
      assertThat(
              mvc.perform(get("/resources").with(page(user(role))))
                  .andReturn()
                  .getResponse()
                  .getContentAsString())
          .doesNotContain("/resources/leveling");
    }
  }

  @Test
  void bad_limits_are_shown_next_to_their_fields_and_a_garbled_change_is_refused()
      throws Exception {
    UserSummary shared = user(Role.MEMBER);
    ProjectView first = planned(shared, false);
    ProjectView second = planned(shared, false);
    UserSummary rm = user(Role.RESOURCE_MANAGER);

    String html =
        mvc.perform(
                post("/resources/leveling/preview")
                    .with(page(rm))
                    .with(csrf())
                    .param("include", Long.toString(first.id()), Long.toString(second.id()))
                    .param("rank_" + first.id(), "1")
                    .param("rank_" + second.id(), "x")
                    .param("delay_" + first.id(), "5")
                    .param("delay_" + second.id(), "300")
                    .param("from", "2031-03-10")
                    .param("to", "2031-03-01"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("Enter a whole number.").doesNotContain("leveling-preview");

    html =
        mvc.perform(
                post("/resources/leveling/preview")
                    .with(page(rm))
                    .with(csrf())
                    .param("include", Long.toString(first.id()), Long.toString(second.id()))
                    .param("movable", Long.toString(first.id()), Long.toString(second.id()))
                    .param("rank_" + first.id(), "2")
                    .param("rank_" + second.id(), "1")
                    .param("delay_" + first.id(), "300")
                    .param("delay_" + second.id(), "5")
                    .param("from", "")
                    .param("to", ""))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("from 0 to 260").doesNotContain("id=\"leveling-preview\"");

    html =
        mvc.perform(
                post("/resources/leveling/preview")
                    .with(page(rm))
                    .with(csrf())
                    .param("include", Long.toString(first.id()), Long.toString(second.id()))
                    .param("movable", Long.toString(first.id()), Long.toString(second.id()))
                    .param("rank_" + first.id(), "2")
                    .param("rank_" + second.id(), "1")
                    .param("delay_" + first.id(), "10")
                    .param("delay_" + second.id(), "10"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    // The second project comes first now, so the first one waits.
    assertThat(html)
        .contains("id=\"leveling-preview\"", "1. " + second.code(), "2. " + first.code());
    assertThat(html).contains("Apply to the plans");

    mvc.perform(
            post("/resources/leveling/apply").with(page(rm)).with(csrf()).param("change", "x@y"))
        .andExpect(redirectedUrl("/resources/leveling"))
        .andExpect(
            flash().attribute("flashError", "The preview could not be read; preview again."));
  }
}
