package org.cairnpmo.portfolio.selection;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.portfolio.PortfolioFixtures;
import org.cairnpmo.portfolio.domain.DemandUnit;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.cairnpmo.portfolio.domain.TriageData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Proposals under evaluation with a known cost in 2027 and a benefit in 2028, for scenarios. */
abstract class SelectionFixtures extends PortfolioFixtures {

  protected static final String API = "/api/v1/portfolio/scenarios";

  @Autowired protected ProposalService proposalService;

  protected JsonNode create(UserSummary pmo, ScenarioData data) throws Exception {
    MvcResult result =
        mvc.perform(
                post(API)
                    .with(as(pmo))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(write(data)))
            .andExpect(status().isCreated())
            .andExpect(header().string(HttpHeaders.LOCATION, containsString(API + "/")))
            .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
            .andReturn();
    return read(result);
  }

  protected JsonNode startRun(UserSummary pmo, long scenarioId) throws Exception {
    MvcResult result =
        mvc.perform(post(API + "/" + scenarioId + "/runs").with(as(pmo)))
            .andExpect(status().isAccepted())
            .andExpect(header().string(HttpHeaders.LOCATION, containsString("/runs/")))
            .andReturn();
    return read(result);
  }

  protected JsonNode awaitRun(UserSummary user, long scenarioId, long runId) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      JsonNode run = read(fetch(API + "/" + scenarioId + "/runs/" + runId, user));
      String s = run.get("status").asString();
      if (!s.equals("QUEUED") && !s.equals("RUNNING")) {
        return run;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Run " + runId + " did not end");
  }

  protected record Four(ProposalView a, ProposalView b, ProposalView c, ProposalView d) {
    List<Long> ids() {
      return List.of(a.id(), b.id(), c.id(), d.id());
    }
  }

  /**
   * Costs 60, 40, 30, 30 in 2027; benefits 150, 95, 70, 72 in 2028. With a 2027 budget of 100 the
   * best NPV is A+B (A+C, A+D and B+C+D are worth less; all four do not fit).
   */
  protected Four four(CurrentUser pmo) {
    activeDirectSet(pmo);
    return new Four(
        evaluated("Alpha", 60, 150, pmo),
        evaluated("Bravo", 40, 95, pmo),
        evaluated("Charlie", 30, 70, pmo),
        evaluated("Delta", 30, 72, pmo));
  }

  /** A proposal under evaluation: capex in 2027, one benefit in 2028, 1 developer FTE in 2027. */
  protected ProposalView evaluated(String title, int cost2027, int benefit2028, CurrentUser pmo) {
    ProposalData data =
        new ProposalData(
            title + " " + unique(),
            "A problem worth solving.",
            "A scope.",
            null,
            null,
            new BigDecimal("10"),
            "EUR",
            null,
            null,
            List.of(),
            List.of(),
            List.of(new ProposalData.CostLine("2027", BigDecimal.valueOf(cost2027), null)),
            List.of(new ProposalData.BenefitLine("2028", BigDecimal.valueOf(benefit2028))),
            List.of(),
            List.of(
                new ProposalData.ResourceDemand(
                    "Developer", "2027", BigDecimal.ONE, DemandUnit.FTE)),
            List.of(),
            null);
    ProposalView p = proposalService.create(data, pmo);
    p = proposalService.submit(p.id(), p.version(), pmo);
    p =
        proposalService.triage(
            p.id(), new TriageData(ProposalStatus.UNDER_EVALUATION, null, null), p.version(), pmo);
    return p;
  }

  /** A scenario body maximizing NPV over {@code candidates} with a 2027 budget. */
  protected static ScenarioData npvScenario(
      String name, List<Long> candidates, int budget2027, List<Long> mustInclude) {
    return new ScenarioData(
        name,
        null,
        candidates,
        Objective.NPV,
        null,
        List.of(new ScenarioData.PeriodLimit("2027", BigDecimal.valueOf(budget2027))),
        null,
        List.of(),
        mustInclude,
        List.of(),
        List.of(),
        List.of(),
        5,
        5,
        null,
        null);
  }

  /** The same scenario with its budget limits taken as they stand, committed spend ignored. */
  protected static ScenarioData ignoringCommittedSpend(ScenarioData d) {
    return new ScenarioData(
        d.name(),
        d.description(),
        d.candidateIds(),
        d.objective(),
        d.alpha(),
        d.budgetLimits(),
        d.totalBudget(),
        d.capacityLimits(),
        d.mustInclude(),
        d.mustExclude(),
        d.exclusiveGroups(),
        d.prerequisites(),
        d.timeLimitSeconds(),
        d.frontierLevels(),
        d.version(),
        true);
  }
}
