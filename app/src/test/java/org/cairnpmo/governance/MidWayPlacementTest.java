package org.cairnpmo.governance;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cairnpmo.governance.domain.LifecycleView;
import org.cairnpmo.governance.domain.TierView;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.ProjectView;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** A project already under way enters its lifecycle at the phase it is in, by API and page. */
class MidWayPlacementTest extends GovernanceTestSupport {

  private record Setup(UserSummary manager, TierView tier, ProjectView project) {}

  private Setup setup() {
    UserSummary manager = user(Role.PROJECT_MANAGER);
    LifecycleView lifecycle = lifecycle(user(Role.MEMBER));
    return new Setup(manager, tier(lifecycle), project(manager, false));
  }

  private String body(Setup s, Object phase) {
    return "{\"projectId\": %d, \"riskLevel\": \"LOW\", \"tierId\": %d, \"currentPhase\": %s}"
        .formatted(s.project().id(), s.tier().id(), phase);
  }

  @Test
  void through_the_api_the_gates_before_its_phase_are_passed_before_cairn() throws Exception {
    Setup s = setup();

    mvc.perform(
            post("/api/v1/governance/projects")
                .with(as(s.manager()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(s, 2)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.gates[0].status").value("PASSED_ON_RECORD"))
        .andExpect(jsonPath("$.gates[0].passage.note").value("Passed before Cairn"))
        .andExpect(jsonPath("$.gates[0].passage.recordedBy").value(s.manager().username()))
        .andExpect(jsonPath("$.gates[0].passage.recordedAt").isNotEmpty())
        .andExpect(jsonPath("$.gates[0].reviews.length()").value(0))
        .andExpect(jsonPath("$.gates[1].status").value("PASSED_ON_RECORD"))
        .andExpect(jsonPath("$.gates[2].status").value("OPEN"))
        .andExpect(jsonPath("$.gates[2].passage").doesNotExist())
        .andExpect(jsonPath("$.currentGateId").value(org.hamcrest.Matchers.notNullValue()));

    mvc.perform(get("/governance/projects/" + s.project().id()).with(as(s.manager())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Passed before Cairn")))
        .andExpect(content().string(containsString("No review in Cairn")));
    mvc.perform(get("/governance").with(as(user(Role.PMO))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Passed before Cairn: 2 gates")));
  }

  @Test
  void a_phase_the_lifecycle_does_not_have_is_a_problem() throws Exception {
    Setup s = setup();
    for (Object phase : new Object[] {3, -1, "\"second\""}) {
      mvc.perform(
              post("/api/v1/governance/projects")
                  .with(as(s.manager()))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body(s, phase)))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
    mvc.perform(
            post("/api/v1/governance/projects")
                .with(as(s.manager()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(s, 3)))
        .andExpect(jsonPath("$.errors[0].field").value("currentPhase"))
        .andExpect(jsonPath("$.errors[0].message", containsString("numbered from 0 to 2")));
  }

  @Test
  void the_placement_form_offers_the_phases_of_the_lifecycle_and_starts_there() throws Exception {
    Setup s = setup();
    String url = "/governance/projects/" + s.project().id();

    mvc.perform(get(url).with(as(s.manager())).param("tierId", String.valueOf(s.tier().id())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Phase the project is in now")))
        .andExpect(content().string(containsString("2. Execution")));
    mvc.perform(
            post(url + "/placement")
                .with(as(s.manager()))
                .with(csrf())
                .param("riskLevel", "LOW")
                .param("tierId", String.valueOf(s.tier().id()))
                .param("currentPhase", "7"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("numbered from 0 to 2")));
    mvc.perform(
            post(url + "/placement")
                .with(as(s.manager()))
                .with(csrf())
                .param("riskLevel", "LOW")
                .param("tierId", String.valueOf(s.tier().id()))
                .param("currentPhase", "1"))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            flash()
                .attribute(
                    "flash",
                    containsString(
                        "phase 2, Execution; the gates before it are recorded as passed before"
                            + " Cairn")));
  }
}
