package org.cairnpmo.portfolio.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Scenarios through the API: definition, runs, cancellation, frontier, commit and access. */
class ScenarioApiTest extends SelectionFixtures {

  @Test
  void the_optimizer_selects_the_best_portfolio_within_the_budget() throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    Four p = four(current(pmoUser));
    JsonNode scenario =
        create(pmoUser, npvScenario("Budget 100 " + unique(), p.ids(), 100, List.of()));
    long id = scenario.get("id").asLong();
    assertThat(scenario.get("candidates")).hasSize(4);
    assertThat(scenario.get("costsByPeriod").get("2027").asDouble()).isEqualTo(160.0);

    JsonNode run = awaitRun(pmoUser, id, startRun(pmoUser, id).get("id").asLong());
    assertThat(run.get("status").asString()).isEqualTo("DONE");
    JsonNode result = run.get("result");
    assertThat(result.get("status").asString()).isEqualTo("OPTIMAL");
    assertThat(result.get("gapPercent").asDouble()).isZero();
    List<Long> selected = new ArrayList<>();
    result.get("selected").forEach(s -> selected.add(s.get("proposalId").asLong()));
    assertThat(selected).containsExactlyInAnyOrder(p.a().id(), p.b().id());
    double npvA = p.a().businessCase().npv().doubleValue();
    double npvB = p.b().businessCase().npv().doubleValue();
    assertThat(result.get("objectiveValue").asDouble()).isCloseTo(npvA + npvB, within());
    JsonNode budget = result.get("constraints").get(0);
    assertThat(budget.get("constraint").asString()).isEqualTo("Budget 2027");
    assertThat(budget.get("used").asDouble()).isEqualTo(100.0);
    assertThat(budget.get("limit").asDouble()).isEqualTo(100.0);

    // The frontier over the total budget (0 to 160, the 2027 limit still applies): it starts
    // empty, never decreases, names who enters, and ends at the optimum.
    JsonNode frontier = read(fetch(API + "/" + id + "/frontier", pmoUser));
    assertThat(frontier).hasSize(5);
    assertThat(frontier.get(0).get("budget").asDouble()).isZero();
    assertThat(frontier.get(0).get("selected")).isEmpty();
    assertThat(frontier.get(4).get("budget").asDouble()).isEqualTo(160.0);
    assertThat(frontier.get(4).get("value").asDouble()).isCloseTo(npvA + npvB, within());
    double previous = Double.NEGATIVE_INFINITY;
    List<String> entered = new ArrayList<>();
    for (JsonNode step : frontier) {
      assertThat(step.get("value").asDouble()).isGreaterThanOrEqualTo(previous - 1e-9);
      previous = step.get("value").asDouble();
      step.get("entering").forEach(e -> entered.add(e.asString()));
    }
    assertThat(entered).contains(p.a().code(), p.b().code());

    // Executives read; the scenario lists the run.
    UserSummary executive = user(Role.EXECUTIVE);
    mvc.perform(get(API + "/" + id).with(as(executive)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.latestRun.status").value("DONE"));
    mvc.perform(get(API + "/" + id + "/runs").with(as(executive)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value(run.get("id").asLong()));
  }

  @Test
  void must_includes_over_budget_are_reported_as_infeasible_with_the_reason() throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    Four p = four(current(pmoUser));
    JsonNode scenario =
        create(
            pmoUser,
            npvScenario("Too much " + unique(), p.ids(), 80, List.of(p.a().id(), p.b().id())));
    long id = scenario.get("id").asLong();
    JsonNode run = awaitRun(pmoUser, id, startRun(pmoUser, id).get("id").asLong());
    assertThat(run.get("status").asString()).isEqualTo("DONE");
    JsonNode result = run.get("result");
    assertThat(result.get("status").asString()).isEqualTo("INFEASIBLE");
    assertThat(result.get("selected")).isEmpty();
    String explanation = result.get("explanation").asString();
    assertThat(explanation)
        .contains("No selection keeps every limit and rule")
        .contains("Budget 2027")
        .contains(p.a().code())
        .contains(p.b().code());
    assertThat(result.get("frontier")).isEmpty();

    // An infeasible run cannot be committed.
    mvc.perform(
            post(API + "/" + id + "/commit")
                .with(as(pmoUser))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(new CommitData(run.get("id").asLong(), "Go", null))))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("no selection")));
  }

  @Test
  void committing_approves_the_selection_and_the_projects_appear_in_the_register()
      throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    Four p = four(current(pmoUser));
    JsonNode scenario = create(pmoUser, npvScenario("Commit " + unique(), p.ids(), 100, List.of()));
    long id = scenario.get("id").asLong();
    long runId = awaitRun(pmoUser, id, startRun(pmoUser, id).get("id").asLong()).get("id").asLong();

    // The rationale is required.
    mvc.perform(
            post(API + "/" + id + "/commit")
                .with(as(pmoUser))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(new CommitData(runId, " ", null))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("rationale")));
    // Executives read but do not decide.
    mvc.perform(
            post(API + "/" + id + "/commit")
                .with(as(user(Role.EXECUTIVE)))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(new CommitData(runId, "Best value", null))))
        .andExpect(status().isForbidden());

    mvc.perform(
            post(API + "/" + id + "/commit")
                .with(as(pmoUser))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(new CommitData(runId, "Best value for the 2027 budget", null))))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type", containsString("missing-scores")))
        .andExpect(jsonPath("$.detail", containsString(p.a().code())))
        .andExpect(jsonPath("$.detail", containsString("Give the reason")));
    mvc.perform(get(API + "/" + id).with(as(pmoUser)))
        .andExpect(jsonPath("$.committed").value(false));

    mvc.perform(
            post(API + "/" + id + "/commit")
                .with(as(pmoUser))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    write(
                        new CommitData(
                            runId,
                            "Best value for the 2027 budget",
                            null,
                            "The board meets before the scorers can"))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.unscoredReason").value("The board meets before the scorers can"))
        .andExpect(jsonPath("$.unscoredProposals", containsString(p.b().code())))
        .andExpect(jsonPath("$.committed").value(true))
        .andExpect(jsonPath("$.committedRunId").value(runId))
        .andExpect(jsonPath("$.committedBy").value(pmoUser.username()))
        .andExpect(jsonPath("$.rationale").value("Best value for the 2027 budget"));

    awaitProject(p.a().code(), pmoUser);
    awaitProject(p.b().code(), pmoUser);
    assertThat(projectCount(p.c().code(), pmoUser)).isZero();
    // Approving its proposals took them out of the candidates, yet the committed run stays the
    // record of the decision rather than a result to run again.
    mvc.perform(get(API + "/" + id).with(as(pmoUser)))
        .andExpect(jsonPath("$.latestRun.id").value(runId))
        .andExpect(jsonPath("$.latestRun.outdated").value(false));
    mvc.perform(get("/portfolio/scenarios/" + id).with(ScenarioPageTest.signedIn(pmoUser)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"result-outdated\""))));

    // Committed: read-only.
    mvc.perform(
            put(API + "/" + id)
                .with(as(pmoUser))
                .header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(npvScenario("Again", p.ids(), 200, List.of()))))
        .andExpect(status().isConflict());
    mvc.perform(post(API + "/" + id + "/runs").with(as(pmoUser))).andExpect(status().isConflict());
  }

  @Test
  void a_run_made_before_the_scenario_changed_cannot_be_committed_but_a_rename_keeps_it()
      throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    Four p = four(current(pmoUser));
    String name = "Outdated " + unique();
    long id = create(pmoUser, npvScenario(name, p.ids(), 100, List.of())).get("id").asLong();
    long runId = awaitRun(pmoUser, id, startRun(pmoUser, id).get("id").asLong()).get("id").asLong();

    // A new name and description only: the run still answers the scenario.
    ScenarioData renamed =
        npvScenario(name + " renamed", p.ids(), 100, List.of())
            .withHeader(name + " renamed", "Same limits", null);
    mvc.perform(
            put(API + "/" + id)
                .with(as(pmoUser))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(renamed)))
        .andExpect(status().isOk());
    mvc.perform(get(API + "/" + id + "/runs/" + runId).with(as(pmoUser)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outdated").value(false));

    // A lower budget: the run's selection (A and B, cost 100) would break it.
    mvc.perform(
            put(API + "/" + id)
                .with(as(pmoUser))
                .header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(npvScenario(name, p.ids(), 60, List.of()))))
        .andExpect(status().isOk());
    mvc.perform(get(API + "/" + id + "/runs/" + runId).with(as(pmoUser)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outdated").value(true));
    mvc.perform(get("/portfolio/scenarios/" + id).with(ScenarioPageTest.signedIn(pmoUser)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"result-outdated\"")))
        .andExpect(content().string(not(containsString("id=\"commit-button\""))));
    byte[] pdf =
        mvc.perform(get(API + "/" + id + "/recommendation.pdf").with(as(pmoUser)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      assertThat(
              new org.apache.pdfbox.text.PDFTextStripper()
                  .getText(document)
                  .replaceAll("\\s+", " "))
          .contains("Caution: the scenario was changed after this run");
    }
    mvc.perform(
            post(API + "/" + id + "/commit")
                .with(as(pmoUser))
                .header(HttpHeaders.IF_MATCH, "\"2\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(new CommitData(runId, "Old result", null))))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("before the scenario was last changed")));
    mvc.perform(get(API + "/" + id).with(as(pmoUser)))
        .andExpect(jsonPath("$.committed").value(false));
    assertThat(projectCount(p.a().code(), pmoUser)).isZero();

    // Run again: the new result fits the new budget and can be committed.
    long again = awaitRun(pmoUser, id, startRun(pmoUser, id).get("id").asLong()).get("id").asLong();
    mvc.perform(
            post(API + "/" + id + "/commit")
                .with(as(pmoUser))
                .header(HttpHeaders.IF_MATCH, "\"2\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    write(new CommitData(again, "Within the lower budget", null, "Scores follow"))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.committedRunId").value(again));
  }

  @Test
  void a_running_optimization_can_be_cancelled() throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    Four p = four(current(pmoUser));
    JsonNode scenario = create(pmoUser, npvScenario("Cancel " + unique(), p.ids(), 100, List.of()));
    long id = scenario.get("id").asLong();
    long runId = startRun(pmoUser, id).get("id").asLong();
    MvcResult cancel =
        mvc.perform(post(API + "/" + id + "/runs/" + runId + "/cancel").with(as(pmoUser)))
            .andReturn();
    JsonNode run = awaitRun(pmoUser, id, runId);
    if (cancel.getResponse().getStatus() == 200) {
      // Cancelled while queued or running: it ends as cancelled and cannot be committed.
      assertThat(run.get("status").asString()).isEqualTo("CANCELLED");
      mvc.perform(
              post(API + "/" + id + "/commit")
                  .with(as(pmoUser))
                  .header(HttpHeaders.IF_MATCH, "\"0\"")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(write(new CommitData(runId, "Go", null))))
          .andExpect(status().isConflict());
    } else {
      // This small problem may finish before the cancel arrives.
      assertThat(cancel.getResponse().getStatus()).isEqualTo(409);
      assertThat(run.get("status").asString()).isEqualTo("DONE");
    }
    // A finished run cannot be cancelled.
    mvc.perform(post(API + "/" + id + "/runs/" + runId + "/cancel").with(as(pmoUser)))
        .andExpect(status().isConflict());
  }

  @Test
  void bad_input_answers_400_with_the_fields_and_a_stale_edit_409() throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    Four p = four(current(pmoUser));
    ScenarioData bad =
        new ScenarioData(
            " ",
            null,
            p.ids(),
            null,
            2.0,
            List.of(new ScenarioData.PeriodLimit("2027", new BigDecimal("-1"))),
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            500,
            1,
            null,
            null);
    mvc.perform(
            post(API).with(as(pmoUser)).contentType(MediaType.APPLICATION_JSON).content(write(bad)))
        .andExpect(status().isBadRequest())
        .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("problem+json")))
        .andExpect(
            jsonPath(
                "$.errors[*].field",
                containsInAnyOrder(
                    "name",
                    "objective",
                    "alpha",
                    "budgetLimits[0].limit",
                    "timeLimitSeconds",
                    "frontierLevels")));
    // A rule naming a proposal that is not a candidate.
    mvc.perform(
            post(API)
                .with(as(pmoUser))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    write(
                        npvScenario(
                            "Unknown " + unique(),
                            List.of(p.a().id(), p.b().id()),
                            100,
                            List.of(p.c().id())))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("mustInclude"));

    JsonNode scenario = create(pmoUser, npvScenario("Edit " + unique(), p.ids(), 100, List.of()));
    long id = scenario.get("id").asLong();
    mvc.perform(
            put(API + "/" + id)
                .with(as(pmoUser))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(npvScenario("Edited", p.ids(), 120, List.of()))))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
        .andExpect(jsonPath("$.name").value("Edited"))
        .andExpect(jsonPath("$.definition.budgetLimits[0].limit").value(120));
    mvc.perform(
            put(API + "/" + id)
                .with(as(pmoUser))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(write(npvScenario("Lost", p.ids(), 130, List.of()))))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type", containsString("stale-version")));
    mvc.perform(delete(API + "/" + id).with(as(pmoUser)).header(HttpHeaders.IF_MATCH, "\"0\""))
        .andExpect(status().isConflict());
    mvc.perform(delete(API + "/" + id).with(as(pmoUser)).header(HttpHeaders.IF_MATCH, "\"1\""))
        .andExpect(status().isNoContent());
    mvc.perform(get(API + "/" + id).with(as(pmoUser))).andExpect(status().isNotFound());
  }

  @Test
  void only_the_pmo_administrators_and_executives_see_scenarios() throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    Four p = four(current(pmoUser));
    long id =
        create(pmoUser, npvScenario("Access " + unique(), p.ids(), 100, List.of()))
            .get("id")
            .asLong();
    String body = write(npvScenario("Access " + unique(), p.ids(), 100, List.of()));
    for (Role role : List.of(Role.MEMBER, Role.PROJECT_MANAGER)) {
      UserSummary u = user(role);
      mvc.perform(get(API).with(as(u))).andExpect(status().isForbidden());
      mvc.perform(get(API + "/" + id).with(as(u))).andExpect(status().isForbidden());
      mvc.perform(post(API).with(as(u)).contentType(MediaType.APPLICATION_JSON).content(body))
          .andExpect(status().isForbidden());
      mvc.perform(post(API + "/" + id + "/runs").with(as(u))).andExpect(status().isForbidden());
      mvc.perform(get(API + "/" + id + "/frontier").with(as(u))).andExpect(status().isForbidden());
    }
    UserSummary executive = user(Role.EXECUTIVE);
    mvc.perform(get(API).with(as(executive))).andExpect(status().isOk());
    mvc.perform(post(API).with(as(executive)).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isForbidden());
    mvc.perform(post(API + "/" + id + "/runs").with(as(executive)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(API)
                .with(as(user(Role.ADMIN)))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isCreated());
    mvc.perform(get(API)).andExpect(status().isUnauthorized());
    mvc.perform(post(API + "/" + id + "/runs")).andExpect(status().isUnauthorized());
    // No finished run yet: no frontier.
    mvc.perform(get(API + "/" + id + "/frontier").with(as(pmoUser)))
        .andExpect(status().isNotFound());
  }

  private long projectCount(String code, UserSummary pmo) throws Exception {
    JsonNode page =
        read(mvc.perform(get("/api/v1/projects").with(as(pmo)).param("q", code)).andReturn());
    return page.get("totalElements").asLong();
  }

  private void awaitProject(String code, UserSummary pmo) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)) {
      if (projectCount(code, pmo) > 0) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No project " + code + " appeared in the register");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-6);
  }
}
