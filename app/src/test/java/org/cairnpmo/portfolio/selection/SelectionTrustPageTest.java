package org.cairnpmo.portfolio.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairnpmo.portfolio.selection.ScenarioPageTest.signedIn;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The scenario pages a PMO decides on: rules picked from the candidates, the budget with committed
 * spend, why each candidate is left out, the comparison and the commit of unscored proposals.
 */
class SelectionTrustPageTest extends SelectionFixtures {

  @Autowired ScenarioService scenarioService;
  @Autowired SetCommittedSpend committed;

  @AfterEach
  void nothingCommitted() {
    committed.clear();
  }

  private MockHttpServletRequestBuilder form(UserSummary pmo, Four p, String name) {
    return form(pmo, name, p.a().id(), p.b().id(), p.c().id(), p.d().id());
  }

  private MockHttpServletRequestBuilder form(UserSummary pmo, String name, long... candidates) {
    return post("/portfolio/scenarios")
        .with(signedIn(pmo))
        .with(csrf())
        .param("name", name)
        .param("objective", "NPV")
        .param("candidateIds", ids(candidates))
        .param("budgetLimits", "2027 = 100")
        .param("timeLimitSeconds", "5")
        .param("frontierLevels", "3");
  }

  private static String[] ids(long... ids) {
    return java.util.Arrays.stream(ids).mapToObj(String::valueOf).toArray(String[]::new);
  }

  @Test
  void rules_are_picked_from_the_candidates_and_each_element_is_checked() throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    CurrentUser me = current(pmoUser);
    Four p = four(me);

    mvc.perform(get("/portfolio/scenarios/new").with(signedIn(pmoUser)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"exclusiveGroups0.proposalIds\"")))
        .andExpect(content().string(containsString("id=\"prerequisites1.requiredId\"")))
        .andExpect(content().string(containsString(p.a().code() + " " + p.a().title())))
        .andExpect(content().string(containsString("Ignore committed spend")))
        .andExpect(content().string(not(containsString("placeholder=\"CRM: PRO-0003"))));

    // A group of one, a group without a name, a half prerequisite, a tampered rule: each says so.
    mvc.perform(
            form(pmoUser, p, "Broken " + unique())
                .param("exclusiveGroups[0].name", "Platform")
                .param("exclusiveGroups[0].proposalIds", ids(p.a().id()))
                .param("exclusiveGroups[1].proposalIds", ids(p.b().id(), p.c().id()))
                .param("prerequisites[0].requiredId", ids(p.a().id()))
                .param("rules[" + p.a().id() + "]", "ALWAYS"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("The scenario was not saved"),
                        containsString(
                            "Mutually exclusive groups: Pick two or more candidates, of which at"
                                + " most one may be selected."),
                        containsString("Mutually exclusive groups: Name the group."),
                        containsString(
                            "Prerequisites: Pick both the proposal and the proposal it needs."),
                        containsString(
                            "Choose optional, must include or must exclude for each"
                                + " candidate."))));
    // A proposal picked in a rule must be one of the ticked candidates.
    mvc.perform(
            form(pmoUser, "Outside " + unique(), p.a().id(), p.c().id())
                .param("exclusiveGroups[0].name", "Platform")
                .param("exclusiveGroups[0].proposalIds", ids(p.a().id(), p.b().id())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("is not one of the scenario&#39;s candidates")));
    // Not a number where an id belongs: a message on the form, not an error page.
    mvc.perform(
            form(pmoUser, p, "Letters " + unique())
                .param("prerequisites[0].dependentId", "first")
                .param("prerequisites[0].requiredId", ids(p.a().id())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The scenario was not saved")));

    String name = "Picked " + unique();
    MvcResult created =
        mvc.perform(
                form(pmoUser, p, name)
                    .param("ignoreCommittedSpend", "true")
                    .param("exclusiveGroups[0].name", "Platform")
                    .param("exclusiveGroups[0].proposalIds", ids(p.c().id(), p.d().id()))
                    .param("exclusiveGroups[1].name", "")
                    .param("prerequisites[0].dependentId", ids(p.b().id()))
                    .param("prerequisites[0].requiredId", ids(p.a().id()))
                    .param("prerequisites[1].dependentId", ""))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String location = created.getResponse().getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    ScenarioData saved = scenarioService.get(id, me).definition();
    assertThat(saved.exclusiveGroups())
        .containsExactly(new ScenarioData.Group("Platform", List.of(p.c().id(), p.d().id())));
    assertThat(saved.prerequisites())
        .containsExactly(new ScenarioData.Requirement(p.b().id(), p.a().id()));
    assertThat(saved.ignoresCommittedSpend()).isTrue();

    // The edit form shows the picks selected, and a stale save says so next to the input.
    mvc.perform(get(location + "/edit").with(signedIn(pmoUser)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString("<option value=\"" + p.c().id() + "\" selected=\"selected\">")))
        .andExpect(content().string(containsString("value=\"Platform\"")));
    for (int attempt = 0; attempt < 2; attempt++) {
      mvc.perform(
              post(location + "/edit")
                  .with(signedIn(pmoUser))
                  .with(csrf())
                  .param("name", name)
                  .param("objective", "NPV")
                  .param("version", "0")
                  .param("budgetLimits", "2027 = 9" + attempt))
          .andExpect(attempt == 0 ? status().is3xxRedirection() : status().isOk())
          .andExpect(
              attempt == 0
                  ? content().string("")
                  : content().string(containsString("Someone else changed this scenario")));
    }
  }

  @Test
  void the_scenario_page_shows_committed_spend_why_candidates_are_left_out_and_asks_why_unscored()
      throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    CurrentUser me = current(pmoUser);
    Four p = four(me);
    committed.commit(LocalDate.of(2027, 5, 1), 40, "EUR");
    long id =
        scenarioService.create(npvScenario("Page " + unique(), p.ids(), 100, List.of()), me).id();
    awaitRun(pmoUser, id, scenarioService.startRun(id, null, me).id());
    String location = "/portfolio/scenarios/" + id;

    mvc.perform(get(location).with(signedIn(pmoUser)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"budget-table\"")))
        .andExpect(content().string(containsString("<td class=\"num\">40</td>")))
        .andExpect(content().string(containsString("<td class=\"num\">60</td>")))
        .andExpect(content().string(containsString("id=\"left-out-" + p.b().code() + "\"")))
        .andExpect(content().string(containsString("Budget 2027: needs 40, 0 left.")))
        .andExpect(content().string(containsString("if the Budget 2027 limit were 40 higher")))
        .andExpect(content().string(containsString("id=\"commit-unscored\"")))
        .andExpect(content().string(containsString(p.a().code() + " has no score yet.")));

    long version = scenarioService.get(id, me).version();
    long runId = scenarioService.get(id, me).latestRun().id();
    mvc.perform(
            post(location + "/commit")
                .with(signedIn(pmoUser))
                .with(csrf())
                .param("runId", String.valueOf(runId))
                .param("version", String.valueOf(version))
                .param("rationale", "Best use of what is left in 2027"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("problem", containsString("no score yet")));
    assertThat(scenarioService.get(id, me).committed()).isFalse();

    mvc.perform(
            post(location + "/commit")
                .with(signedIn(pmoUser))
                .with(csrf())
                .param("runId", String.valueOf(runId))
                .param("version", String.valueOf(version))
                .param("rationale", "Best use of what is left in 2027")
                .param("missingScoresReason", "The scoring panel meets after the board"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", containsString("Committed")));
    ScenarioView done = scenarioService.get(id, me);
    assertThat(done.unscoredProposals()).isEqualTo(p.a().code());
    assertThat(done.unscoredReason()).isEqualTo("The scoring panel meets after the board");
    mvc.perform(get(location).with(signedIn(pmoUser)))
        .andExpect(
            content()
                .string(
                    containsString(
                        "Committed without the scores of "
                            + p.a().code()
                            + ": The scoring panel meets after the board")));
  }

  @Test
  void the_comparison_tells_not_a_candidate_from_not_selected_and_values_of_other_objectives_apart()
      throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    CurrentUser me = current(pmoUser);
    Four p = four(me);
    long npv =
        scenarioService
            .create(
                npvScenario("NPV " + unique(), List.of(p.a().id(), p.b().id()), 60, List.of()), me)
            .id();
    ScenarioData byScore =
        new ScenarioData(
            "Score " + unique(),
            null,
            List.of(p.a().id(), p.c().id()),
            Objective.SCORE,
            null,
            List.of(new ScenarioData.PeriodLimit("2027", BigDecimal.valueOf(100))),
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            5,
            3,
            null,
            null);
    long score = scenarioService.create(byScore, me).id();
    long npvToo =
        scenarioService
            .create(
                npvScenario("NPV too " + unique(), List.of(p.a().id(), p.b().id()), 100, List.of()),
                me)
            .id();
    for (long id : List.of(npv, score, npvToo)) {
      awaitRun(pmoUser, id, scenarioService.startRun(id, null, me).id());
    }
    UserSummary executive = user(Role.EXECUTIVE);

    String page =
        mvc.perform(
                get("/portfolio/scenarios/compare")
                    .with(signedIn(executive))
                    .param("ids", String.valueOf(npv), String.valueOf(score)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("id=\"objectives-differ\"")
        .contains("Value, in its own objective")
        .contains("(Net present value)")
        .contains("(Weighted score)");
    // With 60 in 2027 the NPV scenario selects Alpha over Bravo; the score scenario could not
    // choose Bravo at all, and the NPV scenario not Charlie.
    assertThat(row(page, p.a().code())).contains("<td>Selected</td>");
    assertThat(row(page, p.b().code()))
        .contains("<td>Not selected</td>")
        .contains("<td class=\"muted\">Not a candidate</td>");
    assertThat(row(page, p.c().code())).contains("<td class=\"muted\">Not a candidate</td>");

    mvc.perform(
            get("/portfolio/scenarios/compare")
                .with(signedIn(executive))
                .param("ids", String.valueOf(npv), String.valueOf(npvToo)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("objectives-differ"))))
        .andExpect(content().string(containsString("<th scope=\"row\">Value</th>")));
  }

  /** The comparison row of one proposal. */
  private static String row(String page, String code) {
    int start = page.indexOf("id=\"compare-" + code + "\"");
    assertThat(start).as("row of " + code).isPositive();
    return page.substring(start, page.indexOf("</tr>", start));
  }
}
