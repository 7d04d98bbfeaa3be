package org.cairnpmo.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.portfolio.domain.CriteriaSetData;
import org.cairnpmo.portfolio.domain.EvaluationService;
import org.cairnpmo.portfolio.domain.JudgementsData;
import org.cairnpmo.portfolio.domain.ObjectiveData;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.cairnpmo.portfolio.domain.ScoreSheetData;
import org.cairnpmo.portfolio.domain.ScorersData;
import org.cairnpmo.portfolio.domain.TriageData;
import org.cairnpmo.portfolio.domain.WeightingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what in the portfolio API. A proposal the caller may not see answers exactly like one
 * that does not exist (404); what the caller may see but not do answers 403; both in problem+json.
 */
class PortfolioAccessApiTest extends PortfolioFixtures {

  private static final String API = "/api/v1/portfolio";

  @Autowired ProposalService proposals;
  @Autowired EvaluationService evaluation;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET,/objectives",
    "POST,/objectives",
    "GET,/objectives/1",
    "PUT,/objectives/1",
    "GET,/criteria-sets",
    "GET,/criteria-sets/active",
    "POST,/criteria-sets",
    "GET,/criteria-sets/1",
    "PUT,/criteria-sets/1",
    "PUT,/criteria-sets/1/judgements",
    "POST,/criteria-sets/1/activate",
    "POST,/criteria-sets/1/copy",
    "GET,/proposals",
    "POST,/proposals",
    "GET,/proposals/1",
    "PUT,/proposals/1",
    "GET,/proposals/1/business-case",
    "GET,/proposals/1/business-case.pdf",
    "POST,/proposals/1/submit",
    "POST,/proposals/1/withdraw",
    "POST,/proposals/1/triage",
    "POST,/proposals/1/approve",
    "POST,/proposals/1/scorers",
    "DELETE,/proposals/1/scorers/2",
    "GET,/proposals/1/scores",
    "GET,/proposals/1/scores/mine",
    "PUT,/proposals/1/scores/mine",
    "POST,/proposals/1/scores/mine/submit",
    "GET,/scores/mine",
    "GET,/ranking",
    "GET,/ranking.xlsx"
  })
  void every_endpoint_answers_401_problem_json_without_credentials(String method, String path)
      throws Exception {
    mvc.perform(
            MockMvcRequestBuilders.request(HttpMethod.valueOf(method), API + path)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
  }

  private ResultActions call(
      HttpMethod method, String path, UserSummary user, Object body, String ifMatch)
      throws Exception {
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.request(method, API + path).with(as(user));
    if (body != null) {
      request = request.contentType(MediaType.APPLICATION_JSON).content(write(body));
    }
    if (ifMatch != null) {
      request = request.header(HttpHeaders.IF_MATCH, ifMatch);
    }
    return mvc.perform(request);
  }

  private void expectProblem(ResultActions result, int status) throws Exception {
    result.andExpect(status().is(status)).andExpect(content().contentTypeCompatibleWith(PROBLEM));
  }

  @Test
  void only_the_pmo_and_administrators_change_objectives_and_criteria_sets_everyone_reads_them()
      throws Exception {
    UserSummary pmo = user(Role.PMO);
    var objective =
        strategy.defineObjective(
            new ObjectiveData("Grow " + unique(), null, pmo.id(), "+10 %", null, null, null),
            current(pmo));
    var set = activeDirectSet(current(pmo));
    var objectiveBody = new ObjectiveData("Grow more", null, null, null, null, null, 0L);
    var setBody =
        new CriteriaSetData(
            "S",
            null,
            WeightingMethod.DIRECT,
            List.of(new CriteriaSetData.Criterion(null, "A", null, 1, 5, BigDecimal.ONE)),
            0L);
    var judgements = new JudgementsData(List.of(), 0L);

    for (Role role :
        List.of(Role.MEMBER, Role.EXECUTIVE, Role.PROJECT_MANAGER, Role.RESOURCE_MANAGER)) {
      UserSummary someone = user(role);
      call(HttpMethod.GET, "/objectives", someone, null, null).andExpect(status().isOk());
      call(HttpMethod.GET, "/objectives/" + objective.id(), someone, null, null)
          .andExpect(status().isOk());
      call(HttpMethod.GET, "/criteria-sets", someone, null, null).andExpect(status().isOk());
      call(HttpMethod.GET, "/criteria-sets/" + set.id(), someone, null, null)
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.editable").value(false));
      call(HttpMethod.GET, "/criteria-sets/active", someone, null, null).andExpect(status().isOk());
      expectProblem(call(HttpMethod.POST, "/objectives", someone, objectiveBody, null), 403);
      expectProblem(
          call(HttpMethod.PUT, "/objectives/" + objective.id(), someone, objectiveBody, "\"0\""),
          403);
      expectProblem(call(HttpMethod.POST, "/criteria-sets", someone, setBody, null), 403);
      expectProblem(
          call(HttpMethod.PUT, "/criteria-sets/" + set.id(), someone, setBody, "\"0\""), 403);
      expectProblem(
          call(
              HttpMethod.PUT,
              "/criteria-sets/" + set.id() + "/judgements",
              someone,
              judgements,
              "\"0\""),
          403);
      expectProblem(
          call(HttpMethod.POST, "/criteria-sets/" + set.id() + "/activate", someone, null, "\"0\""),
          403);
      expectProblem(
          call(HttpMethod.POST, "/criteria-sets/" + set.id() + "/copy", someone, null, null), 403);
    }
    UserSummary admin = user(Role.ADMIN);
    call(HttpMethod.POST, "/criteria-sets/" + set.id() + "/copy", admin, null, null)
        .andExpect(status().isCreated());
    expectProblem(call(HttpMethod.GET, "/objectives/999999999", admin, null, null), 404);
  }

  @Test
  void a_proposal_is_seen_by_its_author_sponsor_scorers_and_the_portfolio_readers_only()
      throws Exception {
    UserSummary pmo = user(Role.PMO);
    UserSummary author = user(Role.MEMBER);
    UserSummary sponsor = user(Role.MEMBER);
    UserSummary outsider = user(Role.PROJECT_MANAGER);
    UserSummary executive = user(Role.EXECUTIVE);
    ProposalData base = proposalData("Visible " + unique());
    ProposalData data =
        new ProposalData(
            base.title(),
            base.problem(),
            base.scope(),
            sponsor.id(),
            null,
            base.discountRatePercent(),
            base.currency(),
            null,
            null,
            base.objectives(),
            base.options(),
            base.costs(),
            base.benefits(),
            base.risks(),
            base.resourceDemand(),
            base.dependencies(),
            null);
    ProposalView draft = proposals.create(data, current(author));
    String path = "/proposals/" + draft.id();

    for (UserSummary reader : List.of(author, sponsor, executive, pmo)) {
      call(HttpMethod.GET, path, reader, null, null).andExpect(status().isOk());
      call(HttpMethod.GET, path + "/business-case", reader, null, null).andExpect(status().isOk());
    }
    // The outsider learns nothing: every call answers as for a proposal that does not exist.
    expectProblem(call(HttpMethod.GET, path, outsider, null, null), 404);
    expectProblem(call(HttpMethod.GET, path + "/business-case", outsider, null, null), 404);
    expectProblem(call(HttpMethod.PUT, path, outsider, data, "\"0\""), 404);
    expectProblem(call(HttpMethod.POST, path + "/submit", outsider, null, "\"0\""), 404);
    expectProblem(call(HttpMethod.POST, path + "/withdraw", outsider, null, "\"0\""), 404);
    expectProblem(call(HttpMethod.GET, path + "/scores", outsider, null, null), 404);
    expectProblem(call(HttpMethod.GET, "/proposals/999999999", pmo, null, null), 404);
    JsonNode listed =
        read(
            call(HttpMethod.GET, "/proposals?size=200&q=" + draft.code(), outsider, null, null)
                .andReturn());
    assertThat(listed.get("totalElements").asLong()).isZero();
    listed =
        read(call(HttpMethod.GET, "/proposals?q=" + draft.code(), sponsor, null, null).andReturn());
    assertThat(listed.get("totalElements").asLong()).isEqualTo(1);

    // Only the author shapes and submits the draft.
    expectProblem(call(HttpMethod.PUT, path, sponsor, data, "\"0\""), 403);
    expectProblem(call(HttpMethod.PUT, path, pmo, data, "\"0\""), 403);
    expectProblem(call(HttpMethod.POST, path + "/submit", sponsor, null, "\"0\""), 403);
    expectProblem(call(HttpMethod.POST, path + "/withdraw", sponsor, null, "\"0\""), 403);
    call(HttpMethod.POST, path + "/submit", author, null, "\"0\"").andExpect(status().isOk());
    expectProblem(call(HttpMethod.PUT, path, author, data, "\"1\""), 409);

    // Only the PMO and administrators triage and approve.
    var triage = new TriageData(ProposalStatus.UNDER_EVALUATION, null, null);
    for (UserSummary notPmo : List.of(author, sponsor, executive)) {
      expectProblem(call(HttpMethod.POST, path + "/triage", notPmo, triage, "\"1\""), 403);
      expectProblem(call(HttpMethod.POST, path + "/approve", notPmo, null, "\"1\""), 403);
    }
    activeDirectSet(current(pmo));
    call(HttpMethod.POST, path + "/triage", user(Role.ADMIN), triage, "\"1\"")
        .andExpect(status().isOk());

    // Scorers: assigned by the PMO; they see the proposal and only their own scores.
    UserSummary scorer = user(Role.MEMBER);
    UserSummary otherScorer = user(Role.MEMBER);
    var scorers = new ScorersData(List.of(scorer.id(), otherScorer.id()));
    expectProblem(call(HttpMethod.POST, path + "/scorers", executive, scorers, null), 403);
    expectProblem(call(HttpMethod.POST, path + "/scorers", author, scorers, null), 403);
    call(HttpMethod.POST, path + "/scorers", pmo, scorers, null).andExpect(status().isOk());
    call(HttpMethod.GET, path, scorer, null, null).andExpect(status().isOk());
    JsonNode sheet =
        read(call(HttpMethod.GET, path + "/scores/mine", scorer, null, null).andReturn());
    assertThat(sheet.get("scorerId").asLong()).isEqualTo(scorer.id());
    long criterion = sheet.get("rows").get(0).get("criterionId").asLong();
    call(
            HttpMethod.PUT,
            path + "/scores/mine",
            scorer,
            new ScoreSheetData(List.of(new ScoreSheetData.Entry(criterion, 4, "ok")), null),
            "\"" + sheet.get("version").asLong() + "\"")
        .andExpect(status().isOk());
    JsonNode other =
        read(call(HttpMethod.GET, path + "/scores/mine", otherScorer, null, null).andReturn());
    assertThat(other.get("rows").get(0).get("value").isNull()).isTrue();
    for (UserSummary notReader : List.of(scorer, author, sponsor)) {
      expectProblem(call(HttpMethod.GET, path + "/scores", notReader, null, null), 403);
    }
    expectProblem(call(HttpMethod.GET, path + "/scores/mine", author, null, null), 404);
    expectProblem(call(HttpMethod.GET, path + "/scores/mine", pmo, null, null), 404);
    expectProblem(
        call(
            HttpMethod.PUT,
            path + "/scores/mine",
            outsider,
            new ScoreSheetData(List.of(), null),
            "\"0\""),
        404);
    call(HttpMethod.GET, path + "/scores", executive, null, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sheets.length()").value(2));
    call(HttpMethod.GET, path + "/scores", pmo, null, null).andExpect(status().isOk());
    expectProblem(
        call(HttpMethod.DELETE, path + "/scorers/" + otherScorer.id(), executive, null, null), 403);
    mvc.perform(delete(API + path + "/scorers/" + otherScorer.id()).with(as(pmo)))
        .andExpect(status().isNoContent());
    expectProblem(call(HttpMethod.GET, path + "/scores/mine", otherScorer, null, null), 404);

    // The ranking is for the PMO, administrators and executives.
    for (UserSummary notReader : List.of(scorer, author, outsider)) {
      expectProblem(call(HttpMethod.GET, "/ranking", notReader, null, null), 403);
    }
    call(HttpMethod.GET, "/ranking", executive, null, null).andExpect(status().isOk());
    call(HttpMethod.GET, "/scores/mine", scorer, null, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].proposalId").value(draft.id()));
  }
}
