package org.cairnpmo.portfolio.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.portfolio.domain.DemandUnit;
import org.cairnpmo.portfolio.domain.DependencyKind;
import org.cairnpmo.portfolio.domain.ProposalData;
import org.cairnpmo.portfolio.domain.ProposalStatus;
import org.cairnpmo.portfolio.domain.ProposalView;
import org.cairnpmo.portfolio.domain.TriageData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A scenario over proposals that record dependencies: the needs become prerequisites, a need that
 * the scenario cannot meet excludes the dependent, and the scenario page says which is which.
 */
class DependencyScenarioTest extends SelectionFixtures {

  private static final String API = "/api/v1/portfolio/scenarios";

  @Autowired ScenarioService scenarioService;

  /** Like {@link #evaluated}, with dependencies recorded on the proposal. */
  private ProposalView needing(
      String title, int cost2027, int benefit2028, CurrentUser pmo, ProposalData.Dependency... d) {
    ProposalView p = submitted(title, cost2027, benefit2028, pmo, d);
    return proposalService.triage(
        p.id(), new TriageData(ProposalStatus.UNDER_EVALUATION, null, null), p.version(), pmo);
  }

  private ProposalView submitted(
      String title, int cost2027, int benefit2028, CurrentUser pmo, ProposalData.Dependency... d) {
    ProposalData data =
        new ProposalData(
            title + " " + unique(),
            "A problem.",
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
            List.of(d),
            null);
    ProposalView p = proposalService.create(data, pmo);
    return proposalService.submit(p.id(), p.version(), pmo);
  }

  private static ProposalData.Dependency on(ProposalView p) {
    return new ProposalData.Dependency(DependencyKind.PROPOSAL, p.id(), null);
  }

  @Test
  void needs_between_candidates_constrain_the_selection_and_unmet_needs_exclude() throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    CurrentUser me = current(pmoUser);
    activeDirectSet(me);
    ProposalView rejected = submitted("Abandoned", 10, 20, me);
    rejected =
        proposalService.triage(
            rejected.id(),
            new TriageData(ProposalStatus.REJECTED, "Not now", null),
            rejected.version(),
            me);
    ProposalView approved = evaluated("Platform", 10, 20, me);
    approved = proposalService.approve(approved.id(), "Go", approved.version(), me);

    // NPV at 10 %: A 4.5, B 141.8, C 80.9, D 17.3 (C and D cost 10, A 50, B 40).
    ProposalView a = evaluated("Foundation", 50, 60, me);
    ProposalView b = needing("Feature", 40, 200, me, on(a));
    ProposalView c = needing("Orphan", 10, 100, me, on(rejected));
    ProposalView d =
        needing(
            "Extension",
            10,
            30,
            me,
            on(approved),
            new ProposalData.Dependency(DependencyKind.PROJECT, 424242L, "Runs on it"));

    // A budget of 60 would buy B, C and D without the needs; with them C is out and B needs A.
    long tight =
        scenarioService
            .create(
                npvScenario(
                    "Needs tight " + unique(),
                    List.of(a.id(), b.id(), c.id(), d.id()),
                    60,
                    List.of()),
                me)
            .id();
    assertThat(finished(tight, me).selected())
        .extracting(RunResult.Pick::code)
        .containsExactlyInAnyOrder(a.code(), d.code());
    long roomy =
        scenarioService
            .create(
                npvScenario(
                    "Needs roomy " + unique(),
                    List.of(a.id(), b.id(), c.id(), d.id()),
                    110,
                    List.of()),
                me)
            .id();
    assertThat(finished(roomy, me).selected())
        .extracting(RunResult.Pick::code)
        .containsExactlyInAnyOrder(a.code(), b.code(), d.code());

    mvc.perform(get(API + "/" + roomy).with(as(user(Role.EXECUTIVE))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.dependencies.prerequisites.length()").value(1))
        .andExpect(jsonPath("$.dependencies.prerequisites[0].dependentCode").value(b.code()))
        .andExpect(jsonPath("$.dependencies.prerequisites[0].requiredCode").value(a.code()))
        .andExpect(jsonPath("$.dependencies.prerequisites[0].alsoInScenario").value(false))
        .andExpect(jsonPath("$.dependencies.excluded.length()").value(1))
        .andExpect(jsonPath("$.dependencies.excluded[0].code").value(c.code()))
        .andExpect(
            jsonPath("$.dependencies.excluded[0].reason")
                .value(
                    allOf(
                        containsString(rejected.code()),
                        containsString("(Rejected)"),
                        containsString("neither among the candidates nor approved"))));

    mvc.perform(get("/portfolio/scenarios/" + roomy).with(ScenarioPageTest.signedIn(pmoUser)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Rules from proposal dependencies"),
                        containsString("from proposal dependencies 1 prerequisites, 1 excluded"),
                        containsString("id=\"dependency-prerequisites\""),
                        containsString("from the proposal"),
                        containsString("id=\"dependency-excluded\""),
                        containsString(rejected.code() + " " + rejected.title()))));

    byte[] pdf =
        mvc.perform(get(API + "/" + roomy + "/recommendation.pdf").with(as(pmoUser)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      assertThat(
              new org.apache.pdfbox.text.PDFTextStripper()
                  .getText(document)
                  .replaceAll("\\s+", " "))
          .contains("Rules from proposal dependencies")
          .contains(b.code() + " " + b.title() + " " + a.code() + " " + a.title())
          .contains(c.code() + " " + c.title());
    }
  }

  @Test
  void a_scenario_without_needs_says_so() throws Exception {
    UserSummary pmoUser = user(Role.PMO);
    CurrentUser me = current(pmoUser);
    activeDirectSet(me);
    ProposalView a = evaluated("Solo", 10, 30, me);
    long id =
        scenarioService
            .create(npvScenario("No needs " + unique(), List.of(a.id()), 100, List.of()), me)
            .id();
    mvc.perform(get("/portfolio/scenarios/" + id).with(ScenarioPageTest.signedIn(pmoUser)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("No candidate needs another proposal.")));
  }

  private RunResult finished(long scenarioId, CurrentUser me) throws InterruptedException {
    long runId = scenarioService.startRun(scenarioId, null, me).id();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (scenarioService.run(scenarioId, runId, me).active()
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    RunView run = scenarioService.run(scenarioId, runId, me);
    assertThat(run.status()).isEqualTo(RunStatus.DONE);
    return run.result();
  }
}
