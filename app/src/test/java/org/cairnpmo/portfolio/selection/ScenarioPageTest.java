package org.cairnpmo.portfolio.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The scenario pages without JavaScript: form, errors, run panel, comparison and access. */
class ScenarioPageTest extends SelectionFixtures {

  @Autowired ScenarioService scenarioService;

  static RequestPostProcessor signedIn(UserSummary user) {
    return signedInAs(user);
  }

  @Test
  void the_pmo_defines_a_scenario_in_the_form_and_sees_mistakes_next_to_it() throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    CurrentUser me = current(pmoUser);
    activeDirectSet(me);
    ProposalView a = evaluated("Alpha", 60, 150, me);
    ProposalView b = evaluated("Bravo", 40, 95, me);

    mvc.perform(get("/portfolio/scenarios/new").with(signedIn(pmoUser)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(a.code())));

    // Unparseable lines and an unknown code are reported, nothing is saved.
    mvc.perform(
            post("/portfolio/scenarios")
                .with(signedIn(pmoUser))
                .with(csrf())
                .param("name", "Broken " + unique())
                .param("objective", "NPV")
                .param("candidateIds", String.valueOf(a.id()), String.valueOf(b.id()))
                .param("budgetLimits", "2027 is 100")
                .param("prerequisites[0].dependentId", String.valueOf(a.id()))
                .param("timeLimitSeconds", "5")
                .param("frontierLevels", "5"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The scenario was not saved")))
        .andExpect(content().string(containsString("Budget per period")))
        .andExpect(content().string(containsString("Prerequisites")));

    String name = "Form " + unique();
    MvcResult created =
        mvc.perform(
                post("/portfolio/scenarios")
                    .with(signedIn(pmoUser))
                    .with(csrf())
                    .param("name", name)
                    .param("objective", "NPV")
                    .param("candidateIds", String.valueOf(a.id()), String.valueOf(b.id()))
                    .param("rules[" + a.id() + "]", "INCLUDE")
                    .param("budgetLimits", "2027 = 100")
                    .param("capacityLimits", "Developer 2027 = 2")
                    .param("prerequisites[0].dependentId", String.valueOf(b.id()))
                    .param("prerequisites[0].requiredId", String.valueOf(a.id()))
                    .param("timeLimitSeconds", "5")
                    .param("frontierLevels", "4"))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String location = created.getResponse().getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    ScenarioView view = scenarioService.get(id, me);
    assertThat(view.definition().mustInclude()).containsExactly(a.id());
    assertThat(view.definition().prerequisites())
        .containsExactly(new ScenarioData.Requirement(b.id(), a.id()));
    assertThat(view.definition().capacityLimits().get(0).role()).isEqualTo("Developer");

    mvc.perform(get(location).with(signedIn(pmoUser)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(name)))
        .andExpect(content().string(containsString("Run optimizer")));

    // Run, poll the panel until the run ends: the last poll asks htmx to reload the page.
    mvc.perform(post(location + "/runs").with(signedIn(pmoUser)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    long runId = scenarioService.runs(id, me).get(0).id();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (scenarioService.run(id, runId, me).active() && Instant.now().isBefore(deadline)) {
      mvc.perform(get(location + "/runs/" + runId + "/progress").with(signedIn(pmoUser)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("run-progress")));
      Thread.sleep(100);
    }
    mvc.perform(get(location + "/runs/" + runId + "/progress").with(signedIn(pmoUser)))
        .andExpect(status().isOk())
        .andExpect(header().string("HX-Refresh", "true"));
    mvc.perform(get(location).with(signedIn(pmoUser)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("OPTIMAL")))
        .andExpect(content().string(containsString("Efficient frontier")))
        .andExpect(content().string(containsString("Commit this selection")));

    // An executive reads and compares, but does not get the form.
    UserSummary executive = user(Role.EXECUTIVE);
    long other =
        scenarioService
            .create(npvScenario("Other " + unique(), List.of(a.id(), b.id()), 60, List.of()), me)
            .id();
    mvc.perform(
            get("/portfolio/scenarios/compare")
                .with(signedIn(executive))
                .param("ids", String.valueOf(id), String.valueOf(other)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(name)))
        .andExpect(content().string(containsString("no finished run")))
        .andExpect(content().string(containsString("compare-diff")));
    mvc.perform(get("/portfolio/scenarios/new").with(signedIn(executive)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/portfolio/scenarios").with(signedIn(user(Role.MEMBER))))
        .andExpect(status().isForbidden());
  }
}
