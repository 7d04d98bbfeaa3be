package org.cairnpmo.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.portfolio.domain.ApprovalData;
import org.cairnpmo.portfolio.domain.CriteriaSetData;
import org.cairnpmo.portfolio.domain.JudgementsData;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.cairnpmo.portfolio.domain.ScoreSheetData;
import org.cairnpmo.portfolio.domain.ScorersData;
import org.cairnpmo.portfolio.domain.TriageData;
import org.cairnpmo.portfolio.domain.WeightingMethod;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The whole intake path through the API: a person proposes with a business case, the PMO triages,
 * two scorers score, the ranking shows the proposal, the PMO approves, and the project appears in
 * the register.
 */
class IntakeToProjectApiTest extends PortfolioFixtures {

  private static final String API = "/api/v1/portfolio";

  private JsonNode ok(MvcResult result) throws Exception {
    assertThat(result.getResponse().getStatus())
        .as(result.getResponse().getContentAsString())
        .isBetween(200, 201);
    return read(result);
  }

  private static String etag(JsonNode body) {
    return "\"" + body.get("version").asLong() + "\"";
  }

  private JsonNode postJson(String path, UserSummary user, String ifMatch, Object body)
      throws Exception {
    var request = post(path).with(as(user)).contentType(MediaType.APPLICATION_JSON);
    if (ifMatch != null) request = request.header(HttpHeaders.IF_MATCH, ifMatch);
    if (body != null) request = request.content(write(body));
    return ok(mvc.perform(request).andReturn());
  }

  private JsonNode putJson(String path, UserSummary user, String ifMatch, Object body)
      throws Exception {
    return ok(
        mvc.perform(
                put(path)
                    .with(as(user))
                    .header(HttpHeaders.IF_MATCH, ifMatch)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(body)))
            .andReturn());
  }

  @Test
  void a_proposal_goes_from_intake_through_scoring_and_ranking_to_the_project_register()
      throws Exception {
    UserSummary pmo = user(Role.PMO);
    UserSummary author = user(Role.MEMBER);
    UserSummary sponsor = user(Role.EXECUTIVE);
    UserSummary scorerA = user(Role.MEMBER);
    UserSummary scorerB = user(Role.PROJECT_MANAGER);
    var department = department();

    // The PMO defines a criteria set weighted by pairwise comparison and activates it.
    JsonNode set =
        postJson(
            API + "/criteria-sets",
            pmo,
            null,
            new CriteriaSetData(
                "Drivers " + unique(),
                "Business drivers",
                WeightingMethod.PAIRWISE,
                List.of(
                    new CriteriaSetData.Criterion(null, "Strategic fit", null, 1, 5, null),
                    new CriteriaSetData.Criterion(null, "Customer value", null, 0, 10, null)),
                null));
    long fit = set.get("criteria").get(0).get("id").asLong();
    long value = set.get("criteria").get(1).get("id").asLong();
    set =
        putJson(
            API + "/criteria-sets/" + set.get("id").asLong() + "/judgements",
            pmo,
            etag(set),
            new JudgementsData(List.of(new JudgementsData.Judgement(value, fit, 3.0)), null));
    assertThat(set.get("criteria").get(0).get("weight").asDouble()).isCloseTo(0.25, within());
    assertThat(set.get("ahp").get("consistent").asBoolean()).isTrue();
    set =
        postJson(
            API + "/criteria-sets/" + set.get("id").asLong() + "/activate", pmo, etag(set), null);
    assertThat(set.get("status").asString()).isEqualTo("ACTIVE");

    // Anyone signed in proposes, with costs and benefits by year.
    ProposalData base = proposalData("Self-service portal " + unique());
    ProposalData data =
        new ProposalData(
            base.title(),
            base.problem(),
            base.scope(),
            sponsor.id(),
            department.id(),
            new BigDecimal("10"),
            "EUR",
            null,
            null,
            List.of(),
            base.options(),
            List.of(new ProposalData.CostLine("2027", new BigDecimal("1000"), null)),
            List.of(
                new ProposalData.BenefitLine("2028", new BigDecimal("500")),
                new ProposalData.BenefitLine("2029", new BigDecimal("500")),
                new ProposalData.BenefitLine("2030", new BigDecimal("500"))),
            base.risks(),
            base.resourceDemand(),
            List.of(),
            null);
    MvcResult created =
        mvc.perform(
                post(API + "/proposals")
                    .with(as(author))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(data)))
            .andExpect(status().isCreated())
            .andExpect(header().string(HttpHeaders.LOCATION, containsString(API + "/proposals/")))
            .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
            .andExpect(jsonPath("$.status").value("DRAFT"))
            .andExpect(jsonPath("$.businessCase.npv").value(closeTo(243.43, 0.001)))
            .andExpect(jsonPath("$.businessCase.irr.kind").value("UNIQUE"))
            .andExpect(jsonPath("$.businessCase.irr.ratePercent").value(closeTo(23.38, 0.001)))
            .andExpect(jsonPath("$.businessCase.payback.years").value(closeTo(2.0, 0.001)))
            .andExpect(jsonPath("$.businessCase.roiPercent").value(closeTo(50.0, 0.001)))
            .andExpect(jsonPath("$.permissions.submit").value(true))
            .andReturn();
    JsonNode proposal = read(created);
    long id = proposal.get("id").asLong();
    String code = proposal.get("code").asString();

    mvc.perform(get(API + "/proposals/" + id + "/business-case").with(as(author)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.periods", hasSize(4)))
        .andExpect(jsonPath("$.discountedPayback.paysBack").value(true));

    proposal = postJson(API + "/proposals/" + id + "/submit", author, etag(proposal), null);
    assertThat(proposal.get("status").asString()).isEqualTo("SUBMITTED");

    // The PMO triages: under evaluation, bound to the active set, which is now frozen.
    proposal =
        postJson(
            API + "/proposals/" + id + "/triage",
            pmo,
            etag(proposal),
            new TriageData(ProposalStatus.UNDER_EVALUATION, null, null));
    assertThat(proposal.get("criteriaSetId").asLong()).isEqualTo(set.get("id").asLong());
    mvc.perform(get(API + "/criteria-sets/" + set.get("id").asLong()).with(as(pmo)))
        .andExpect(jsonPath("$.frozen").value(true))
        .andExpect(jsonPath("$.editable").value(false));

    JsonNode evaluation =
        postJson(
            API + "/proposals/" + id + "/scorers",
            pmo,
            null,
            new ScorersData(List.of(scorerA.id(), scorerB.id())));
    assertThat(evaluation.get("assignedSheets").asInt()).isEqualTo(2);

    // Each scorer sees and fills only their own sheet, then submits it.
    for (var scorer :
        List.of(Map.entry(scorerA, List.of(5, 8)), Map.entry(scorerB, List.of(3, 8)))) {
      JsonNode sheet =
          ok(
              mvc.perform(get(API + "/proposals/" + id + "/scores/mine").with(as(scorer.getKey())))
                  .andReturn());
      assertThat(sheet.get("rows")).hasSize(2);
      assertThat(sheet.get("editable").asBoolean()).isTrue();
      sheet =
          putJson(
              API + "/proposals/" + id + "/scores/mine",
              scorer.getKey(),
              etag(sheet),
              new ScoreSheetData(
                  List.of(
                      new ScoreSheetData.Entry(fit, scorer.getValue().get(0), "Fits the plan"),
                      new ScoreSheetData.Entry(value, scorer.getValue().get(1), null)),
                  null));
      sheet =
          postJson(
              API + "/proposals/" + id + "/scores/mine/submit", scorer.getKey(), etag(sheet), null);
      assertThat(sheet.get("status").asString()).isEqualTo("SUBMITTED");
      assertThat(sheet.get("editable").asBoolean()).isFalse();
    }

    // The PMO sees every sheet, the weighted score and the disagreement on strategic fit.
    // Fit: mean 4 on 1–5 → 0.75, weight 0.25; value: mean 8 on 0–10 → 0.8, weight 0.75 → 78.75.
    mvc.perform(get(API + "/proposals/" + id + "/scores").with(as(pmo)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.weightedScore").value(closeTo(78.75, 1e-9)))
        .andExpect(jsonPath("$.submittedSheets").value(2))
        .andExpect(jsonPath("$.sheets", hasSize(2)))
        .andExpect(jsonPath("$.criteria[0].disagreement").value(true))
        .andExpect(jsonPath("$.criteria[0].min").value(3))
        .andExpect(jsonPath("$.criteria[0].max").value(5))
        .andExpect(jsonPath("$.criteria[0].standardDeviation").value(closeTo(1.0, 1e-9)))
        .andExpect(jsonPath("$.criteria[1].disagreement").value(false));

    JsonNode ranking =
        ok(mvc.perform(get(API + "/ranking").with(as(sponsor)).param("size", "200")).andReturn());
    JsonNode entry =
        ranking
            .get("content")
            .valueStream()
            .filter(e -> e.get("proposalId").asLong() == id)
            .findFirst()
            .orElseThrow();
    assertThat(entry.get("weightedScore").asDouble()).isCloseTo(78.75, within());
    assertThat(entry.get("rank").asInt()).isPositive();
    assertThat(entry.get("disagreements").asLong()).isEqualTo(1);

    // Approval: the project register takes the proposal up, right after the approval commits.
    proposal = ok(mvc.perform(get(API + "/proposals/" + id).with(as(pmo))).andReturn());
    // A template the approval names must be one a project can be made from.
    mvc.perform(
            post(API + "/proposals/" + id + "/approve")
                .with(as(pmo))
                .header(HttpHeaders.IF_MATCH, etag(proposal))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    write(new ApprovalData("With a template", null, true, null, 999_999_999L))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("templateId"));
    proposal =
        postJson(
            API + "/proposals/" + id + "/approve",
            pmo,
            etag(proposal),
            new ApprovalData("Top of the ranking", null, true, null));
    assertThat(proposal.get("status").asString()).isEqualTo("APPROVED");

    JsonNode project = awaitProject(data.title(), pmo);
    assertThat(project.get("code").asString()).isEqualTo(department.code() + "-2027-01");
    assertThat(project.get("description").asString()).isEqualTo(data.problem());
    assertThat(project.get("origin").get("proposalId").asLong()).isEqualTo(id);
    assertThat(project.get("origin").get("proposalCode").asString()).isEqualTo(code);
    assertThat(project.get("status").asString()).isEqualTo("PROPOSED");
    assertThat(project.get("sponsorId").asLong()).isEqualTo(sponsor.id());
    assertThat(project.get("departmentId").asLong()).isEqualTo(department.id());
    assertThat(project.get("budgetAmount").decimalValue()).isEqualByComparingTo("1000");
    assertThat(project.get("budgetCurrency").asString()).isEqualTo("EUR");
    assertThat(project.get("plannedStart").asString()).isEqualTo("2027-01-01");
    assertThat(project.get("plannedFinish").asString()).isEqualTo("2030-12-31");
    assertThat(project.get("managerId").isNull()).isTrue();
    assertThat(project.get("createdBy").asString()).isEqualTo("system");

    // On the dashboard the project's value is its proposal's weighted score.
    JsonNode row = awaitDashboardRow(department.id(), pmo);
    assertThat(row.get("valueBasis").asString()).isEqualTo("PROPOSAL");
    assertThat(row.get("value").asDouble())
        .isCloseTo(78.75, org.assertj.core.data.Offset.offset(0.01));
  }

  private JsonNode awaitDashboardRow(long departmentId, UserSummary pmo) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)) {
      JsonNode page =
          read(
              mvc.perform(
                      get("/api/v1/portfolio/dashboard")
                          .with(as(pmo))
                          .param("department", String.valueOf(departmentId)))
                  .andReturn());
      if (page.get("totalElements").asLong() > 0
          && "PROPOSAL".equals(page.get("content").get(0).get("valueBasis").asString())) {
        return page.get("content").get(0);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("The project's dashboard row has no value from its proposal");
  }

  private JsonNode awaitProject(String name, UserSummary pmo) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)) {
      JsonNode page =
          read(mvc.perform(get("/api/v1/projects").with(as(pmo)).param("q", name)).andReturn());
      if (page.get("totalElements").asLong() > 0) {
        return page.get("content").get(0);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No project " + name + " appeared in the register");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
