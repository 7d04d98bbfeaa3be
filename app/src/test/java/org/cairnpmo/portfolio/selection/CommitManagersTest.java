package org.cairnpmo.portfolio.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Committing a scenario approves many proposals at once; for each selected proposal that names no
 * manager, the commit form offers a people picker, and the manager chosen goes with the approval.
 */
class CommitManagersTest extends SelectionFixtures {

  @Autowired ScenarioService scenarios;

  private static RequestPostProcessor signedIn(UserSummary user) {
    return signedInAs(user);
  }

  private RunView finishedRun(long scenarioId, CurrentUser pmo) throws InterruptedException {
    long runId = scenarios.startRun(scenarioId, 5, pmo).id();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      RunView run = scenarios.run(scenarioId, runId, pmo);
      if (!run.active()) {
        return run;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Run " + runId + " did not end");
  }

  @Test
  void the_commit_form_asks_a_manager_for_each_selected_proposal_without_one() throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    CurrentUser pmo = current(pmoUser);
    activeDirectSet(pmo);
    ProposalView first = evaluated("Lima", 40, 150, pmo);
    ProposalView second = evaluated("Mike", 40, 120, pmo);
    ScenarioView scenario =
        scenarios.create(
            npvScenario("Managers " + unique(), List.of(first.id(), second.id()), 100, List.of()),
            pmo);
    RunView run = finishedRun(scenario.id(), pmo);
    assertThat(run.result().selected()).hasSize(2);

    mvc.perform(get("/portfolio/scenarios/" + scenario.id()).with(signedIn(pmoUser)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("id=\"commit-managers\""),
                        containsString("id=\"manager-" + first.id() + "-search\""),
                        containsString("id=\"manager-" + second.id() + "-search\""))));

    UserSummary manager = user(Role.PROJECT_MANAGER);
    mvc.perform(
            post("/portfolio/scenarios/" + scenario.id() + "/commit")
                .with(signedIn(pmoUser))
                .with(csrf())
                .param("runId", String.valueOf(run.id()))
                .param("version", String.valueOf(scenarios.get(scenario.id(), pmo).version()))
                .param("rationale", "Both fit the 2027 budget")
                .param("missingScoresReason", "The board meets before the scorers can")
                .param("manager-" + first.id(), String.valueOf(manager.id()))
                .param("manager-" + second.id(), ""))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", containsString("Committed")));

    assertThat(proposalService.get(first.id(), pmo).managerId()).isEqualTo(manager.id());
    assertThat(proposalService.get(second.id(), pmo).managerId()).isNull();
    mvc.perform(get("/portfolio/scenarios/" + scenario.id()).with(signedIn(pmoUser)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"commit-managers\""))));
  }

  @Test
  void a_manager_who_is_not_an_active_person_stops_the_commit() throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    CurrentUser pmo = current(pmoUser);
    activeDirectSet(pmo);
    ProposalView only = evaluated("November", 40, 150, pmo);
    ScenarioView scenario =
        scenarios.create(
            npvScenario("Unknown manager " + unique(), List.of(only.id()), 100, List.of()), pmo);
    RunView run = finishedRun(scenario.id(), pmo);
    mvc.perform(
            post("/portfolio/scenarios/" + scenario.id() + "/commit")
                .with(signedIn(pmoUser))
                .with(csrf())
                .param("runId", String.valueOf(run.id()))
                .param("version", String.valueOf(scenarios.get(scenario.id(), pmo).version()))
                .param("rationale", "Go")
                .param("missingScoresReason", "The board meets before the scorers can")
                .param("manager-" + only.id(), "987654321"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("problem", containsString("no active person")));
    assertThat(scenarios.get(scenario.id(), pmo).committed()).isFalse();
  }
}
